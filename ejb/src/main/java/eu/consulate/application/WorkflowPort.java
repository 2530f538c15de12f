package eu.consulate.application;

/**
 * What the domain asks of the workflow engine. The bpmn module implements it; nothing in this
 * module depends on the engine's types, so the engine can be swapped (Camunda 7 to Operaton)
 * without touching the domain.
 */
public interface WorkflowPort {

    /** Whether the engine is up and can reach its tables. */
    boolean isRunning();

    /** Starts a process of the given model for a business key; returns the instance id. */
    String start(String processKey, String businessKey, java.util.Map<String, Object> variables);

    /** Whether the process instance has ended (completed or terminated). */
    boolean hasEnded(String processInstanceId);
}
