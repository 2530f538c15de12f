package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationCreated;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Which process model runs a committee's requests, per use (research or care), and the models a
 * committee's administrator uploads. An upload is checked before anything is deployed; a new
 * version serves the next request, running requests keep theirs (docs/workflows.md).
 */
@Stateless
public class CommitteeProcesses {

    /** Research by a commercial applicant: a track of its own (e.g. with a fee). */
    public static final String COMMERCIAL = "commercial";

    /** The tracks a committee maps to models: research, care, and commercial research. */
    public static final List<String> TRACKS = List.of(ApplicationCreated.RESEARCH, ApplicationCreated.CARE, COMMERCIAL);

    /** The shipped default for each track when a committee chose none. */
    public static final Map<String, String> DEFAULTS = Map.of(
            ApplicationCreated.RESEARCH, "committee-review",
            ApplicationCreated.CARE, "rare-disease-diagnosis",
            COMMERCIAL, "commercial-request");

    /** The track of a request: its use, except research by a commercial applicant. */
    static String track(eu.consulate.domain.model.application.DataAccessApplication application) {
        return ApplicationCreated.RESEARCH.equals(application.use())
                && ApplicationCreated.COMMERCIAL.equals(application.organisation()) ? COMMERCIAL : application.use();
    }

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    WorkflowPort workflow;

    /** The process key that runs a new request of this committee and track. */
    public String processFor(String dacId, String use) {
        List<?> rows = em.createNativeQuery("SELECT process_key FROM dac_process WHERE dac_id = ?1 AND request_use = ?2")
                .setParameter(1, dacId).setParameter(2, use).getResultList();
        return rows.isEmpty() ? DEFAULTS.get(use) : (String) rows.get(0);
    }

    /** The committee's choice per use (defaults filled in). */
    public Map<String, String> choices(Actor actor, String dacId) {
        requireAdmin(actor, dacId);
        Map<String, String> choices = new java.util.TreeMap<>();
        for (String use : TRACKS) {
            choices.put(use, processFor(dacId, use));
        }
        return choices;
    }

    /** The administrator chooses the model for one use; it must be a model the committee can run. */
    public void choose(Actor actor, String dacId, String use, String processKey) {
        requireAdmin(actor, dacId);
        if (!TRACKS.contains(use)) {
            throw ApplicationRuleViolation.invalidInput("A track is 'research', 'care' or 'commercial'.");
        }
        if (processKey == null || processKey.isBlank()) {
            throw ApplicationRuleViolation.invalidInput("Choose a process model.");
        }
        if (workflow.models(dacId).stream().noneMatch(m -> m.key().equals(processKey))) {
            throw ApplicationRuleViolation.invalidInput("There is no process model '" + processKey
                    + "' for this committee: upload it first, or choose a shipped one.");
        }
        int changed = em.createNativeQuery("UPDATE dac_process SET process_key = ?3, changed_by = ?4, changed_at = ?5 "
                        + "WHERE dac_id = ?1 AND request_use = ?2")
                .setParameter(1, dacId).setParameter(2, use).setParameter(3, processKey)
                .setParameter(4, actor.subject()).setParameter(5, Instant.now().toEpochMilli()).executeUpdate();
        if (changed == 0) {
            em.createNativeQuery("INSERT INTO dac_process (dac_id, request_use, process_key, changed_by, changed_at) "
                            + "VALUES (?1, ?2, ?3, ?4, ?5)")
                    .setParameter(1, dacId).setParameter(2, use).setParameter(3, processKey)
                    .setParameter(4, actor.subject()).setParameter(5, Instant.now().toEpochMilli()).executeUpdate();
        }
    }

    /** The models the committee can run: the shipped ones and its own uploads, newest version of each. */
    public List<WorkflowPort.ModelVersion> models(Actor actor, String dacId) {
        requireAdmin(actor, dacId);
        return workflow.models(dacId);
    }

    /**
     * Checks and deploys an uploaded model for the committee; the next request of a use mapped
     * to its key runs on it. Refused models ({@link ModelRefused}) deploy nothing.
     */
    public WorkflowPort.ModelVersion upload(Actor actor, String dacId, String fileName, byte[] bpmnXml) {
        requireAdmin(actor, dacId);
        if (bpmnXml == null || bpmnXml.length == 0) {
            throw ApplicationRuleViolation.invalidInput("Choose a BPMN file to upload.");
        }
        return workflow.deploy(dacId, fileName == null || fileName.isBlank() ? "model.bpmn" : fileName, bpmnXml);
    }

    /** The model's XML (the committee's newest version of the key, else the shipped one), for download and editing. */
    public byte[] modelXml(Actor actor, String dacId, String processKey) {
        requireAdmin(actor, dacId);
        return workflow.modelXml(dacId, processKey).orElseThrow(() -> ApplicationRuleViolation.invalidInput(
                "There is no process model '" + processKey + "'."));
    }

    private static void requireAdmin(Actor actor, String dacId) {
        if (!actor.isAdminOf(dacId)) {
            throw ApplicationRuleViolation.forbidden("Only an administrator of this committee manages its process models.");
        }
    }
}
