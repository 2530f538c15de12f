package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The committee resumed the request's suspended permit, with a reason: its visas are served again. */
public record PermitResumed(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        String reason) implements ApplicationEvent {

    public static final String TYPE = "permit-resumed";

    public PermitResumed {
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
