package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The applicant did not answer a return within the completion period; the request ends undecided. */
public record RequestLapsed(String applicationId, String actor, Instant occurredAt)
        implements ApplicationEvent {

    public static final String TYPE = "lapsed";

    public RequestLapsed {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
