package eu.consulate.bpmn;

import eu.consulate.application.WorkflowPort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready when the BPMN engine is built and can query its own tables. */
@Readiness
@ApplicationScoped
public class EngineReadiness implements HealthCheck {

    @Inject
    WorkflowPort workflow;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("bpmn-engine").status(workflow.isRunning()).build();
        } catch (RuntimeException e) {
            return HealthCheckResponse.named("bpmn-engine").down().withData("error", String.valueOf(e.getMessage())).build();
        }
    }
}
