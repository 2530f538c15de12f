package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The committee turned the request down. The reason is shown to the applicant. */
public record ReviewRejected(String applicationId, String actor, Instant occurredAt, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "review-rejected";

    public ReviewRejected {
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
