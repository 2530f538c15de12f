package eu.consulate.bpmn;

import java.util.Map;

import eu.consulate.application.WorkflowPort;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import org.camunda.bpm.engine.ProcessEngine;

/** The workflow port on the embedded Camunda 7 engine. */
@ApplicationScoped
public class CamundaWorkflow implements WorkflowPort {

    @EJB
    ProcessEngineStartup startup;

    private ProcessEngine engine() {
        return startup.engine();
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
}
