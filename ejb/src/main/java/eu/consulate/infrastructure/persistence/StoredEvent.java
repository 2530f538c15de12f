package eu.consulate.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One row of the append-only {@code application_event} table. Never updated, never deleted. */
@Entity
@Table(name = "application_event")
public class StoredEvent {

    @Id
    private String id;

    @Column(name = "application_id", nullable = false)
    private String applicationId;

    @Column(nullable = false)
    private int seq;

    @Column(name = "event_type", nullable = false)
    private String type;

    @Column(nullable = false)
    private String actor;

    @Column(name = "occurred_at", nullable = false)
    private long occurredAt;

    /** Text of any practical length (migration 20: MariaDB MEDIUMTEXT, H2 VARCHAR(1000000)). */
    @Column(nullable = false)
    private String payload;

    protected StoredEvent() {
    }

    StoredEvent(String id, String applicationId, int seq, String type, String actor, long occurredAt, String payload) {
        this.id = id;
        this.applicationId = applicationId;
        this.seq = seq;
        this.type = type;
        this.actor = actor;
        this.occurredAt = occurredAt;
        this.payload = payload;
    }

    public String applicationId() {
        return applicationId;
    }

    public int seq() {
        return seq;
    }

    public String type() {
        return type;
    }

    public String actor() {
        return actor;
    }

    public long occurredAt() {
        return occurredAt;
    }

    public String payload() {
        return payload;
    }
}
