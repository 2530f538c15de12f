package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The request's permit ends soon: its life's warning timer fired a notice period before
 * {@code validUntil} (the end it warns of). Once per end: an extension to a later end warns again.
 * Recorded by the system; the holders are told so they can ask for an extension in time.
 */
public record PermitExpiringSoon(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        Instant validUntil) implements ApplicationEvent {

    public static final String TYPE = "permit-expiring-soon";

    public PermitExpiringSoon {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
