package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A file was attached to the request: by the applicant (seen by everyone who sees the request)
 * or by the committee, possibly committee-only (never shown to the applicant or permit holders).
 * The file's bytes are kept beside the events under {@code attachmentId}; the event records what
 * was attached, its type as read from its content, its size and SHA-256, and the malware scan.
 */
public record AttachmentAdded(String applicationId, String actor, Instant occurredAt, String attachmentId,
                              String fileName, String contentType, long size, String sha256, boolean committeeOnly,
                              String scan) implements ApplicationEvent {

    public static final String TYPE = "attachment-added";

    public AttachmentAdded {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(attachmentId, "attachmentId");
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(contentType, "contentType");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(scan, "scan");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
