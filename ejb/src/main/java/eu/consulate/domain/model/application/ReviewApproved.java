package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The committee agreed to the request; it goes on to the legal check. */
public record ReviewApproved(String applicationId, String actor, Instant occurredAt, String comment)
        implements ApplicationEvent {

    public static final String TYPE = "review-approved";

    /** {@code comment} is empty rather than null when the reviewer left none. */
    public ReviewApproved {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
