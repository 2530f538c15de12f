package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** A legal officer found the request cannot go ahead. The reason is shown to the applicant. */
public record LegalCheckFailed(String applicationId, String actor, Instant occurredAt, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "legal-check-failed";

    public LegalCheckFailed {
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
