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
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.Permits;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of {@code permit-life.bpmn}, on the in-memory engine with a moved clock. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/permit-life.bpmn")
class PermitLifeProcessTest {

    private static final String PERMIT = "permit-1";
    private static final Instant ISSUED = Instant.parse("2026-03-02T10:00:00Z");

    ProcessEngine engine;

    /** Permits as the model sees them: an end per permit; expiry answers as the domain would. */
    static final class RecordingPermits extends Permits {
        final Map<String, Instant> ends = new HashMap<>();
        final List<String> expired = new ArrayList<>();
        final Map<String, Instant> warnedFor = new HashMap<>();
        final List<String> warned = new ArrayList<>();

        @Override
        public Instant warnsAt(String permitId) {
            Instant end = ends.get(permitId);
            return end.equals(warnedFor.get(permitId)) ? end.plus(Duration.ofDays(36500)) : end.minus(Duration.ofDays(30));
        }

        @Override
        public boolean warningDue(String permitId) {
            Instant end = ends.get(permitId);
            if (end.equals(warnedFor.get(permitId)) || ClockUtil.getCurrentTime().toInstant().isBefore(end.minus(Duration.ofDays(30)))) {
                return false;
            }
            warnedFor.put(permitId, end);
            warned.add(permitId);
            return true;
        }

        @Override
        public Instant endsAt(String permitId) {
            return ends.get(permitId);
        }

        @Override
        public boolean expiryDue(String permitId) {
            if (ClockUtil.getCurrentTime().toInstant().isBefore(ends.get(permitId)) || expired.contains(permitId)) {
                return false;
            }
            expired.add(permitId);
            return true;
        }
    }

    private final RecordingPermits permits = new RecordingPermits();
    private CamundaWorkflow workflow;

    @BeforeEach
    void registerDelegates() {
        init(engine);
        PermitClock clock = new PermitClock();
        clock.permits = permits;
        Mocks.register("permitClock", clock);
        workflow = new CamundaWorkflow(engine);
        ClockUtil.setCurrentTime(Date.from(ISSUED));
        permits.ends.put(PERMIT, ISSUED.plus(Duration.ofDays(365)));
    }

    @AfterEach
    void reset() {
        Mocks.reset();
        ClockUtil.reset();
    }

    private ProcessInstance life() {
        return runtimeService().createProcessInstanceQuery().processInstanceBusinessKey(PERMIT)
                .processDefinitionKey("permit-life").singleResult();
    }

    /** The timer of the permit's end. */
    private Job timer() {
        return managementService().createJobQuery().processInstanceId(life().getId()).timers().activityId("permitEnds")
                .singleResult();
    }

    /** The timer that warns the holders before the end. */
    private Job warning() {
        return managementService().createJobQuery().processInstanceId(life().getId()).timers().activityId("endComesSoon")
                .singleResult();
    }

    private void moveClockTo(Instant instant) {
        ClockUtil.setCurrentTime(Date.from(instant));
    }

    @Test
    void thePermitExpiresWhenItsEndComes() {
        workflow.permitIssued(PERMIT, "application-1");
        ProcessInstance life = life();
        assertThat(timer().getDuedate()).isEqualTo(Date.from(ISSUED.plus(Duration.ofDays(365))));

        moveClockTo(ISSUED.plus(Duration.ofDays(365)));
        execute(timer());

        assertThat(life).isEnded().hasPassedInOrder("permitEnds", "expirePermit", "expiredEnd");
        assertThat(permits.expired).containsExactly(PERMIT);
    }

    @Test
    void theHoldersAreWarnedOnceAMonthBeforeTheEndThenThePermitExpires() {
        workflow.permitIssued(PERMIT, "application-1");
        ProcessInstance life = life();
        Instant end = ISSUED.plus(Duration.ofDays(365));
        assertThat(warning().getDuedate()).isEqualTo(Date.from(end.minus(Duration.ofDays(30))));

        moveClockTo(end.minus(Duration.ofDays(30)));
        execute(warning());

        assertThat(life).hasPassed("endComesSoon", "warnHolders").isWaitingAt("waitForEnd");
        assertThat(permits.warned).containsExactly(PERMIT);
        assertThat(warning().getDuedate()).as("warned of this end: not again").isAfter(Date.from(end.plus(Duration.ofDays(3650))));
        assertThat(timer().getDuedate()).isEqualTo(Date.from(end));

        moveClockTo(end);
        execute(timer());
        assertThat(life).isEnded().hasPassed("expiredEnd");
        assertThat(permits.warned).containsExactly(PERMIT);
    }

    @Test
    void anExtensionAfterTheWarningWarnsAgainBeforeTheNewEnd() {
        workflow.permitIssued(PERMIT, "application-1");
        Instant end = ISSUED.plus(Duration.ofDays(365));
        moveClockTo(end.minus(Duration.ofDays(30)));
        execute(warning());
        Instant later = end.plus(Duration.ofDays(180));

        permits.ends.put(PERMIT, later);
        workflow.permitChanged(PERMIT);

        assertThat(warning().getDuedate()).isEqualTo(Date.from(later.minus(Duration.ofDays(30))));
        moveClockTo(later.minus(Duration.ofDays(30)));
        execute(warning());
        assertThat(permits.warned).containsExactly(PERMIT, PERMIT);
    }

    @Test
    void anExtensionSetsTheTimerToTheNewEnd() {
        workflow.permitIssued(PERMIT, "application-1");
        Instant later = ISSUED.plus(Duration.ofDays(500));

        permits.ends.put(PERMIT, later);
        workflow.permitChanged(PERMIT);

        assertThat(life()).isWaitingAt("waitForEnd");
        assertThat(timer().getDuedate()).isEqualTo(Date.from(later));
        assertThat(permits.expired).isEmpty();
    }

    @Test
    void aTimerThatFiresBeforeTheEndWaitsAgainForTheEnd() {
        // the extension's message has not arrived: the timer still has the old end
        workflow.permitIssued(PERMIT, "application-1");
        Instant later = ISSUED.plus(Duration.ofDays(500));
        permits.ends.put(PERMIT, later);

        moveClockTo(ISSUED.plus(Duration.ofDays(365)));
        execute(timer());

        ProcessInstance life = life();
        assertThat(life).isNotEnded().hasPassed("expirePermit").isWaitingAt("waitForEnd");
        assertThat(permits.expired).isEmpty();
        assertThat(timer().getDuedate()).isEqualTo(Date.from(later));

        moveClockTo(later);
        execute(timer());
        assertThat(life).isEnded().hasPassed("expiredEnd");
        assertThat(permits.expired).containsExactly(PERMIT);
    }

    @Test
    void aRevokedPermitsLifeEndsWithoutExpiry() {
        workflow.permitIssued(PERMIT, "application-1");
        ProcessInstance life = life();

        workflow.permitEnded(PERMIT);

        assertThat(life).isEnded().hasPassed("permitEnded", "revoked").hasNotPassed("expirePermit");
        assertThat(permits.expired).isEmpty();
        assertThat(managementService().createJobQuery().count()).as("no timer left, neither end nor warning").isZero();
    }

    @Test
    void messagesForAPermitWithoutALifeChangeNothing() {
        workflow.permitChanged("permit-issued-before-permit-lives");
        workflow.permitEnded("permit-issued-before-permit-lives");

        assertThat(runtimeService().createProcessInstanceQuery().count()).isZero();
    }
}
