package eu.consulate.application;

import java.util.Map;

/**
 * What the application asks of the workflow engine. The bpmn module implements it; nothing in
 * this module depends on the engine's types, so the engine can be swapped (Camunda 7 to
 * Operaton) without touching the domain. The engine decides what happens next; the domain has
 * already decided, before any call here, whether the step is allowed.
 */
public interface WorkflowPort {

    /** Whether the engine is up and can reach its tables. */
    boolean isRunning();

    /** Starts a process of the given model for a business key; returns the instance id. */
    String start(String processKey, String businessKey, Map<String, Object> variables);

    /** Whether the process instance has ended (completed or terminated). */
    boolean hasEnded(String processInstanceId);

    /**
     * A data access request was submitted: start its workflow (business key = application id) on
     * the newest version of {@code processKey} that the committee uploaded, or else the shipped one.
     */
    void requestSubmitted(String applicationId, String dacId, String processKey, String use);

    /**
     * The open step {@code stepKey} (a task of the model) was completed with {@code outcome}
     * (e.g. approved, rejected, complete, incomplete); the model's gateways read the variables
     * {@code outcome} and {@code approved}. Fails with {@link IllegalStateException} when that
     * step is not open.
     */
    void stepCompleted(String applicationId, String stepKey, String outcome, boolean approved);

    /**
     * The applicant withdrew the request: its workflow ends where it stands, with its timers;
     * nothing of the model runs any more. Nothing happens when it has ended already.
     */
    void requestWithdrawn(String applicationId);

    /** A deployed model: its key, version, name, and whether the committee uploaded it (else shipped). */
    record ModelVersion(String key, int version, String name, boolean uploaded, java.time.Instant deployedAt) {
    }

    /** The models a committee can run: shipped ones and its uploads, the newest version of each key. */
    java.util.List<ModelVersion> models(String dacId);

    /** Checks and deploys a committee's model; throws {@link ModelRefused} with every reason when it is not acceptable. */
    ModelVersion deploy(String dacId, String fileName, byte[] bpmnXml);

    /** The XML of the model the committee's next request of that key would run. */
    java.util.Optional<byte[]> modelXml(String dacId, String processKey);

    /**
     * Where the application's process stands: the model's key and version, and the ids of the
     * activities active now (for the diagram on the request page).
     */
    java.util.Optional<ProcessPosition> position(String applicationId);

    /** The XML of one deployed definition (by its engine id, from {@link ProcessPosition}). */
    byte[] definitionXml(String processDefinitionId);

    record ProcessPosition(String processDefinitionId, String processKey, int version, java.util.List<String> activeActivities) {
    }

    /** The end event the application's workflow reached, if it has ended (for audits and tests). */
    java.util.Optional<String> endedAt(String applicationId);

    /** A permit was issued: its life ({@code permit-life}, business key = permit id) starts, with the timer of its end. */
    void permitIssued(String permitId, String applicationId);

    /** A permit's end changed (extension): its timer is set again. Nothing happens when it has no running life. */
    void permitChanged(String permitId);

    /** A permit was revoked: its life ends without expiry. Nothing happens when it has no running life. */
    void permitEnded(String permitId);

    /** The holder asked to change a permit: the change request's workflow ({@code permit-change}, business key = change id) starts. */
    void permitChangeRequested(String changeId, String permitId, String applicationId);

    /** The committee decided on a change request: its workflow ends. Nothing happens when it has none. */
    void permitChangeDecided(String changeId);
}
