package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The committee withdrew the request's permit for good, with a reason; its visas are no longer served. */
public record PermitRevoked(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        String reason) implements ApplicationEvent {

    public static final String TYPE = "permit-revoked";

    public PermitRevoked {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
