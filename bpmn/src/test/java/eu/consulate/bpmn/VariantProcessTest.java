package eu.consulate.bpmn;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every path of every shipped variant, timers included: the engine clock is moved and the due
 * timer jobs are run, nothing sleeps. Steps are completed the way the application completes them
 * (variables {@code outcome} and {@code approved}, see StepOutcome).
 */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = {"processes/committee-review.bpmn", "processes/research-request.bpmn",
        "processes/commercial-request.bpmn", "processes/rare-disease-diagnosis.bpmn",
        "processes/public-health-emergency.bpmn"})
class VariantProcessTest {

    private static final String APP = "application-1";
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");

    ProcessEngine engine;

    private ModelDelegates delegates;

    @BeforeEach
    void setUp() {
        init(engine);
        delegates = new ModelDelegates().register();
        ClockUtil.setCurrentTime(Date.from(T0));
    }

    @AfterEach
    void tearDown() {
        ModelDelegates.unregister();
        ClockUtil.reset();
    }

    // ---- the default: one reviewer, legal check, permit -------------------------------------------

    @Test
    void theDefaultModelHasOneReviewerDecideThenALegalCheck() {
        ProcessInstance request = start("committee-review");

        step(request, "dacReview", "approved", true);
        step(request, "legalCheck", "passed", true);

        assertThat(endEventsOf(request)).containsExactly("permitIssued");
        assertThat(delegates.steps.kinds()).containsExactly("review", "legal-check");
    }

    @Test
    void theDefaultModelEndsOnARejectionOrAFailedLegalCheck() {
        ProcessInstance rejected = start("committee-review");
        step(rejected, "dacReview", "rejected", false);
        assertThat(endEventsOf(rejected)).containsExactly("reviewRejected");

        ProcessInstance failed = runtimeService().startProcessInstanceByKey("committee-review", "application-2",
                withVariables("applicationId", "application-2", "dacId", "dac-1", "use", "research"));
        step(failed, "dacReview", "approved", true);
        step(failed, "legalCheck", "failed", false);
        assertThat(endEventsOf(failed)).containsExactly("legalCheckFailed");
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
    }

    @Test
    void theDefaultReviewIsRemindedAndEscalatedWhenThreeMonthsPass() {
        ProcessInstance request = start("committee-review");

        runTimersDueAfter(Duration.ofDays(15));
        assertThat(delegates.steps.reminders).containsExactly(APP);
        runTimersDueAfter(Duration.ofDays(93));
        assertThat(delegates.steps.escalations).containsExactly(APP);
        assertThat(request).isWaitingAt("dacReview");
    }

    // ---- research: completeness → vote → legal check → permit -----------------------------------

    @Test
    void researchGoesThroughCompletenessVoteAndLegalCheckToThePermit() {
        ProcessInstance request = start("research-request");

        step(request, "completeness", "complete", true);
        step(request, "vote", "approved", true);
        step(request, "legalCheck", "passed", true);

        assertThat(request).isEnded().hasPassedInOrder("completeness", "vote", "legalCheck", "issuePermit");
        assertThat(endEventsOf(request)).containsExactly("permitIssued");
        assertThat(delegates.steps.kinds()).containsExactly("completeness", "vote", "legal-check");
        assertThat(delegates.steps.opened.get(1).parameters()).containsEntry("quorum", "2").containsEntry("majority", "simple");
        assertThat(delegates.permitIssuer.validityOf).containsEntry(APP, "default");
    }

    @Test
    void anIncompleteResearchRequestGoesBackAndComesBackToTheCompletenessCheck() {
        ProcessInstance request = start("research-request");

        step(request, "completeness", "incomplete", false);
        step(request, "revision", "resubmitted", true);
        step(request, "completeness", "complete", true);

        assertThat(request).isWaitingAt("vote");
        assertThat(delegates.steps.kinds()).containsExactly("completeness", "revision", "completeness", "vote");
    }

    @Test
    void aRequestLeftWithTheApplicantForFourWeeksLapses() {
        ProcessInstance request = start("research-request");
        step(request, "completeness", "incomplete", false);

        runTimersDueAfter(Duration.ofDays(27));
        assertThat(request).isWaitingAt("revision");
        runTimersDueAfter(Duration.ofDays(29));

        assertThat(request).isEnded();
        assertThat(endEventsOf(request)).containsExactly("lapsed");
        assertThat(delegates.steps.lapses).containsExactly(APP);
    }

    @Test
    void theVoteRemindsEveryTwoWeeksThreeTimesAndEscalatesWhenDueWhileStayingOpen() {
        ProcessInstance request = start("research-request");
        step(request, "completeness", "complete", true);

        runTimersDueAfter(Duration.ofDays(15));
        assertThat(delegates.steps.reminders).containsExactly(APP);
        runTimersDueAfter(Duration.ofDays(29));
        runTimersDueAfter(Duration.ofDays(43));
        runTimersDueAfter(Duration.ofDays(57));
        assertThat(delegates.steps.reminders).hasSize(3);
        assertThat(delegates.steps.escalations).isEmpty();

        runTimersDueAfter(Duration.ofDays(93)); // three months after completeness
        assertThat(delegates.steps.escalations).containsExactly(APP);
        assertThat(request).isWaitingAt("vote");
    }

    @Test
    void aRejectedVoteEndsWithoutLegalCheckOrPermit() {
        ProcessInstance request = start("research-request");
        step(request, "completeness", "complete", true);

        step(request, "vote", "rejected", false);

        assertThat(request).isEnded().hasNotPassed("legalCheck", "issuePermit");
        assertThat(endEventsOf(request)).containsExactly("rejected");
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
        assertThat(jobsOf(request)).isEmpty();
    }

    @Test
    void aFailedLegalCheckEndsWithoutPermit() {
        ProcessInstance request = start("research-request");
        step(request, "completeness", "complete", true);
        step(request, "vote", "approved", true);

        step(request, "legalCheck", "failed", false);

        assertThat(endEventsOf(request)).containsExactly("legalCheckFailed");
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
    }

    // ---- commercial research: completeness → fee → vote → legal check → permit ----------------------

    @Test
    void aCommercialRequestPaysTheFeeBeforeTheVote() {
        ProcessInstance request = start("commercial-request");

        step(request, "completeness", "complete", true);
        step(request, "fee", "accepted", true);
        step(request, "vote", "approved", true);
        step(request, "legalCheck", "passed", true);

        assertThat(endEventsOf(request)).containsExactly("permitIssued");
        assertThat(delegates.steps.kinds()).containsExactly("completeness", "fee", "vote", "legal-check");
        assertThat(delegates.steps.opened.get(1).parameters()).containsEntry("amount", "500.00").containsEntry("currency", "EUR");
    }

    @Test
    void aDeclinedFeeWithdrawsTheCommercialRequest() {
        ProcessInstance request = start("commercial-request");
        step(request, "completeness", "complete", true);

        step(request, "fee", "declined", false);

        assertThat(endEventsOf(request)).containsExactly("withdrawn");
        assertThat(request).hasNotPassed("vote");
    }

    @Test
    void anIncompleteCommercialRequestIsRevisedBeforeTheFee() {
        ProcessInstance request = start("commercial-request");

        step(request, "completeness", "incomplete", false);
        step(request, "revision", "resubmitted", true);
        step(request, "completeness", "complete", true);

        assertThat(request).isWaitingAt("fee");
    }

    @Test
    void aCommercialRequestEndsOnARejectedVoteOrAFailedLegalCheck() {
        ProcessInstance rejected = start("commercial-request");
        step(rejected, "completeness", "complete", true);
        step(rejected, "fee", "accepted", true);
        step(rejected, "vote", "rejected", false);
        assertThat(endEventsOf(rejected)).containsExactly("rejected");

        ProcessInstance failed = runtimeService().startProcessInstanceByKey("commercial-request", "application-2",
                withVariables("applicationId", "application-2", "dacId", "dac-1", "use", "research"));
        step(failed, "completeness", "complete", true);
        step(failed, "fee", "accepted", true);
        step(failed, "vote", "approved", true);
        step(failed, "legalCheck", "failed", false);
        assertThat(endEventsOf(failed)).containsExactly("legalCheckFailed");
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
    }

    @Test
    void aCommercialRequestLeftWithTheApplicantLapses() {
        ProcessInstance request = start("commercial-request");
        step(request, "completeness", "incomplete", false);

        runTimersDueAfter(Duration.ofDays(29));

        assertThat(endEventsOf(request)).containsExactly("lapsed");
        assertThat(delegates.steps.lapses).containsExactly(APP);
    }

    @Test
    void aCommercialVoteIsRemindedAndEscalatedWhileItStaysOpen() {
        ProcessInstance request = start("commercial-request");
        step(request, "completeness", "complete", true);
        step(request, "fee", "accepted", true);

        runTimersDueAfter(Duration.ofDays(15));
        assertThat(delegates.steps.reminders).containsExactly(APP);
        runTimersDueAfter(Duration.ofDays(29));
        runTimersDueAfter(Duration.ofDays(43));
        runTimersDueAfter(Duration.ofDays(93));

        assertThat(delegates.steps.reminders).hasSize(3);
        assertThat(delegates.steps.escalations).containsExactly(APP);
        assertThat(request).isWaitingAt("vote");
    }

    // ---- care: rare-disease diagnosis ------------------------------------------------------------

    @Test
    void aDiagnosisTakesTheFastTrackToANinetyDayPermit() {
        ProcessInstance request = start("rare-disease-diagnosis");

        step(request, "review", "approved", true);

        assertThat(request).isEnded().hasPassedInOrder("review", "issuePermit");
        assertThat(delegates.steps.kinds()).containsExactly("review");
        assertThat(delegates.steps.opened.get(0).parameters()).containsEntry("clock", "P5D");
        assertThat(delegates.permitIssuer.validityOf).containsEntry(APP, "P90D");
    }

    @Test
    void aRejectedDiagnosisRequestEndsWithoutPermit() {
        ProcessInstance request = start("rare-disease-diagnosis");

        step(request, "review", "rejected", false);

        assertThat(endEventsOf(request)).containsExactly("rejected");
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
    }

    @Test
    void aDiagnosisReviewIsRemindedAfterTwoDaysAndEscalatedAfterFive() {
        ProcessInstance request = start("rare-disease-diagnosis");

        runTimersDueAfter(Duration.ofDays(1));
        assertThat(delegates.steps.reminders).isEmpty();
        runTimersDueAfter(Duration.ofDays(2).plusMinutes(1));
        assertThat(delegates.steps.reminders).containsExactly(APP);
        assertThat(delegates.steps.escalations).isEmpty();
        runTimersDueAfter(Duration.ofDays(5).plusMinutes(1));

        assertThat(delegates.steps.escalations).containsExactly(APP);
        assertThat(request).isWaitingAt("review");
        step(request, "review", "approved", true);
        assertThat(request).isEnded();
    }

    // ---- public-health emergency -----------------------------------------------------------------

    @Test
    void anEmergencyRequestIsVotedOnWithinDaysThenCheckedAndPermitted() {
        ProcessInstance request = start("public-health-emergency");

        assertThat(delegates.steps.opened.get(0).parameters()).containsEntry("quorum", "1").containsEntry("clock", "P7D");
        runTimersDueAfter(Duration.ofHours(13));
        assertThat(delegates.steps.reminders).containsExactly(APP);
        step(request, "vote", "approved", true);
        step(request, "legalCheck", "passed", true);

        assertThat(endEventsOf(request)).containsExactly("permitIssued");
    }

    @Test
    void anEmergencyRequestCanBeRejectedByTheVoteOrTheLegalCheck() {
        ProcessInstance rejected = start("public-health-emergency");
        step(rejected, "vote", "rejected", false);
        assertThat(endEventsOf(rejected)).containsExactly("rejected");

        ProcessInstance failed = runtimeService().startProcessInstanceByKey("public-health-emergency", "application-2",
                withVariables("applicationId", "application-2", "dacId", "dac-1", "use", "research"));
        step(failed, "vote", "approved", true);
        step(failed, "legalCheck", "failed", false);
        assertThat(endEventsOf(failed)).containsExactly("legalCheckFailed");
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
    }

    @Test
    void anEmergencyVoteIsRemindedTwiceADayAndEscalatedAfterSevenDays() {
        ProcessInstance request = start("public-health-emergency");

        // each repetition is set from when the previous one ran: the clock moves half a day at a time
        for (int halfDays = 1; halfDays <= 12; halfDays++) {
            runTimersDueAfter(Duration.ofHours(12L * halfDays).plusMinutes(1));
        }
        assertThat(delegates.steps.reminders).hasSize(12);
        assertThat(delegates.steps.escalations).isEmpty();
        runTimersDueAfter(Duration.ofHours(156).plusMinutes(1));
        runTimersDueAfter(Duration.ofHours(168).plusMinutes(2));

        assertThat(delegates.steps.reminders).hasSize(14);
        assertThat(delegates.steps.escalations).containsExactly(APP);
        assertThat(request).isWaitingAt("vote");
        for (int halfDays = 15; halfDays <= 20; halfDays++) {
            runTimersDueAfter(Duration.ofHours(12L * halfDays).plusMinutes(3));
        }
        assertThat(delegates.steps.reminders).as("the cycle ends after 14").hasSize(14);
    }

    @Test
    void everyShippedVariantPassesTheUploadCheck() throws Exception {
        for (String key : CamundaWorkflow.VARIANTS) {
            byte[] xml = VariantProcessTest.class.getClassLoader().getResourceAsStream("processes/" + key + ".bpmn")
                    .readAllBytes();
            assertThat(ModelCheck.problems(xml)).as(key).isEmpty();
            assertThat(ModelCheck.processKey(xml)).isEqualTo(key);
        }
    }

    private static ProcessInstance start(String key) {
        return runtimeService().startProcessInstanceByKey(key, APP,
                withVariables("applicationId", APP, "dacId", "dac-1", "use", "research"));
    }

    private static void step(ProcessInstance request, String taskKey, String outcome, boolean approved) {
        assertThat(request).isWaitingAt(taskKey);
        complete(task(taskKey, request), withVariables("outcome", outcome, "approved", approved));
    }

    /** Moves the engine clock to T0 + {@code after} and runs every timer job due by then, as the job executor would. */
    private static void runTimersDueAfter(Duration after) {
        Date now = Date.from(T0.plus(after));
        ClockUtil.setCurrentTime(now);
        List<Job> due;
        while (!(due = managementService().createJobQuery().timers().duedateLowerThan(new Date(now.getTime() + 1))
                .list()).isEmpty()) {
            due.forEach(job -> managementService().executeJob(job.getId()));
        }
    }

    private static List<Job> jobsOf(ProcessInstance request) {
        return managementService().createJobQuery().processInstanceId(request.getId()).list();
    }

    private static List<String> endEventsOf(ProcessInstance request) {
        return historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(request.getId())
                .activityType(ActivityTypes.END_EVENT_NONE)
                .list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .filter(id -> !id.equals("reminded") && !id.equals("escalated"))
                .toList();
    }
}
