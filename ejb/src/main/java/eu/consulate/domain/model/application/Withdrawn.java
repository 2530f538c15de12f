package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The applicant withdrew the request before it was decided, with an optional reason; its workflow ends. */
public record Withdrawn(String applicationId, String actor, Instant occurredAt, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "withdrawn";

    public Withdrawn {
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
