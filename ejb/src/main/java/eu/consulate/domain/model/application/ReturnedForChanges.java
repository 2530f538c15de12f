package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The request went back to the applicant with a message saying what to complete or change; the decision clock pauses. */
public record ReturnedForChanges(String applicationId, String actor, Instant occurredAt, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "returned";

    public ReturnedForChanges {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
