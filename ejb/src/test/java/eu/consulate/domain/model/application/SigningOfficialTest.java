package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Issue 8: a signing official of the applicant's institution confirms a request before the committee gets it. */
class SigningOfficialTest {

    private static final Instant NOW = ApplicationHistory.START.plusSeconds(600);
    private static final Instant UNTIL = NOW.plusSeconds(14 * 86_400);
    private static final Actor VERA = new Actor("vera", "Vera Signer", java.util.Set.of(Actor.APPLICANT), java.util.Map.of());

    private static List<ApplicationEvent> handedIn(String email) {
        return DataAccessApplication.submit(new SubmitApplication(ApplicationHistory.ID, "Kidney variants",
                        "Finding variants that explain rare kidney disease.", List.of("ds-1"), ApplicationHistory.DAC,
                        "alice", "research", "academic"), null, List.of(), null,
                new DataAccessApplication.SignatureAsked("sig-1", email, UNTIL), Actors.applicant(), NOW);
    }

    @Test
    void theRequestWaitsForTheSigningOfficialAndReachesTheCommitteeWithTheirConfirmation() {
        List<ApplicationEvent> events = handedIn(" vera@uni.example.org ");
        assertThat(events).extracting(ApplicationEvent::type).containsExactly(ApplicationCreated.TYPE, SigningOfficialAsked.TYPE);
        assertThat(events.get(1)).isEqualTo(new SigningOfficialAsked(ApplicationHistory.ID, "alice", NOW, "sig-1",
                "vera@uni.example.org", UNTIL));
        DataAccessApplication waiting = DataAccessApplication.replay(events);
        assertThat(waiting.state()).isEqualTo(ApplicationState.AWAITING_SIGNATURE);
        assertThat(waiting.submittedAt()).as("not submitted yet: no clock runs").isNull();
        assertThat(waiting.handedInAt()).isEqualTo(NOW);
        assertThat(waiting.decisionDueAt()).as("the clock starts with the submission").isEmpty();
        assertThat(eu.consulate.infrastructure.persistence.SummaryProjection.of(waiting).state()).isEqualTo("AWAITING_SIGNATURE");
        assertThat(waiting.canBeSeenBy(Actors.member())).isFalse();
        assertThat(waiting.mayBeWithdrawnBy(Actors.applicant())).isTrue();

        assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN,
                "The signing official is somebody other than the request's applicant and team.",
                () -> waiting.confirmAsSigningOfficial(Actors.applicant(), NOW));
        List<ApplicationEvent> confirmed = waiting.confirmAsSigningOfficial(VERA, NOW.plusSeconds(60));

        assertThat(confirmed).containsExactly(
                new SigningOfficialConfirmed(ApplicationHistory.ID, "vera", NOW.plusSeconds(60), "Vera Signer"),
                new ApplicationSubmitted(ApplicationHistory.ID, "alice", NOW.plusSeconds(60)));
        List<ApplicationEvent> all = new java.util.ArrayList<>(events);
        all.addAll(confirmed);
        DataAccessApplication submitted = DataAccessApplication.replay(all);
        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(submitted.submittedAt()).isEqualTo(NOW.plusSeconds(60));
        assertThat(submitted.signedBy().map(SigningOfficialConfirmed::name)).hasValue("Vera Signer");
        assertThat(submitted.canBeSeenBy(Actors.member())).isTrue();
        assertThat(submitted.decisionDueAt()).isPresent();
        assertRefused(ApplicationRuleViolation.Kind.CONFLICT,
                "This request does not wait for a signing official (it is: Awaiting committee review).",
                () -> submitted.confirmAsSigningOfficial(VERA, NOW));
    }

    @Test
    void aDeclineWithAReasonEndsTheRequestBeforeTheCommittee() {
        DataAccessApplication waiting = ApplicationHistory.awaitingSignature().replay();
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "Say why you do not confirm the request: the applicant reads this.",
                () -> waiting.declineAsSigningOfficial(" ", VERA, NOW));

        List<ApplicationEvent> declined = waiting.declineAsSigningOfficial("Not a project of ours.", VERA, NOW);

        DataAccessApplication ended = ApplicationHistory.awaitingSignature().then(declined.get(0)).replay();
        assertThat(ended.state()).isEqualTo(ApplicationState.SIGNATURE_DECLINED);
        assertThat(ended.state().isFinal()).isTrue();
        assertThat(ended.signatureDeclinedReason()).hasValue("Not a project of ours.");
        assertThat(ended.canBeSeenBy(Actors.chair())).isFalse();
    }

    @Test
    void theAddressIsRequiredAndMustBeOne() {
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT, "signingOfficial: the committee wants your institution's"
                + " signing official to confirm the request; give their e-mail address.", () -> handedIn(""));
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT, "signingOfficial: vera is not an e-mail address.",
                () -> handedIn("vera"));
    }

    @Test
    void aSubmissionBeforeTheConfirmationIsNoValidHistory() {
        var forged = ApplicationHistory.awaitingSignature()
                .then(new ApplicationSubmitted(ApplicationHistory.ID, "alice", NOW)).events();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> DataAccessApplication.replay(forged))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("after their confirmation");
    }
}
