package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** A committee member voted. Committee-private: the applicant learns the outcome, not who voted what. */
public record VoteCast(String applicationId, String actor, Instant occurredAt, String choice, String comment)
        implements ApplicationEvent {

    public static final String TYPE = "vote-cast";

    public VoteCast {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(choice, "choice");
        Objects.requireNonNull(comment, "comment");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
