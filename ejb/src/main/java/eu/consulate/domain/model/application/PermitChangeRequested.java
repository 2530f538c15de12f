package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The permit's holder asked the committee to change it: {@code extension} to {@code validUntil},
 * or {@code amendment} to cover {@code datasetIds}; with a reason the committee reads. It waits
 * for the committee's decision ({@link PermitChangeDecided}) in a short workflow of its own.
 */
public record PermitChangeRequested(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        String changeId,
        String kind,
        Instant validUntil,
        List<String> datasetIds,
        String reason) implements ApplicationEvent {

    public static final String TYPE = "permit-change-requested";
    public static final String EXTENSION = "extension";
    public static final String AMENDMENT = "amendment";

    public PermitChangeRequested {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(changeId, "changeId");
        Objects.requireNonNull(kind, "kind");
        datasetIds = datasetIds == null ? List.of() : List.copyOf(datasetIds);
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
