package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * A permit now grants the applicant access for the given period, with the conditions that come
 * from its datasets' data use; {@code latestEnd}: the latest end its datasets' time limits on use
 * (DUO TS) allow, null when they set none.
 */
public record PermitIssued(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        Instant validFrom,
        Instant validUntil,
        java.util.List<String> dataUseConditions,
        Instant latestEnd) implements ApplicationEvent {

    public static final String TYPE = "permit-issued";

    public PermitIssued {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(validFrom, "validFrom");
        Objects.requireNonNull(validUntil, "validUntil");
        dataUseConditions = dataUseConditions == null ? java.util.List.of() : java.util.List.copyOf(dataUseConditions);
    }

    /** A permit with no conditions and no time limit. */
    public PermitIssued(String applicationId, String actor, Instant occurredAt, String permitId, Instant validFrom,
            Instant validUntil) {
        this(applicationId, actor, occurredAt, permitId, validFrom, validUntil, java.util.List.of(), null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
