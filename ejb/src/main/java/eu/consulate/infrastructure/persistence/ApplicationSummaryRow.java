package eu.consulate.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** Read model of one application for lists and queues; rewritten from the events. */
@Entity
@Table(name = "application_summary")
public class ApplicationSummaryRow {

    @Id
    @Column(name = "application_id")
    private String applicationId;

    /** The applicant's subject: what "my requests" are found by. */
    @Column(nullable = false)
    private String applicant;

    /** The applicant's username at submission, for display only. */
    @Column(name = "applicant_name", nullable = false)
    private String applicantName;

    @Column(name = "dac_id", nullable = false)
    private String dacId;

    @Column(nullable = false)
    private String title;

    @Column(nullable = false)
    private String state;

    @Column(nullable = false)
    private int version;

    @Column(name = "created_at", nullable = false)
    private long createdAt;

    @Column(name = "updated_at", nullable = false)
    private long updatedAt;

    @Column(name = "decided_at")
    private Long decidedAt;

    @Column(name = "due_at")
    private Long dueAt;

    @Column(name = "reviewed_by")
    private String reviewedBy;

    /** The kind of the open step (e.g. vote); null when none is open or for requests from before steps. */
    @Column(name = "waits_on")
    private String waitsOn;

    /** The version of the projection that wrote the row: older rows are rewritten at start. */
    @Column(nullable = false)
    private int projection;

    protected ApplicationSummaryRow() {
    }

    ApplicationSummaryRow(String applicationId) {
        this.applicationId = applicationId;
    }

    void update(SummaryProjection.Values values) {
        this.applicant = values.applicant();
        this.applicantName = values.applicantName();
        this.dacId = values.dacId();
        this.title = values.title();
        this.state = values.state();
        this.version = values.version();
        this.createdAt = values.createdAt();
        this.updatedAt = values.updatedAt();
        this.decidedAt = values.decidedAt();
        this.dueAt = values.dueAt();
        this.reviewedBy = values.reviewedBy();
        this.waitsOn = values.waitsOn();
        this.projection = SummaryProjection.VERSION;
    }

    public String waitsOn() {
        return waitsOn;
    }

    public String applicationId() {
        return applicationId;
    }

    public String applicant() {
        return applicant;
    }

    public String applicantName() {
        return applicantName;
    }

    public String dacId() {
        return dacId;
    }

    public String title() {
        return title;
    }

    public String state() {
        return state;
    }

    public long createdAt() {
        return createdAt;
    }

    public long updatedAt() {
        return updatedAt;
    }

    public Long decidedAt() {
        return decidedAt;
    }

    public int projection() {
        return projection;
    }

    public String reviewedBy() {
        return reviewedBy;
    }
}
