package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.permit.Permit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Issue 8: the applicant invites team members; who joins sees the request and holds its permit. */
class TeamTest {

    private static final Instant NOW = ApplicationHistory.START.plusSeconds(1_800);
    private static final Instant UNTIL = NOW.plusSeconds(14 * 86_400);
    private static final List<TermsAccepted.Terms> TERMS = List.of(new TermsAccepted.Terms("v1", "1.0", "Agreement",
            "https://example.org/terms/1"));

    private static TeamMemberInvited invited(String invitationId, String email) {
        return (TeamMemberInvited) ApplicationHistory.submitted().replay()
                .invite(invitationId, email, UNTIL, Actors.applicant(), NOW).get(0);
    }

    @Test
    void theApplicantInvitesAndTheInvitedPersonJoinsSeeingTheRequest() {
        TeamMemberInvited invitation = invited("i1", "  carol@example.org ");
        assertThat(invitation).isEqualTo(new TeamMemberInvited(ApplicationHistory.ID, "alice", NOW, "i1",
                "carol@example.org", UNTIL));
        DataAccessApplication open = ApplicationHistory.submitted().then(invitation).replay();
        assertThat(open.openInvitations()).containsExactly(invitation);
        assertThat(open.canBeSeenBy(Actors.otherApplicant())).isFalse();

        List<ApplicationEvent> joined = open.join("i1", TERMS, Actors.otherApplicant(), NOW.plusSeconds(60));

        assertThat(joined).containsExactly(new TeamMemberJoined(ApplicationHistory.ID, "carol", NOW.plusSeconds(60), "i1", TERMS));
        DataAccessApplication team = ApplicationHistory.submitted().then(invitation).then(joined.get(0)).replay();
        assertThat(team.teamMembers()).containsExactly("carol");
        assertThat(team.openInvitations()).isEmpty();
        assertThat(team.canBeSeenBy(Actors.otherApplicant())).isTrue();
        // a member of the team is not the applicant: no withdrawing, no committee-only files
        assertThat(team.mayBeWithdrawnBy(Actors.otherApplicant())).isFalse();
        assertThat(team.mayAttach(Actors.otherApplicant(), false)).isFalse();
    }

    @Test
    void thePermitCoversTheTeamThatJoinedBeforeTheDecision() {
        ApplicationHistory history = ApplicationHistory.submitted().then(invited("i1", "carol@example.org"))
                .then(new TeamMemberJoined(ApplicationHistory.ID, "carol", NOW, "i1", TERMS));
        DataAccessApplication approved = history.reviewApproved().legalCheckPassed().replay();

        Permit permit = Permit.issue("permit-1", approved, NOW, NOW, UNTIL);
        assertThat(permit.holderSubjects()).containsExactly("sub-alice", "carol");

        DataAccessApplication issued = history.permitIssued().replay();
        assertThat(issued.permitCoHolders()).containsExactly("carol");
        assertThat(issued.canBeSeenBy(Actors.otherApplicant())).isTrue();
    }

    @Test
    void theApplicantCancelsAnOpenInvitationAndTheAddressCanBeInvitedAgain() {
        TeamMemberInvited invitation = invited("i1", "carol@example.org");
        DataAccessApplication open = ApplicationHistory.submitted().then(invitation).replay();
        assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN, "Only the applicant cancels invitations to the team.",
                () -> open.cancelInvitation("i1", Actors.member(), NOW));

        List<ApplicationEvent> cancelled = open.cancelInvitation("i1", Actors.applicant(), NOW);

        assertThat(cancelled).containsExactly(new TeamInvitationCancelled(ApplicationHistory.ID, "alice", NOW, "i1",
                "carol@example.org"));
        DataAccessApplication after = ApplicationHistory.submitted().then(invitation).then(cancelled.get(0)).replay();
        assertThat(after.openInvitations()).isEmpty();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT, "This invitation was used or cancelled already.",
                () -> after.join("i1", TERMS, Actors.otherApplicant(), NOW));
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT, "This invitation is no longer open: it was used or cancelled.",
                () -> after.cancelInvitation("i1", Actors.applicant(), NOW));
        assertThat(after.invite("i2", "carol@example.org", UNTIL, Actors.applicant(), NOW)).hasSize(1);
    }

    @Test
    void onlyTheApplicantInvitesAndOnlyUntilTheDecision() {
        DataAccessApplication submitted = ApplicationHistory.submitted().replay();
        for (Actor other : List.of(Actors.member(), Actors.chair(), Actors.admin(), Actors.otherApplicant())) {
            assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN, "Only the applicant invites team members.",
                    () -> submitted.invite("i", "x@example.org", UNTIL, other, NOW));
        }
        DataAccessApplication rejected = ApplicationHistory.upTo(ApplicationState.REVIEW_REJECTED).replay();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT,
                "Team members can be invited only until the request is decided (it is: Rejected by the committee).",
                () -> rejected.invite("i", "x@example.org", UNTIL, Actors.applicant(), NOW));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "carol", "carol@", "@example.org", "carol@example", "carol @example.org", "a@b@c.org"})
    void anAddressThatIsNotOneIsRefused(String email) {
        DataAccessApplication submitted = ApplicationHistory.submitted().replay();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> submitted.invite("i", email, UNTIL, Actors.applicant(), NOW))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class, v -> {
                    assertThat(v.kind()).isEqualTo(ApplicationRuleViolation.Kind.INVALID_INPUT);
                    assertThat(v.getMessage()).startsWith("email: ");
                });
    }

    @Test
    void anOpenInvitationIsNotRepeatedAndTheTeamHasALimit() {
        ApplicationHistory history = ApplicationHistory.submitted().then(invited("i0", "carol@example.org"));
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "email: CAROL@example.org is invited already; the invitation is still open.",
                () -> history.replay().invite("i", "CAROL@example.org", UNTIL, Actors.applicant(), NOW));
        for (int i = 1; i < DataAccessApplication.MAX_TEAM; i++) {
            history.then(invited("i" + i, "person" + i + "@example.org"));
        }
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "A request's team has at most 20 members besides the applicant.",
                () -> history.replay().invite("i", "one.more@example.org", UNTIL, Actors.applicant(), NOW));
    }

    @Test
    void anInvitationWorksOnceAndNotForTheApplicant() {
        ApplicationHistory history = ApplicationHistory.submitted().then(invited("i1", "carol@example.org"));
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "You are this request's applicant; invite somebody else with this link.",
                () -> history.replay().join("i1", TERMS, Actors.applicant(), NOW));
        history.then(new TeamMemberJoined(ApplicationHistory.ID, "carol", NOW, "i1", TERMS));
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT, "This invitation was used or cancelled already.",
                () -> history.replay().join("i1", TERMS, Actors.member(), NOW));
        history.then(invited("i2", "carol.other@example.org"));
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT, "You are on this request's team already.",
                () -> history.replay().join("i2", TERMS, Actors.otherApplicant(), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"REVIEW_REJECTED", "PERMIT_ISSUED", "WITHDRAWN"})
    void nobodyJoinsADecidedRequest(ApplicationState state) {
        ApplicationHistory history = ApplicationHistory.submitted().then(invited("i1", "carol@example.org"));
        ApplicationHistory.upTo(state).events().stream().skip(2).forEach(history::then);
        DataAccessApplication decided = history.replay();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT,
                "The request was decided (it is: " + decided.statusLabel() + "); its team can no longer change.",
                () -> decided.join("i1", TERMS, Actors.otherApplicant(), NOW));
    }
}
