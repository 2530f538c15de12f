package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Counted votes: quorum, majority, ties, abstentions, recusal, late votes (docs/workflows.md). */
class VoteTest {

    private static final Instant NOW = Instant.parse("2025-03-02T10:00:00Z");

    private DataAccessApplication voting(Map<String, String> parameters) {
        return ApplicationHistory.submitted().opened(StepKind.VOTE, parameters).replay();
    }

    private DataAccessApplication voting() {
        return voting(Map.of("quorum", "2", "majority", "simple"));
    }

    private static DataAccessApplication vote(DataAccessApplication application, Actor voter, Vote.Choice choice,
            String comment) {
        return application.apply(application.castVote(choice, comment, voter, NOW));
    }

    @Test
    void votesAreCountedAndTheChairsCloseRecordsTheTally() {
        DataAccessApplication a = vote(vote(voting(), Actors.member(), Vote.Choice.APPROVE, "good"),
                Actors.secondMember(), Vote.Choice.ABSTAIN, "");
        a = a.apply(a.declareConflict("my own lab", Actors.thirdMember(), NOW));

        DataAccessApplication closed = a.apply(a.closeVote(null, "", Actors.chair(), NOW));

        assertThat(closed.state()).isEqualTo(ApplicationState.REVIEW_APPROVED);
        assertThat(closed.closedTally()).contains(new Vote.Tally(1, 0, 1, 1));
        assertThat(closed.openStep()).isEmpty();
        assertThat(closed.history().get(closed.history().size() - 1))
                .isEqualTo(new VoteClosed(ApplicationHistory.ID, "dana", NOW, true, 1, 0, 1, 1, ""));
    }

    @Test
    void withoutQuorumTheVoteCannotBeClosed() {
        DataAccessApplication one = vote(voting(), Actors.member(), Vote.Choice.APPROVE, "");

        assertRefused(CONFLICT, "The vote has 1 of the 2 votes it needs before it can be closed.",
                () -> one.closeVote(null, "", Actors.chair(), NOW));
    }

    @Test
    void aTieIsSettledByTheChairWithAReason() {
        DataAccessApplication tie = vote(vote(voting(), Actors.member(), Vote.Choice.APPROVE, ""),
                Actors.secondMember(), Vote.Choice.REJECT, "No consent form.");

        assertRefused(INVALID_INPUT, "The votes give no majority: decide whether the request is approved, and say why.",
                () -> tie.closeVote(null, "", Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "A decision that breaks a tie needs a reason.",
                () -> tie.closeVote(true, " ", Actors.chair(), NOW));
        DataAccessApplication rejected = tie.apply(tie.closeVote(false, "The consent does not cover this.",
                Actors.chair(), NOW));
        assertThat(rejected.state()).isEqualTo(ApplicationState.REVIEW_REJECTED);
        assertThat(rejected.rejectionReason()).contains("The consent does not cover this.");
    }

    @Test
    void onlyAbstentionsGiveNoMajority() {
        DataAccessApplication abstained = vote(vote(voting(), Actors.member(), Vote.Choice.ABSTAIN, ""),
                Actors.secondMember(), Vote.Choice.ABSTAIN, "");

        assertThat(abstained.vote().orElseThrow().tally().outcome(Vote.Majority.SIMPLE)).isEqualTo(Vote.Outcome.NO_MAJORITY);
        assertThat(abstained.apply(abstained.closeVote(true, "Fine by the chair.", Actors.chair(), NOW)).state())
                .isEqualTo(ApplicationState.REVIEW_APPROVED);
    }

    @Test
    void aMajorityAgainstRejectsAndTheClosingNeedsTheReason() {
        DataAccessApplication against = vote(vote(voting(), Actors.member(), Vote.Choice.REJECT, "Vague."),
                Actors.secondMember(), Vote.Choice.REJECT, "Too broad.");

        assertRefused(INVALID_INPUT, "A rejection needs a reason: the applicant reads it.",
                () -> against.closeVote(null, "", Actors.chair(), NOW));
        // the chair cannot overrule a clear majority: tieBreak only counts without one
        assertThat(against.apply(against.closeVote(true, "Too broad.", Actors.chair(), NOW)).state())
                .isEqualTo(ApplicationState.REVIEW_REJECTED);
    }

    @Test
    void twoThirdsNeedsTwoApprovalsPerRejection() {
        Vote.Tally twoToOne = new Vote.Tally(2, 1, 0, 0);
        Vote.Tally oneToOne = new Vote.Tally(1, 1, 5, 0);

        assertThat(twoToOne.outcome(Vote.Majority.TWO_THIRDS)).isEqualTo(Vote.Outcome.APPROVED);
        assertThat(oneToOne.outcome(Vote.Majority.TWO_THIRDS)).isEqualTo(Vote.Outcome.REJECTED);
        assertThat(oneToOne.outcome(Vote.Majority.SIMPLE)).isEqualTo(Vote.Outcome.NO_MAJORITY);
    }

    @Test
    void aRecusedMemberCannotVoteNorSeeTheVotes() {
        DataAccessApplication a = voting();
        DataAccessApplication recused = a.apply(a.declareConflict("", Actors.member(), NOW));

        assertRefused(FORBIDDEN, "You declared a conflict of interest and are recused from this vote.",
                () -> recused.castVote(Vote.Choice.APPROVE, "", Actors.member(), NOW));
        assertThat(recused.maySeeVotes(Actors.member())).isFalse();
        assertThat(recused.maySeeVotes(Actors.secondMember())).isTrue();
        assertThat(recused.maySeeVotes(Actors.applicant())).isFalse();
        assertThat(recused.mayActOnOpenStep(Actors.member())).isFalse();
    }

    @Test
    void aMemberVotesOnceAndARejectionNeedsAReason() {
        DataAccessApplication voted = vote(voting(), Actors.member(), Vote.Choice.APPROVE, "");

        assertRefused(CONFLICT, "You have voted on this request already.",
                () -> voted.castVote(Vote.Choice.REJECT, "changed my mind", Actors.member(), NOW));
        assertRefused(INVALID_INPUT, "A vote to reject needs a reason.",
                () -> voted.castVote(Vote.Choice.REJECT, " ", Actors.secondMember(), NOW));
    }

    @Test
    void aLateVoteAfterTheCloseIsAConflict() {
        DataAccessApplication two = vote(vote(voting(), Actors.member(), Vote.Choice.APPROVE, ""),
                Actors.secondMember(), Vote.Choice.APPROVE, "");
        DataAccessApplication closed = two.apply(two.closeVote(null, "", Actors.chair(), NOW));

        assertRefused(CONFLICT, "This request has no open committee vote (it is: Approved by the committee).",
                () -> closed.castVote(Vote.Choice.REJECT, "late", Actors.thirdMember(), NOW));
    }

    @Test
    void onlyTheChairOrAnAdministratorClosesAndNobodyVotesOnTheirOwnRequest() {
        DataAccessApplication two = vote(vote(voting(), Actors.member(), Vote.Choice.APPROVE, ""),
                Actors.secondMember(), Vote.Choice.APPROVE, "");

        assertRefused(FORBIDDEN, "Only the committee's chair (or an administrator) can close the vote.",
                () -> two.closeVote(null, "", Actors.member(), NOW));
        assertThat(two.apply(two.closeVote(null, "", Actors.admin(), NOW)).state())
                .isEqualTo(ApplicationState.REVIEW_APPROVED);
        assertRefused(FORBIDDEN, "You cannot act for the committee on your own request.",
                () -> voting().castVote(Vote.Choice.APPROVE, "", Actors.applicantWithAllRoles(), NOW));
        assertRefused(FORBIDDEN, "Only members of the committee that owns the datasets can vote on this request.",
                () -> voting().castVote(Vote.Choice.APPROVE, "", Actors.memberOfOtherDac(), NOW));
    }

    @Test
    void theCommitteeDecidesOnceEvenWhenAModelOpensASecondVote() {
        DataAccessApplication approved = ApplicationHistory.submitted().opened(StepKind.REVIEW).reviewApproved()
                .opened(StepKind.VOTE, Map.of()).replay();

        assertRefused(CONFLICT, "The committee has decided on this request already (it is: Approved by the committee).",
                () -> approved.castVote(Vote.Choice.APPROVE, "", Actors.member(), NOW));
    }

    @Test
    void whoeverApprovedInTheVoteCannotDoTheLegalCheck() {
        Actor memberAndLegal = new Actor("bob", "bob", java.util.Set.of(Actor.DAC_MEMBER, Actor.LEGAL_OFFICER),
                Map.of(ApplicationHistory.DAC, java.util.Set.of(eu.consulate.domain.model.dac.DacRole.MEMBER,
                        eu.consulate.domain.model.dac.DacRole.LEGAL_OFFICER)));
        DataAccessApplication two = vote(vote(voting(), memberAndLegal, Vote.Choice.APPROVE, ""),
                Actors.secondMember(), Vote.Choice.APPROVE, "");
        DataAccessApplication closed = two.apply(two.closeVote(null, "", Actors.chair(), NOW));
        DataAccessApplication legal = closed.apply(closed.openStep("legalCheck", "legal-check", Map.of(), Actor.system(), NOW));

        assertRefused(FORBIDDEN, "You decided on this request for the committee; another legal officer must "
                + "perform its legal check.", () -> legal.passLegalCheck(new PassLegalCheck(""), memberAndLegal, NOW));
        assertThat(legal.deciders()).containsExactlyInAnyOrder("bob", "max", "dana");
    }
}
