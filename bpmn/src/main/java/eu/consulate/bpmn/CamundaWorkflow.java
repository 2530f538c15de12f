package eu.consulate.bpmn;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.consulate.application.ModelRefused;
import eu.consulate.application.WorkflowPort;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.ParseException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/**
 * The workflow port on the embedded Camunda 7 engine. Shipped models are deployed without a
 * tenant; a committee's uploads are deployed with the committee's id as tenant, so one
 * committee's model never changes another's process, and the newest upload of a key wins over
 * the shipped model of that key.
 */
@ApplicationScoped
public class CamundaWorkflow implements WorkflowPort {

    /** The first model: requests submitted before step kinds still run on it. */
    static final String DATA_ACCESS_REQUEST = "data-access-request";

    /** The shipped variants a committee can choose (docs/workflows.md). */
    public static final List<String> VARIANTS = List.of("committee-review", "research-request", "commercial-request", "rare-disease-diagnosis",
            "public-health-emergency");

    @EJB
    ProcessEngineStartup startup;

    /** Only given by tests, which run an in-memory engine outside the container. */
    private ProcessEngine givenEngine;

    public CamundaWorkflow() {
    }

    CamundaWorkflow(ProcessEngine engine) {
        this.givenEngine = engine;
    }

    private ProcessEngine engine() {
        return givenEngine != null ? givenEngine : startup.engine();
    }

    @Override
    public boolean isRunning() {
        if (givenEngine == null && !startup.started()) {
            return false;
        }
        ProcessEngine engine = engine();
        engine.getRepositoryService().createProcessDefinitionQuery().count();
        return true;
    }

    @Override
    public String start(String processKey, String businessKey, Map<String, Object> variables) {
        return engine().getRuntimeService()
                .startProcessInstanceByKey(processKey, businessKey, variables)
                .getId();
    }

    @Override
    public boolean hasEnded(String processInstanceId) {
        var historic = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceId(processInstanceId).singleResult();
        return historic != null && historic.getEndTime() != null;
    }

    @Override
    public void requestSubmitted(String applicationId, String dacId, String processKey, String use) {
        ProcessDefinition definition = newest(dacId, processKey).orElseThrow(() -> new IllegalStateException(
                "No process model " + processKey + " for committee " + dacId));
        engine().getRuntimeService().startProcessInstanceById(definition.getId(), applicationId,
                Map.of("applicationId", applicationId, "dacId", dacId, "use", use));
    }

    /** The committee's newest upload of the key, else the newest shipped version. */
    private Optional<ProcessDefinition> newest(String dacId, String processKey) {
        var repository = engine().getRepositoryService();
        ProcessDefinition own = repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .tenantIdIn(dacId).latestVersion().singleResult();
        if (own != null) {
            return Optional.of(own);
        }
        return Optional.ofNullable(repository.createProcessDefinitionQuery().processDefinitionKey(processKey)
                .withoutTenantId().latestVersion().singleResult());
    }

    @Override
    public void stepCompleted(String applicationId, String stepKey, String outcome, boolean approved) {
        var tasks = engine().getTaskService();
        Task open = tasks.createTaskQuery()
                .processInstanceBusinessKey(applicationId)
                .taskDefinitionKey(stepKey)
                .active()
                .singleResult();
        if (open == null) {
            throw new IllegalStateException("No open step " + stepKey + " for application " + applicationId);
        }
        tasks.complete(open.getId(), Map.of("approved", approved, "outcome", outcome));
    }

    /** The shipped model of a permit's life (never a committee's upload). */
    static final String PERMIT_LIFE = "permit-life";

    @Override
    public void permitIssued(String permitId, String applicationId) {
        engine().getRuntimeService().createProcessInstanceByKey(PERMIT_LIFE)
                .processDefinitionWithoutTenantId()
                .businessKey(permitId)
                .setVariable("permitId", permitId)
                .setVariable("applicationId", applicationId)
                .execute();
    }

    @Override
    public void permitChanged(String permitId) {
        engine().getRuntimeService().createMessageCorrelation("permit-changed")
                .processInstanceBusinessKey(permitId).withoutTenantId().correlateAll();
    }

    @Override
    public void permitEnded(String permitId) {
        engine().getRuntimeService().createMessageCorrelation("permit-ended")
                .processInstanceBusinessKey(permitId).withoutTenantId().correlateAll();
    }

    @Override
    public void requestWithdrawn(String applicationId) {
        var runtime = engine().getRuntimeService();
        // the request's own process: its business key is the request id (permits and changes have their own keys)
        for (var instance : runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId).list()) {
            runtime.deleteProcessInstance(instance.getId(), "withdrawn by the applicant", true, true);
        }
    }

    /** The shipped model of a holder's change request. */
    static final String PERMIT_CHANGE = "permit-change";

    @Override
    public void permitChangeRequested(String changeId, String permitId, String applicationId) {
        engine().getRuntimeService().createProcessInstanceByKey(PERMIT_CHANGE)
                .processDefinitionWithoutTenantId()
                .businessKey(changeId)
                .setVariable("changeId", changeId)
                .setVariable("permitId", permitId)
                .setVariable("applicationId", applicationId)
                .execute();
    }

    @Override
    public void permitChangeDecided(String changeId) {
        engine().getRuntimeService().createMessageCorrelation("permit-change-decided")
                .processInstanceBusinessKey(changeId).withoutTenantId().correlateAll();
    }

    @Override
    public List<ModelVersion> models(String dacId) {
        var repository = engine().getRepositoryService();
        List<ModelVersion> models = new ArrayList<>();
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().tenantIdIn(dacId).latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            models.add(version(d, true));
        }
        for (ProcessDefinition d : repository.createProcessDefinitionQuery().withoutTenantId().latestVersion()
                .orderByProcessDefinitionKey().asc().list()) {
            boolean overridden = models.stream().anyMatch(m -> m.key().equals(d.getKey()));
            if (VARIANTS.contains(d.getKey()) && !overridden) {
                models.add(version(d, false));
            }
        }
        return models;
    }

    private ModelVersion version(ProcessDefinition d, boolean uploaded) {
        var deployment = engine().getRepositoryService().createDeploymentQuery().deploymentId(d.getDeploymentId())
                .singleResult();
        return new ModelVersion(d.getKey(), d.getVersion(), d.getName() == null ? d.getKey() : d.getName(), uploaded,
                deployment.getDeploymentTime().toInstant());
    }

    @Override
    public ModelVersion deploy(String dacId, String fileName, byte[] bpmnXml) {
        List<String> problems = ModelCheck.problems(bpmnXml);
        if (!problems.isEmpty()) {
            throw new ModelRefused(problems);
        }
        String key = ModelCheck.processKey(bpmnXml);
        if (key.equals(DATA_ACCESS_REQUEST) || key.equals(EngineSmokeTest.PROCESS_KEY)) {
            throw new ModelRefused(List.of("The process id '" + key + "' is reserved; give the model another id."));
        }
        String resource = fileName.replaceAll("[^A-Za-z0-9._-]", "_");
        if (!resource.endsWith(".bpmn") && !resource.endsWith(".bpmn20.xml")) {
            resource = resource + ".bpmn";
        }
        try {
            var result = engine().getRepositoryService().createDeployment()
                    .name("committee-model")
                    .tenantId(dacId)
                    .enableDuplicateFiltering(true)
                    .addInputStream(resource, new ByteArrayInputStream(bpmnXml))
                    .deployWithResult();
            return newest(dacId, key).filter(d -> dacId.equals(d.getTenantId()))
                    .map(d -> version(d, true))
                    .orElseThrow(() -> new IllegalStateException("Deployment " + result.getId() + " holds no " + key));
        } catch (ParseException e) {
            // what the engine itself refuses after our checks passed (e.g. a condition it cannot compile)
            throw new ModelRefused(List.of("The engine refused the model: " + e.getMessage()));
        }
    }

    @Override
    public Optional<byte[]> modelXml(String dacId, String processKey) {
        return newest(dacId, processKey).map(d -> read(engine().getRepositoryService().getProcessModel(d.getId())));
    }

    @Override
    public byte[] definitionXml(String processDefinitionId) {
        return read(engine().getRepositoryService().getProcessModel(processDefinitionId));
    }

    private static byte[] read(InputStream in) {
        try (in) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read a process model from the engine", e);
        }
    }

    @Override
    public Optional<ProcessPosition> position(String applicationId) {
        var runtime = engine().getRuntimeService();
        ProcessInstance running = runtime.createProcessInstanceQuery().processInstanceBusinessKey(applicationId)
                .singleResult();
        if (running != null) {
            ProcessDefinition d = engine().getRepositoryService().getProcessDefinition(running.getProcessDefinitionId());
            return Optional.of(new ProcessPosition(d.getId(), d.getKey(), d.getVersion(),
                    runtime.getActiveActivityIds(running.getId())));
        }
        return ended(applicationId).map(h -> {
            ProcessDefinition d = engine().getRepositoryService().getProcessDefinition(h.getProcessDefinitionId());
            // a withdrawn request's process was deleted where it stood: it reached no end event
            String end = endActivity(h);
            return new ProcessPosition(d.getId(), d.getKey(), d.getVersion(), end == null ? List.of() : List.of(end));
        });
    }

    private Optional<HistoricProcessInstance> ended(String applicationId) {
        return engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(applicationId).finished().list().stream().findFirst();
    }

    /**
     * The engine deprecates the end activity id because an instance that ends on several end
     * events at once records only one of them; models here have no parallel paths (ModelCheck).
     */
    @SuppressWarnings("deprecation")
    private static String endActivity(HistoricProcessInstance historic) {
        return historic.getEndActivityId();
    }

    @Override
    public Optional<String> endedAt(String applicationId) {
        return ended(applicationId).map(CamundaWorkflow::endActivity);
    }
}
