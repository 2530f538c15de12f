package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * Steps the workflow opens: the aggregate accepts a command only while a step of its kind is open
 * for the actor; completeness, revision, ethics, chair decisions and the clocks.
 */
class StepsTest {

    private static final Instant NOW = Instant.parse("2025-03-02T10:00:00Z");

    private static DataAccessApplication open(StepKind kind, Map<String, String> parameters) {
        return ApplicationHistory.submitted().opened(kind, parameters).replay();
    }

    @Test
    void onlyTheWorkflowOpensStepsAndOnlyOfKnownKindsAndParameters() {
        DataAccessApplication submitted = open(StepKind.COMPLETENESS, Map.of());

        assertRefused(FORBIDDEN, "Only the workflow opens steps.",
                () -> submitted.openStep("vote", "vote", Map.of(), Actors.chair(), NOW));
        assertThatThrownBy(() -> submitted.openStep("x", "coffee", Map.of(), Actor.system(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> submitted.openStep("x", "review", Map.of("quorum", "2"), Actor.system(), NOW))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(submitted.openStep("v", "vote", Map.of("quorum", "3"), Actor.system(), NOW))
                .containsExactly(new StepOpened(ApplicationHistory.ID, "system", NOW, "v", StepKind.VOTE, Map.of("quorum", "3")));
    }

    @Test
    void aCommandWithoutItsStepOpenIsAConflict() {
        DataAccessApplication completeness = open(StepKind.COMPLETENESS, Map.of());

        assertRefused(CONFLICT, "This request is not awaiting a committee review (it is: Awaiting completeness check).",
                () -> completeness.approveReview(new ApproveReview(""), Actors.member(), NOW));
        assertRefused(CONFLICT, "This request has no open committee vote (it is: Awaiting completeness check).",
                () -> completeness.castVote(Vote.Choice.APPROVE, "", Actors.member(), NOW));
    }

    @Test
    void anIncompleteRequestGoesBackToTheApplicantWhoResubmitsIt() {
        DataAccessApplication completeness = open(StepKind.COMPLETENESS, Map.of());
        assertRefused(INVALID_INPUT, "Say what is missing: the applicant reads this message.",
                () -> completeness.returnIncomplete(" ", Actors.member(), NOW));

        DataAccessApplication returned = completeness.apply(
                completeness.returnIncomplete("Add the ethics approval.", Actors.member(), NOW));
        assertThat(returned.state()).isEqualTo(ApplicationState.RETURNED);
        assertThat(returned.returnReason()).contains("Add the ethics approval.");
        assertThat(returned.decisionDueAt()).isEmpty();

        DataAccessApplication revising = returned.apply(returned.openStep("revision", "revision", Map.of(), Actor.system(), NOW));
        assertThat(revising.statusLabel()).isEqualTo("Returned to the applicant");
        assertThat(revising.mayActOnOpenStep(Actors.applicant())).isTrue();
        assertThat(revising.mayActOnOpenStep(Actors.member())).isFalse();
        assertRefused(FORBIDDEN, "Only the applicant can resubmit this request.",
                () -> revising.resubmit("", "", Actors.member(), NOW));

        String newPurpose = "Finding markers for early detection of lung cancer, with the ethics approval attached.";
        DataAccessApplication resubmitted = revising.apply(revising.resubmit("Attached.", newPurpose, Actors.applicant(), NOW));
        assertThat(resubmitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(resubmitted.researchPurpose()).isEqualTo(newPurpose);
    }

    @Test
    void theDecisionClockStartsAtCompletenessAndPausesWhileWithTheApplicant() {
        Instant complete = Instant.parse("2025-03-10T00:00:00Z");
        DataAccessApplication found = open(StepKind.COMPLETENESS, Map.of("clock", "P3M"));
        found = found.apply(found.findComplete("", Actors.member(), complete));
        assertThat(found.decisionDueAt()).contains(Instant.parse("2025-06-10T00:00:00Z"));

        // later the committee returns it (a second completeness round) for ten days
        DataAccessApplication again = found.apply(found.openStep("completeness", "completeness", Map.of(), Actor.system(), complete));
        DataAccessApplication returned = again.apply(again.returnIncomplete("One more form.", Actors.member(),
                Instant.parse("2025-04-01T00:00:00Z")));
        assertThat(returned.decisionDueAt()).isEmpty();
        DataAccessApplication revising = returned.apply(returned.openStep("revision", "revision", Map.of(), Actor.system(),
                Instant.parse("2025-04-01T00:00:00Z")));
        DataAccessApplication back = revising.apply(revising.resubmit("", "", Actors.applicant(),
                Instant.parse("2025-04-11T00:00:00Z")));

        assertThat(back.decisionDueAt()).contains(Instant.parse("2025-06-10T00:00:00Z").plus(Duration.ofDays(10)));
    }

    @Test
    void theClockCanBeExtendedOnceWithAReasonByTheChair() {
        DataAccessApplication review = open(StepKind.REVIEW, Map.of("clock", "P5D"));
        assertThat(review.decisionDueAt()).contains(ApplicationHistory.START.plus(Duration.ofDays(5)));

        assertRefused(FORBIDDEN, "Only the committee's chair or an administrator can extend the decision period.",
                () -> review.extendClock("P5D", "busy", Actors.member(), NOW));
        assertRefused(INVALID_INPUT, "An extension lasts at least a day and at most 3 months.",
                () -> review.extendClock("P4M", "busy", Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "An extension needs a reason: the applicant is told.",
                () -> review.extendClock("P5D", "", Actors.chair(), NOW));
        DataAccessApplication extended = review.apply(review.extendClock("P5D", "Waiting for the biobank.", Actors.chair(), NOW));

        assertThat(extended.decisionDueAt()).contains(ApplicationHistory.START.plus(Duration.ofDays(10)));
        assertRefused(CONFLICT, "The decision period was extended already; it can be extended once.",
                () -> extended.extendClock("P1D", "again", Actors.admin(), NOW));
    }

    @Test
    void timersThatFireTooLateOrOnADecidedRequestDoNothing() {
        DataAccessApplication review = open(StepKind.REVIEW, Map.of("clock", "P5D"));
        Instant beforeDue = ApplicationHistory.START.plus(Duration.ofDays(4));
        Instant afterDue = ApplicationHistory.START.plus(Duration.ofDays(6));

        assertThat(review.overdue(Actor.system(), beforeDue)).isEmpty();
        assertThat(review.overdue(Actor.system(), afterDue)).containsExactly(
                new DecisionOverdue(ApplicationHistory.ID, "system", afterDue));
        assertThat(review.remind(Actor.system(), beforeDue)).containsExactly(
                new ReminderDue(ApplicationHistory.ID, "system", beforeDue, "review"));
        assertThat(review.lapse(Actor.system(), afterDue)).isEmpty();

        DataAccessApplication decided = review.apply(review.rejectReview(new RejectReview("No."), Actors.member(), NOW));
        assertThat(decided.overdue(Actor.system(), afterDue)).isEmpty();
        assertThat(decided.remind(Actor.system(), afterDue)).isEmpty();
        assertRefused(FORBIDDEN, "Only the workflow's timer escalates.", () -> review.overdue(Actors.chair(), afterDue));
    }

    @Test
    void aRequestLeftWithTheApplicantLapses() {
        DataAccessApplication revising = ApplicationHistory.upTo(ApplicationState.RETURNED).opened(StepKind.REVISION).replay();

        DataAccessApplication lapsed = revising.apply(revising.lapse(Actor.system(), NOW));

        assertThat(lapsed.state()).isEqualTo(ApplicationState.LAPSED);
        assertThat(lapsed.state().isDecided()).isTrue();
        assertThat(lapsed.openStep()).isEmpty();
    }

    @Test
    void theChairDecidesAChairDecisionAndTheEthicsOpinionIsRecordedByChairOrAdmin() {
        DataAccessApplication chairs = open(StepKind.CHAIR_DECISION, Map.of());
        assertRefused(FORBIDDEN, "Only the committee's chair decides this step.",
                () -> chairs.approveReview(new ApproveReview(""), Actors.member(), NOW));
        assertThat(chairs.apply(chairs.approveReview(new ApproveReview(""), Actors.chair(), NOW)).state())
                .isEqualTo(ApplicationState.REVIEW_APPROVED);

        DataAccessApplication ethics = open(StepKind.ETHICS, Map.of());
        assertRefused(FORBIDDEN, "Only the committee's chair or an administrator records the ethics board's opinion.",
                () -> ethics.recordEthicsOpinion(true, "", Actors.member(), NOW));
        assertRefused(INVALID_INPUT, "An unfavourable opinion needs its reason: the applicant reads it.",
                () -> ethics.recordEthicsOpinion(false, "", Actors.admin(), NOW));
        DataAccessApplication favourable = ethics.apply(ethics.recordEthicsOpinion(true, "REC 2025/17", Actors.admin(), NOW));
        assertThat(favourable.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(favourable.openStep()).isEmpty();
        DataAccessApplication unfavourable = ethics.apply(ethics.recordEthicsOpinion(false, "No consent.", Actors.chair(), NOW));
        assertThat(unfavourable.state()).isEqualTo(ApplicationState.REJECTED_BY_ETHICS);
        assertThat(unfavourable.rejectionReason()).contains("No consent.");
    }

    @Test
    void theApplicantAcceptsTheFeeOrWithdrawsByDecliningIt() {
        DataAccessApplication fee = open(StepKind.FEE, Map.of("amount", "250.00", "currency", "EUR"));
        assertThat(fee.statusLabel()).isEqualTo("Awaiting the applicant's fee acceptance");
        assertThat(fee.allowedActions(Actors.applicant())).containsExactly("accept-fee", "decline-fee");
        assertRefused(FORBIDDEN, "Only the applicant can accept the fee.", () -> fee.acceptFee(Actors.chair(), NOW));

        assertThat(fee.acceptFee(Actors.applicant(), NOW)).containsExactly(
                new FeeAccepted(ApplicationHistory.ID, "alice", NOW, "250.00", "EUR"));
        DataAccessApplication declined = fee.apply(fee.declineFee("Too expensive.", Actors.applicant(), NOW));
        assertThat(declined.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(declined.state().isDecided()).isTrue();
        assertRefused(CONFLICT, "This request has no open fee acceptance by the applicant (it is: Withdrawn by the applicant).",
                () -> declined.acceptFee(Actors.applicant(), NOW));
    }

    @Test
    void aSeparateStepRefusesWhoeverActedOnAnEarlierStep() {
        DataAccessApplication completeness = open(StepKind.COMPLETENESS, Map.of());
        DataAccessApplication found = completeness.apply(completeness.findComplete("", Actors.member(), NOW));
        DataAccessApplication review = found.apply(found.openStep("review", "review", Map.of("separate", "true"),
                Actor.system(), NOW));

        assertRefused(FORBIDDEN, "You acted on an earlier step of this request; the process asks another person to take "
                + "this one.", () -> review.approveReview(new ApproveReview(""), Actors.member(), NOW));
        assertThat(review.mayActOnOpenStep(Actors.member())).isFalse();
        assertThat(review.approveReview(new ApproveReview(""), Actors.chair(), NOW)).hasSize(1);
        DataAccessApplication notSeparate = found.apply(found.openStep("review", "review", Map.of(), Actor.system(), NOW));
        assertThat(notSeparate.approveReview(new ApproveReview(""), Actors.member(), NOW)).hasSize(1);
    }

    @Test
    void votesAreCommitteePrivateButTheOutcomeIsNot() {
        assertThat(new VoteCast("a", "u", NOW, "APPROVE", "").isCommitteePrivate()).isTrue();
        assertThat(new ConflictDeclared("a", "u", NOW, "").isCommitteePrivate()).isTrue();
        assertThat(new VoteClosed("a", "u", NOW, true, 1, 0, 0, 0, "").isCommitteePrivate()).isFalse();
    }
}
