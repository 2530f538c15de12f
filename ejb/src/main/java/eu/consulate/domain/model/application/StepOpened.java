package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * The workflow opened a step of the request's process model: which task of the model
 * ({@code stepKey}), which kind of step, and the step's parameters from the model (e.g. a vote's
 * quorum). Commands are accepted only when a step of their kind is open.
 */
public record StepOpened(String applicationId, String actor, Instant occurredAt, String stepKey, StepKind kind,
        Map<String, String> parameters) implements ApplicationEvent {

    public static final String TYPE = "step-opened";

    public StepOpened {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(stepKey, "stepKey");
        Objects.requireNonNull(kind, "kind");
        parameters = Map.copyOf(parameters);
    }

    @Override
    public String type() {
        return TYPE;
    }
}
