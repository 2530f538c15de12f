package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class LegalCheckTest {

    private static final Instant NOW = Instant.parse("2025-05-06T12:00:00Z");
    private static final String NOT_A_LEGAL_OFFICER = "Only a legal officer of the committee that owns the datasets can perform the legal check.";

    private final DataAccessApplication approved = applicationIn(ApplicationState.REVIEW_APPROVED);

    @Test
    void legalOfficerPassesAndThatIsTheDecision() {
        List<ApplicationEvent> events = approved.passLegalCheck(new PassLegalCheck(" ok "), Actors.legalOfficer(), NOW);

        assertThat(events).containsExactly(new LegalCheckPassed(ApplicationHistory.ID, "lena", NOW, "ok"));
        DataAccessApplication passed = approved.apply(events);
        assertThat(passed.state()).isEqualTo(ApplicationState.LEGAL_CHECK_PASSED);
        assertThat(passed.decisionAt()).contains(NOW);
    }

    @Test
    void passWithoutCommentStoresEmptyText() {
        LegalCheckPassed passed = (LegalCheckPassed) approved
                .passLegalCheck(new PassLegalCheck(null), Actors.legalOfficer(), NOW).get(0);

        assertThat(passed.comment()).isEmpty();
    }

    @Test
    void legalOfficerFailsWithReason() {
        List<ApplicationEvent> events = approved.failLegalCheck(new FailLegalCheck(" No ethics approval. "),
                Actors.legalOfficer(), NOW);

        assertThat(events).containsExactly(
                new LegalCheckFailed(ApplicationHistory.ID, "lena", NOW, "No ethics approval."));
        DataAccessApplication failed = approved.apply(events);
        assertThat(failed.state()).isEqualTo(ApplicationState.LEGAL_CHECK_FAILED);
        assertThat(failed.rejectionReason()).contains("No ethics approval.");
        assertThat(failed.decisionAt()).isEmpty();
    }

    @Test
    void onlyLegalOfficersCanCheck() {
        for (Actor actor : List.of(Actors.member(), Actors.chair(), Actors.admin(), Actors.otherApplicant())) {
            assertRefused(FORBIDDEN, NOT_A_LEGAL_OFFICER,
                    () -> approved.passLegalCheck(new PassLegalCheck(""), actor, NOW));
            assertRefused(FORBIDDEN, NOT_A_LEGAL_OFFICER,
                    () -> approved.failLegalCheck(new FailLegalCheck("No."), actor, NOW));
        }
    }

    @Test
    void applicantCannotCheckOwnRequest() {
        Actor aliceAsLegalOfficer = new Actor("alice", "alice", Set.of(Actor.APPLICANT, Actor.LEGAL_OFFICER),
                java.util.Map.of(ApplicationHistory.DAC, Set.of(eu.consulate.domain.model.dac.DacRole.LEGAL_OFFICER)));

        assertRefused(FORBIDDEN, "You cannot perform the legal check on your own request.",
                () -> approved.passLegalCheck(new PassLegalCheck(""), aliceAsLegalOfficer, NOW));
        assertRefused(FORBIDDEN, "You cannot perform the legal check on your own request.",
                () -> approved.failLegalCheck(new FailLegalCheck("No."), aliceAsLegalOfficer, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "  ")
    void failedCheckWithoutReasonIsRefused(String reason) {
        assertRefused(INVALID_INPUT, "A failed legal check needs a reason.",
                () -> approved.failLegalCheck(new FailLegalCheck(reason), Actors.legalOfficer(), NOW));
    }

    @Test
    void remarksLongerThan2000CharactersAreRefused() {
        assertRefused(INVALID_INPUT, "A comment can be at most 2000 characters long.",
                () -> approved.passLegalCheck(new PassLegalCheck("c".repeat(2001)), Actors.legalOfficer(), NOW));
        assertRefused(INVALID_INPUT, "A reason can be at most 2000 characters long.",
                () -> approved.failLegalCheck(new FailLegalCheck("r".repeat(2001)), Actors.legalOfficer(), NOW));
    }

    @Test
    void remarksOf2000CharactersAreAccepted() {
        assertThat(approved.passLegalCheck(new PassLegalCheck("c".repeat(2000)), Actors.legalOfficer(), NOW)).hasSize(1);
        assertThat(approved.failLegalCheck(new FailLegalCheck("r".repeat(2000)), Actors.legalOfficer(), NOW)).hasSize(1);
    }

    @Test
    void legalCheckBeforeReviewIsAConflict() {
        DataAccessApplication submitted = applicationIn(ApplicationState.SUBMITTED);

        assertRefused(CONFLICT, "This request has no open legal check (it is: Awaiting committee review).",
                () -> submitted.passLegalCheck(new PassLegalCheck(""), Actors.legalOfficer(), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = "REVIEW_APPROVED", mode = EnumSource.Mode.EXCLUDE)
    void legalCheckOutsideReviewApprovedIsAConflict(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);
        String message = "This request has no open legal check (it is: " + application.statusLabel() + ").";

        assertRefused(CONFLICT, message,
                () -> application.passLegalCheck(new PassLegalCheck(""), Actors.legalOfficer(), NOW));
        assertRefused(CONFLICT, message,
                () -> application.failLegalCheck(new FailLegalCheck("No."), Actors.legalOfficer(), NOW));
    }

    /** Separation of duties (issue 11): one person holding both roles cannot carry a request alone. */
    @Test
    void whoeverApprovedTheReviewCannotAlsoPerformTheLegalCheck() {
        Actor both = new Actor("bob", "bob", java.util.Set.of(Actor.DAC_MEMBER, Actor.LEGAL_OFFICER),
                java.util.Map.of(ApplicationHistory.DAC, java.util.Set.of(eu.consulate.domain.model.dac.DacRole.MEMBER,
                        eu.consulate.domain.model.dac.DacRole.LEGAL_OFFICER)));
        String message = "You decided on this request for the committee; another legal officer must "
                + "perform its legal check.";

        assertRefused(FORBIDDEN, message, () -> approved.passLegalCheck(new PassLegalCheck("fine"), both, NOW));
        assertRefused(FORBIDDEN, message, () -> approved.failLegalCheck(new FailLegalCheck("no"), both, NOW));
        assertThat(approved.isAwaitingLegalCheckBy(both)).isFalse();
        assertThat(approved.isAwaitingLegalCheckBy(Actors.legalOfficer())).isTrue();
    }

    /** Legal officers are seated per committee: the realm role alone, or another committee's seat, is not enough. */
    @Test
    void onlyTheOwningCommitteesLegalOfficerPerformsTheLegalCheck() {
        String message = "Only a legal officer of the committee that owns the datasets can perform the legal check.";
        for (Actor outsider : java.util.List.of(Actors.legalOfficerOfOtherDac(), Actors.legalOfficerWithoutSeat())) {
            assertRefused(FORBIDDEN, message, () -> approved.passLegalCheck(new PassLegalCheck("fine"), outsider, NOW));
            assertThat(approved.isAwaitingLegalCheckBy(outsider)).isFalse();
            assertThat(approved.canBeSeenBy(outsider)).isFalse();
        }
    }
}
