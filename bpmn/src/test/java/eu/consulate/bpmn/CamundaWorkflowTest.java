package eu.consulate.bpmn;

import static eu.consulate.application.WorkflowPort.Step.DAC_REVIEW;
import static eu.consulate.application.WorkflowPort.Step.LEGAL_CHECK;
import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.Instant;
import java.util.Date;
import java.util.Set;

import eu.consulate.application.WorkflowPort.OpenTask;
import eu.consulate.domain.model.dac.Dac;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The workflow port as the application sees it, on the in-memory engine with the real model. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/data-access-request.bpmn")
class CamundaWorkflowTest {

    private static final Set<String> NO_ROLES = Set.of();
    private static final Set<String> LEGAL_OFFICER = Set.of("legal-officer");

    // injected by ProcessEngineExtension
    ProcessEngine engine;

    private CamundaWorkflow workflow;
    private Dac rareDiseases;
    private Dac cancerRegistry;

    @BeforeEach
    void setUp() {
        init(engine);
        workflow = new CamundaWorkflow(engine);
        ModelDelegates delegates = new ModelDelegates().register();
        rareDiseases = delegates.committees.withLegalOfficer(
                delegates.committees.add("Rare diseases DAC", "alice", "bob"), "dave");
        cancerRegistry = delegates.committees.withLegalOfficer(
                delegates.committees.add("Cancer registry DAC", "carol"), "alice");
    }

    @AfterEach
    void tearDown() {
        ModelDelegates.unregister();
        ClockUtil.reset();
    }

    @Test
    void submittedRequestWaitsForTheCommitteeUnderTheApplicationId() {
        workflow.requestSubmitted("app-1", rareDiseases.id());

        ProcessInstance request = instanceOf("app-1");
        assertThat(request).isWaitingAt("dacReview")
                .variables()
                .containsEntry("applicationId", "app-1")
                .containsEntry("dacId", rareDiseases.id());
    }

    @Test
    void decisionsLeadTheRequestToTheMatchingEnd() {
        workflow.requestSubmitted("approved", rareDiseases.id());
        workflow.requestSubmitted("rejected", rareDiseases.id());
        workflow.requestSubmitted("failed", rareDiseases.id());

        workflow.stepDecided("approved", DAC_REVIEW, true);
        workflow.stepDecided("approved", LEGAL_CHECK, true);
        workflow.stepDecided("rejected", DAC_REVIEW, false);
        workflow.stepDecided("failed", DAC_REVIEW, true);
        workflow.stepDecided("failed", LEGAL_CHECK, false);

        assertThat(workflow.endedAt("approved")).contains("permitIssued");
        assertThat(workflow.endedAt("rejected")).contains("reviewRejected");
        assertThat(workflow.endedAt("failed")).contains("legalCheckFailed");
    }

    @Test
    void decidingAStepThatIsNotOpenIsRefused() {
        workflow.requestSubmitted("app-1", rareDiseases.id());

        assertThatThrownBy(() -> workflow.stepDecided("app-1", LEGAL_CHECK, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No open LEGAL_CHECK step for application app-1");
        assertThat(instanceOf("app-1")).isWaitingAt("dacReview");
    }

    @Test
    void decidingForAnotherApplicationLeavesThisOneOpen() {
        workflow.requestSubmitted("app-1", rareDiseases.id());

        assertThatThrownBy(() -> workflow.stepDecided("app-2", DAC_REVIEW, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No open DAC_REVIEW step for application app-2");
        assertThat(instanceOf("app-1")).isWaitingAt("dacReview");
    }

    @Test
    void decidingASuspendedStepIsRefused() {
        workflow.requestSubmitted("app-1", rareDiseases.id());
        runtimeService().suspendProcessInstanceById(instanceOf("app-1").getId());

        assertThatThrownBy(() -> workflow.stepDecided("app-1", DAC_REVIEW, true))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("No open DAC_REVIEW step for application app-1");
    }

    @Test
    void noEndWhileRunningOrForAnUnknownApplication() {
        workflow.requestSubmitted("app-1", rareDiseases.id());

        assertThat(workflow.endedAt("app-1")).isEmpty();
        assertThat(workflow.endedAt("unknown")).isEmpty();
    }

    @Test
    void committeeMemberSeesTheReviewsOfTheirOwnCommittee() {
        workflow.requestSubmitted("rare-1", rareDiseases.id());
        workflow.requestSubmitted("cancer-1", cancerRegistry.id());
        Task review = openTaskOf("rare-1");

        assertThat(workflow.openTasksFor("alice", NO_ROLES)).containsExactly(
                new OpenTask(review.getId(), "rare-1", DAC_REVIEW, review.getCreateTime().getTime(),
                        review.getDueDate().getTime()));
        assertThat(workflow.openTasksFor("carol", NO_ROLES))
                .extracting(OpenTask::applicationId).containsExactly("cancer-1");
    }

    @Test
    void legalOfficerSeesLegalChecksButNotReviews() {
        workflow.requestSubmitted("checking", rareDiseases.id());
        workflow.stepDecided("checking", DAC_REVIEW, true);
        workflow.requestSubmitted("reviewing", rareDiseases.id());
        Task legalCheck = openTaskOf("checking");

        assertThat(workflow.openTasksFor("dave", LEGAL_OFFICER)).containsExactly(
                new OpenTask(legalCheck.getId(), "checking", LEGAL_CHECK, legalCheck.getCreateTime().getTime(), null));
    }

    @Test
    void candidateUserSeesTheirStepsWhateverTheirRoles() {
        workflow.requestSubmitted("reviewing", rareDiseases.id());

        assertThat(workflow.openTasksFor("bob", Set.of("researcher")))
                .extracting(OpenTask::applicationId).containsExactly("reviewing");
    }

    @Test
    void memberWhoIsAlsoLegalOfficerSeesBothOldestFirst() {
        // submitted out of the order of their creation times, so that the order shown is the query's
        at("2026-02-01T10:00:00Z");
        workflow.requestSubmitted("later", rareDiseases.id());
        at("2026-01-01T10:00:00Z");
        workflow.requestSubmitted("earliest", rareDiseases.id());
        at("2026-03-01T10:00:00Z");
        workflow.requestSubmitted("checking", cancerRegistry.id());
        workflow.stepDecided("checking", DAC_REVIEW, true);

        assertThat(workflow.openTasksFor("alice", LEGAL_OFFICER))
                .extracting(OpenTask::applicationId, OpenTask::step, OpenTask::createdAt)
                .containsExactly(
                        tuple("earliest", DAC_REVIEW, Instant.parse("2026-01-01T10:00:00Z").toEpochMilli()),
                        tuple("later", DAC_REVIEW, Instant.parse("2026-02-01T10:00:00Z").toEpochMilli()),
                        tuple("checking", LEGAL_CHECK, Instant.parse("2026-03-01T10:00:00Z").toEpochMilli()));
    }

    @Test
    void someoneWithoutCandidacyOrRoleSeesNothing() {
        workflow.requestSubmitted("checking", rareDiseases.id());
        workflow.stepDecided("checking", DAC_REVIEW, true);
        workflow.requestSubmitted("reviewing", rareDiseases.id());

        assertThat(workflow.openTasksFor("eve", NO_ROLES)).isEmpty();
        assertThat(workflow.openTasksFor("eve", Set.of("researcher"))).isEmpty();
    }

    private static void at(String instant) {
        ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
    }

    private static ProcessInstance instanceOf(String applicationId) {
        return runtimeService().createProcessInstanceQuery()
                .processInstanceBusinessKey(applicationId).singleResult();
    }

    private static Task openTaskOf(String applicationId) {
        return taskService().createTaskQuery().processInstanceBusinessKey(applicationId).singleResult();
    }
}
