package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The applicant declined the fee; the request is withdrawn. */
public record FeeDeclined(String applicationId, String actor, Instant occurredAt, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "fee-declined";

    public FeeDeclined {
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
