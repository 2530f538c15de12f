package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** The decision period was extended, once, by the chair or an administrator, with a reason (EHDS Art. 68). */
public record DecisionClockExtended(String applicationId, String actor, Instant occurredAt, String period, String reason)
        implements ApplicationEvent {

    public static final String TYPE = "clock-extended";

    public DecisionClockExtended {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(reason, "reason");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
