package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The committee extended the request's permit to a later end, with a reason; the permit's visas
 * are signed again with the new expiry and the old ones withdrawn.
 */
public record PermitExtended(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        Instant validUntil,
        String reason) implements ApplicationEvent {

    public static final String TYPE = "permit-extended";

    public PermitExtended {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(validUntil, "validUntil");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
