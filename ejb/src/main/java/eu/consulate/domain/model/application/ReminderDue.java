package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/** A step has waited as long as its model allows before a reminder; who must act is reminded. */
public record ReminderDue(String applicationId, String actor, Instant occurredAt, String stepKey)
        implements ApplicationEvent {

    public static final String TYPE = "reminder-due";

    public ReminderDue {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(stepKey, "stepKey");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
