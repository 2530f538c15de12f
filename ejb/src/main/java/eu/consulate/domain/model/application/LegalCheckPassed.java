package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A legal officer cleared the request. This is the moment access is decided; the permit that
 * follows only puts the decision into effect.
 */
public record LegalCheckPassed(String applicationId, String actor, Instant occurredAt, String comment)
        implements ApplicationEvent {

    public static final String TYPE = "legal-check-passed";

    /** {@code comment} is empty rather than null when the officer left none. */
    public LegalCheckPassed {
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
