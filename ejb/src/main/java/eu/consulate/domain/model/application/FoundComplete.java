package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The completeness check found the request complete; the decision clock starts now (EHDS Art. 68). */
public record FoundComplete(String applicationId, String actor, Instant occurredAt, String comment)
        implements ApplicationEvent {

    public static final String TYPE = "found-complete";

    public FoundComplete {
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
