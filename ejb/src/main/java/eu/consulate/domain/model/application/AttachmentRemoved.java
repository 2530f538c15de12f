package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The person who attached a file removed it: it is no longer listed or downloadable and its
 * bytes are deleted; the history keeps its name. A committee-only file's removal stays with the
 * committee.
 */
public record AttachmentRemoved(String applicationId, String actor, Instant occurredAt, String attachmentId,
                                String fileName, boolean committeeOnly) implements ApplicationEvent {

    public static final String TYPE = "attachment-removed";

    public AttachmentRemoved {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(fileName, "fileName");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
