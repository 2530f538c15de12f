package eu.consulate.bpmn;

import java.time.Instant;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.Map;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.domain.model.application.StepKind;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.model.bpmn.instance.SequenceFlow;
import org.camunda.bpm.model.bpmn.instance.ExtensionElements;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperties;
import org.camunda.bpm.model.bpmn.instance.camunda.CamundaProperty;

/**
 * Announces a user task of a model to the domain as the opened step of the request, as the flow
 * into it is taken (see {@link StepParseListener}): its kind and parameters come from the task's
 * Camunda extension properties ({@code consulate:step}, {@code quorum}, ...). The task's due date
 * is the request's decision deadline. Tasks that name no kind (the first model, before step
 * kinds) are left alone.
 */
@Named("stepOpening")
@ApplicationScoped
public class StepOpening {

    @EJB
    DataAccessRequests requests;

    /** A flow into a user task is taken: the task's step opens for the request. */
    public void entering(DelegateExecution execution) {
        SequenceFlow flow = (SequenceFlow) execution.getBpmnModelElementInstance();
        if (!(flow.getTarget() instanceof UserTask task)) {
            return;
        }
        Map<String, String> properties = propertiesOf(task);
        String kind = properties.remove(StepKind.MODEL_PROPERTY);
        if (kind != null) {
            announce(execution.getProcessBusinessKey(), task.getId(), kind, properties);
        }
    }

    /** A task was created: it is due when the request's decision is due. */
    public void created(DelegateTask task) {
        if (!propertiesOf((UserTask) task.getBpmnModelElementInstance()).containsKey(StepKind.MODEL_PROPERTY)) {
            return;
        }
        Instant due = dueAt(task.getExecution().getProcessBusinessKey());
        if (due != null) {
            task.setDueDate(Date.from(due));
        }
    }

    /** The request's decision deadline, if one is pending. */
    protected Instant dueAt(String applicationId) {
        return requests.decisionDueAt(applicationId);
    }

    /** Tells the domain; returns the decision deadline, if one is pending. */
    protected Instant announce(String applicationId, String stepKey, String kind, Map<String, String> parameters) {
        return requests.stepOpened(applicationId, stepKey, kind, parameters);
    }

    static Map<String, String> propertiesOf(UserTask element) {
        Map<String, String> properties = new LinkedHashMap<>();
        ExtensionElements extensions = element == null ? null : element.getExtensionElements();
        if (extensions == null) {
            return properties;
        }
        for (CamundaProperties group : extensions.getChildElementsByType(CamundaProperties.class)) {
            for (CamundaProperty property : group.getCamundaProperties()) {
                properties.put(property.getCamundaName(), property.getCamundaValue());
            }
        }
        return properties;
    }
}
