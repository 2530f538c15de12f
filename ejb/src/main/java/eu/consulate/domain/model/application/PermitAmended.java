package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The committee amended the request's permit, with a reason: after it the permit covers exactly
 * {@code datasetIds}, is held, besides the applicant, by exactly {@code coHolders} (subjects), and
 * carries exactly {@code conditions} (the committee's own) and {@code dataUseConditions} (those
 * of its datasets' data use); it may run until {@code latestEnd} at most (the datasets'
 * time limits on use, DUO TS; null: no limit). Visas are signed again for the new datasets and
 * holders (same end) and the old ones withdrawn.
 */
public record PermitAmended(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        List<String> datasetIds,
        List<String> conditions,
        String reason,
        List<String> coHolders,
        List<String> dataUseConditions,
        Instant latestEnd) implements ApplicationEvent {

    public static final String TYPE = "permit-amended";

    public PermitAmended {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        datasetIds = List.copyOf(datasetIds);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(reason, "reason");
        coHolders = coHolders == null ? List.of() : List.copyOf(coHolders);
        dataUseConditions = dataUseConditions == null ? List.of() : List.copyOf(dataUseConditions);
    }

    /** An amendment of datasets and conditions only, with no co-holders and no time limit. */
    public PermitAmended(String applicationId, String actor, Instant occurredAt, String permitId,
            List<String> datasetIds, List<String> conditions, String reason) {
        this(applicationId, actor, occurredAt, permitId, datasetIds, conditions, reason, List.of(), List.of(), null);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
