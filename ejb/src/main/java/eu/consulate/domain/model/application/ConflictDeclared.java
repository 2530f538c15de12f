package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** A committee member declared a conflict of interest and is recused from this request's vote. */
public record ConflictDeclared(String applicationId, String actor, Instant occurredAt, String comment)
        implements ApplicationEvent {

    public static final String TYPE = "conflict-declared";

    public ConflictDeclared {
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
