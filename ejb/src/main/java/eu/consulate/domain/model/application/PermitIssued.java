package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** A permit now grants the applicant access for the given period. */
public record PermitIssued(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        Instant validFrom,
        Instant validUntil) implements ApplicationEvent {

    public static final String TYPE = "permit-issued";

    public PermitIssued {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
