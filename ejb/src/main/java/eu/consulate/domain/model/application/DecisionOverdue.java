package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The decision clock ran out while a decision is still pending; the committee's chair and administrators are told. */
public record DecisionOverdue(String applicationId, String actor, Instant occurredAt)
        implements ApplicationEvent {

    public static final String TYPE = "decision-overdue";

    public DecisionOverdue {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
