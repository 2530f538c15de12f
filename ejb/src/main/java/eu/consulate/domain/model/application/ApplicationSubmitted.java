package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The applicant handed the request to the committee; review can start. */
public record ApplicationSubmitted(String applicationId, String actor, Instant occurredAt)
        implements ApplicationEvent {

    public static final String TYPE = "submitted";

    public ApplicationSubmitted {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
