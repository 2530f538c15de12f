package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The committee decided on the holder's change request: approved (followed, in the same command,
 * by the {@code permit-extended} or {@code permit-amended} event that carries it out) or refused,
 * with a reason the holder reads.
 */
public record PermitChangeDecided(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        String changeId,
        boolean approved,
        String reason) implements ApplicationEvent {

    public static final String TYPE = "permit-change-decided";

    public PermitChangeDecided {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
