package eu.consulate.bpmn;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import eu.consulate.application.Permits;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of {@code permit-change.bpmn}, on the in-memory engine with a moved clock. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/permit-change.bpmn")
class PermitChangeProcessTest {

    private static final Instant ASKED = Instant.parse("2026-03-02T10:00:00Z");

    ProcessEngine engine;

    static final class RecordingPermits extends Permits {
        final List<String> overdue = new ArrayList<>();

        @Override
        public void changeOverdue(String permitId, String changeId) {
            overdue.add(permitId + "/" + changeId);
        }
    }

    private final RecordingPermits permits = new RecordingPermits();
    private CamundaWorkflow workflow;

    @BeforeEach
    void registerDelegates() {
        init(engine);
        PermitChangeClock clock = new PermitChangeClock();
        clock.permits = permits;
        Mocks.register("permitChangeClock", clock);
        workflow = new CamundaWorkflow(engine);
        ClockUtil.setCurrentTime(Date.from(ASKED));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance change() {
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey("change-1").singleResult();
    }

    @Test
    void theCommitteesDecisionEndsTheRequest() {
        workflow.permitChangeRequested("change-1", "permit-1", "application-1");
        ProcessInstance change = change();
        assertThat(change).isWaitingAt("committeeDecides");

        workflow.permitChangeDecided("change-1");

        assertThat(change).isEnded().hasPassed("decided").hasNotPassed("remindCommittee");
        assertThat(permits.overdue).isEmpty();
    }

    @Test
    void afterFourteenDaysTheCommitteeIsRemindedOnceAndTheRequestKeepsWaiting() {
        workflow.permitChangeRequested("change-1", "permit-1", "application-1");
        ProcessInstance change = change();
        var timer = managementService().createJobQuery().processInstanceId(change.getId()).timers().singleResult();
        assertThat(timer.getDuedate()).isEqualTo(Date.from(ASKED.plus(Duration.ofDays(14))));

        ClockUtil.setCurrentTime(Date.from(ASKED.plus(Duration.ofDays(14))));
        execute(timer);

        assertThat(permits.overdue).containsExactly("permit-1/change-1");
        assertThat(change).isWaitingAt("committeeDecides").hasPassed("remindCommittee");
        assertThat(managementService().createJobQuery().processInstanceId(change.getId()).count()).isZero();

        workflow.permitChangeDecided("change-1");
        assertThat(change).isEnded().hasPassed("decided");
    }
}
