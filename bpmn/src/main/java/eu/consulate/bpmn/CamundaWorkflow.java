package eu.consulate.bpmn;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import eu.consulate.application.WorkflowPort;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.task.TaskQuery;

/** The workflow port on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaWorkflow implements WorkflowPort {

    /** The process of {@code processes/data-access-request.bpmn}. */
    static final String DATA_ACCESS_REQUEST = "data-access-request";

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
        ProcessEngine engine = engine();
        if (engine == null) {
            return false;
        }
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
    public void requestSubmitted(String applicationId, String dacId) {
        start(DATA_ACCESS_REQUEST, applicationId, Map.of("applicationId", applicationId, "dacId", dacId));
    }

    @Override
    public void stepDecided(String applicationId, Step step, boolean approved) {
        var tasks = engine().getTaskService();
        Task open = tasks.createTaskQuery()
                .processDefinitionKey(DATA_ACCESS_REQUEST)
                .processInstanceBusinessKey(applicationId)
                .taskDefinitionKey(step.taskKey())
                .active()
                .singleResult();
        if (open == null) {
            throw new IllegalStateException("No open " + step + " step for application " + applicationId);
        }
        tasks.complete(open.getId(), Map.of("approved", approved));
    }

    @Override
    public List<OpenTask> openTasksFor(String username, Set<String> roles) {
        TaskQuery candidates = engine().getTaskService().createTaskQuery()
                .processDefinitionKey(DATA_ACCESS_REQUEST)
                // a suspended task cannot be completed, so it is no step anyone can act on
                .active();
        if (roles.isEmpty()) {
            // the engine refuses an empty candidate group list, even inside or()
            candidates.taskCandidateUser(username);
        } else {
            candidates.or()
                    .taskCandidateUser(username)
                    .taskCandidateGroupIn(List.copyOf(roles))
                    .endOr();
        }
        List<Task> tasks = candidates.orderByTaskCreateTime().asc().list();
        if (tasks.isEmpty()) {
            return List.of();
        }
        Map<String, String> applicationIdByInstance = businessKeysOf(tasks);
        return tasks.stream()
                .map(task -> new OpenTask(
                        task.getId(),
                        applicationIdByInstance.get(task.getProcessInstanceId()),
                        Step.ofTaskKey(task.getTaskDefinitionKey()),
                        task.getCreateTime().getTime(),
                        task.getDueDate() == null ? null : task.getDueDate().getTime()))
                .toList();
    }

    /** The business keys of the tasks' process instances, in one query rather than one per task. */
    private Map<String, String> businessKeysOf(List<Task> tasks) {
        Set<String> instanceIds = tasks.stream().map(Task::getProcessInstanceId).collect(Collectors.toSet());
        return engine().getRuntimeService().createProcessInstanceQuery()
                .processInstanceIds(instanceIds)
                .list().stream()
                .collect(Collectors.toMap(ProcessInstance::getId, ProcessInstance::getBusinessKey));
    }

    /**
     * The engine deprecates the end activity id because an instance that ends on several end
     * events at once records only one of them; every path of this model ends on exactly one.
     */
    @Override
    @SuppressWarnings("deprecation")
    public Optional<String> endedAt(String applicationId) {
        HistoricProcessInstance historic = engine().getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(DATA_ACCESS_REQUEST)
                .processInstanceBusinessKey(applicationId)
                .singleResult();
        // a running instance has no end activity yet
        return Optional.ofNullable(historic).map(HistoricProcessInstance::getEndActivityId);
    }
}
