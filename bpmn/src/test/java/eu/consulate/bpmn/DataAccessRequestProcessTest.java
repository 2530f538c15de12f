package eu.consulate.bpmn;

import static org.assertj.core.api.Assertions.*;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.*;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import eu.consulate.domain.model.dac.Dac;
import org.camunda.bpm.engine.ActivityTypes;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.IdentityLinkType;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every path of {@code data-access-request.bpmn}, on the in-memory engine. */
@ExtendWith(ProcessEngineExtension.class)
@Deployment(resources = "processes/data-access-request.bpmn")
class DataAccessRequestProcessTest {

    private static final String APPLICATION = "application-1";

    // injected by ProcessEngineExtension
    ProcessEngine engine;

    private ModelDelegates delegates;
    private Dac committee;

    @BeforeEach
    void registerDelegates() {
        init(engine);
        delegates = new ModelDelegates().register();
        committee = delegates.committees.withLegalOfficer(delegates.committees.add("Rare diseases DAC", "alice", "bob"),
                "dave");
        // a second committee, so that "only its members" means something
        delegates.committees.add("Cancer registry DAC", "carol");
    }

    @AfterEach
    void resetDelegatesAndClock() {
        ModelDelegates.unregister();
        ClockUtil.reset();
    }

    @Test
    void approvedAndPassedRequestEndsWithAPermit() {
        ProcessInstance request = submit(committee.id());

        decide(request, "dacReview", true);
        decide(request, "legalCheck", true);

        assertThat(request).isEnded().hasPassedInOrder("dacReview", "legalCheck", "issuePermit");
        assertThat(endEventsOf(request)).containsExactly("permitIssued");
        assertThat(delegates.permitIssuer.issuedFor).containsExactly(APPLICATION);
        assertThat(finalValueOf(request, "permitId")).isEqualTo(RecordingPermitIssuer.permitIdFor(APPLICATION));
    }

    @Test
    void rejectedReviewEndsTheRequestWithoutLegalCheckOrPermit() {
        ProcessInstance request = submit(committee.id());

        decide(request, "dacReview", false);

        assertThat(request).isEnded().hasNotPassed("legalCheck", "issuePermit");
        assertThat(endEventsOf(request)).containsExactly("reviewRejected");
        assertThat(historyService().createHistoricTaskInstanceQuery()
                .processInstanceId(request.getId()).taskDefinitionKey("legalCheck").count()).isZero();
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
    }

    @Test
    void failedLegalCheckEndsTheRequestWithoutPermit() {
        ProcessInstance request = submit(committee.id());

        decide(request, "dacReview", true);
        decide(request, "legalCheck", false);

        assertThat(request).isEnded().hasNotPassed("issuePermit");
        assertThat(endEventsOf(request)).containsExactly("legalCheckFailed");
        assertThat(delegates.permitIssuer.issuedFor).isEmpty();
        assertThat(finalValueOf(request, "permitId")).isNull();
    }

    @Test
    void everyMemberOfTheCommitteeAndNoOneElseMayReview() {
        ProcessInstance request = submit(committee.id());

        Task review = task("dacReview", request);
        assertThat(candidateUsersOf(review)).containsExactlyInAnyOrder("alice", "bob");
        assertThat(candidateGroupsOf(review)).isEmpty();
        assertThat(review.getAssignee()).isNull();
    }

    @Test
    void reviewIsDueThreeMonthsAfterSubmission() {
        // spans the change to summer time: three months later keeps the local time of day
        ZonedDateTime submittedAt = ZonedDateTime.of(2026, 3, 10, 9, 30, 0, 0, ZoneId.systemDefault());
        ClockUtil.setCurrentTime(Date.from(submittedAt.toInstant()));

        ProcessInstance request = submit(committee.id());

        assertThat(task("dacReview", request).getDueDate())
                .isEqualTo(Date.from(submittedAt.plusMonths(3).toInstant()));
    }

    @Test
    void onlyTheCommitteesLegalOfficersMayDoTheLegalCheck() {
        ProcessInstance request = submit(committee.id());

        decide(request, "dacReview", true);

        Task legalCheck = task("legalCheck", request);
        assertThat(candidateUsersOf(legalCheck)).containsExactly("dave");
        assertThat(candidateGroupsOf(legalCheck)).isEmpty();
    }

    @Test
    void requestToAnUnknownCommitteeDoesNotStart() {
        assertThatThrownBy(() -> submit("no-such-committee"))
                .rootCause()
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("no-such-committee");

        assertThat(historyService().createHistoricProcessInstanceQuery()
                .processInstanceBusinessKey(APPLICATION).count()).isZero();
    }

    private ProcessInstance submit(String dacId) {
        return runtimeService().startProcessInstanceByKey("data-access-request", APPLICATION,
                withVariables("applicationId", APPLICATION, "dacId", dacId));
    }

    private static void decide(ProcessInstance request, String step, boolean approved) {
        assertThat(request).isWaitingAt(step);
        complete(task(step, request), withVariables("approved", approved));
    }

    private static List<String> endEventsOf(ProcessInstance request) {
        return historyService().createHistoricActivityInstanceQuery()
                .processInstanceId(request.getId())
                .activityType(ActivityTypes.END_EVENT_NONE)
                .list().stream()
                .map(HistoricActivityInstance::getActivityId)
                .toList();
    }

    /** A variable's last value; ended instances keep variables in history only. */
    private static Object finalValueOf(ProcessInstance request, String variable) {
        var historic = historyService().createHistoricVariableInstanceQuery()
                .processInstanceId(request.getId()).variableName(variable).singleResult();
        return historic == null ? null : historic.getValue();
    }

    private static List<String> candidateUsersOf(Task task) {
        return candidateLinksOf(task).map(IdentityLink::getUserId).filter(Objects::nonNull).toList();
    }

    private static List<String> candidateGroupsOf(Task task) {
        return candidateLinksOf(task).map(IdentityLink::getGroupId).filter(Objects::nonNull).toList();
    }

    private static Stream<IdentityLink> candidateLinksOf(Task task) {
        return taskService().getIdentityLinksForTask(task.getId()).stream()
                .filter(link -> IdentityLinkType.CANDIDATE.equals(link.getType()));
    }
}
