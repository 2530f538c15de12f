package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The request's permit reached its end: the permit's own timer in the workflow fired at its
 * {@code validUntil} (after any extension). Its visas had expired with it; the permit can no
 * longer be changed. Recorded by the system.
 */
public record PermitExpired(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId) implements ApplicationEvent {

    public static final String TYPE = "permit-expired";

    public PermitExpired {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
