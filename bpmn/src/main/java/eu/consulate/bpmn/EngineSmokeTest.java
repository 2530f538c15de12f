package eu.consulate.bpmn;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/**
 * Named bean called from {@code engine-smoke-test.bpmn}: proves that process expressions
 * resolve CDI beans of this application.
 */
@Named("engineSmokeTest")
@ApplicationScoped
public class EngineSmokeTest {

    /** The process id of the smoke test model. */
    static final String PROCESS_KEY = "engine-smoke-test";

    public String answer(String question) {
        return "pong:" + question;
    }
}
