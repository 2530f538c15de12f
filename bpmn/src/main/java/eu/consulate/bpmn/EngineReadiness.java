package eu.consulate.bpmn;

import java.util.logging.Level;
import java.util.logging.Logger;

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

    private static final Logger LOG = Logger.getLogger(EngineReadiness.class.getName());

    @Inject
    WorkflowPort workflow;

    @Override
    public HealthCheckResponse call() {
        try {
            return HealthCheckResponse.named("bpmn-engine").status(workflow.isRunning()).build();
        } catch (RuntimeException e) {
            // the cause goes to the server log, not to whoever polls the health endpoint
            LOG.log(Level.WARNING, "BPMN engine readiness check failed", e);
            return HealthCheckResponse.named("bpmn-engine").down().withData("error", "engine not available").build();
        }
    }
}
