package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The committee suspended the request's permit, with a reason: its visas are not served until it is resumed. */
public record PermitSuspended(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        String reason) implements ApplicationEvent {

    public static final String TYPE = "permit-suspended";

    public PermitSuspended {
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
