package eu.consulate.application;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What the application asks of the workflow engine. The bpmn module implements it; nothing in
 * this module depends on the engine's types, so the engine can be swapped (Camunda 7 to
 * Operaton) without touching the domain. The engine decides what happens next; the domain has
 * already decided, before any call here, whether the step is allowed.
 */
public interface WorkflowPort {

    /** The human steps of a data access request, as task definition keys of the model. */
    enum Step {
        DAC_REVIEW("dacReview"),
        LEGAL_CHECK("legalCheck");

        private final String taskKey;

        Step(String taskKey) {
            this.taskKey = taskKey;
        }

        public String taskKey() {
            return taskKey;
        }

        public static Step ofTaskKey(String key) {
            for (Step step : values()) {
                if (step.taskKey.equals(key)) {
                    return step;
                }
            }
            throw new IllegalArgumentException("Unknown step " + key);
        }
    }

    /**
     * An open human step: which application, which step, since when and due when (epoch millis;
     * {@code dueAt} null when the model sets no deadline).
     */
    record OpenTask(String taskId, String applicationId, Step step, long createdAt, Long dueAt) {
    }

    /** Whether the engine is up and can reach its tables. */
    boolean isRunning();

    /** Starts a process of the given model for a business key; returns the instance id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** Whether the process instance has ended (completed or terminated). */
    boolean hasEnded(String processInstanceId);

    /** A data access request was submitted: start its workflow (business key = application id). */
    void requestSubmitted(String applicationId, String dacId);

    /**
     * The open step of an application was decided. Completes the step's task with the variable
     * {@code approved}. Fails with {@link IllegalStateException} when that step is not open.
     */
    void stepDecided(String applicationId, Step step, boolean approved);

    /** Open steps this user may act on: candidate user, or candidate group among the roles. */
    List<OpenTask> openTasksFor(String username, Set<String> roles);

    /** The end event the application's workflow reached, if it has ended (for audits and tests). */
    java.util.Optional<String> endedAt(String applicationId);
}
