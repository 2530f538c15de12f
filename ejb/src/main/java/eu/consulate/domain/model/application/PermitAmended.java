package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The committee amended the request's permit, with a reason: after it the permit covers exactly
 * {@code datasetIds} and carries exactly {@code conditions}. Visas are signed again for the new
 * datasets (same end) and the old ones withdrawn.
 */
public record PermitAmended(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        List<String> datasetIds,
        List<String> conditions,
        String reason) implements ApplicationEvent {

    public static final String TYPE = "permit-amended";

    public PermitAmended {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        datasetIds = List.copyOf(datasetIds);
        conditions = List.copyOf(conditions);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
