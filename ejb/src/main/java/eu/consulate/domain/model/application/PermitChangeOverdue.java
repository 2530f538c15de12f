package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The holder's change request waited longer than its workflow allows (14 days): the committee is reminded. */
public record PermitChangeOverdue(
        String applicationId,
        String actor,
        Instant occurredAt,
        String permitId,
        String changeId) implements ApplicationEvent {

    public static final String TYPE = "permit-change-overdue";

    public PermitChangeOverdue {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(permitId, "permitId");
        Objects.requireNonNull(changeId, "changeId");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
