package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names users and stored data depend on; changing one is a migration, not a refactoring. */
class ApplicationVocabularyTest {

    private static final Instant T = Instant.parse("2025-01-01T00:00:00Z");

    @Test
    void onlyRejectionsAndIssuedPermitsAreFinal() {
        assertThat(ApplicationState.values()).filteredOn(ApplicationState::isFinal).containsExactlyInAnyOrder(
                ApplicationState.REVIEW_REJECTED, ApplicationState.REJECTED_BY_ETHICS, ApplicationState.LEGAL_CHECK_FAILED,
                ApplicationState.PERMIT_ISSUED, ApplicationState.PERMIT_REVOKED, ApplicationState.LAPSED,
                ApplicationState.WITHDRAWN, ApplicationState.SIGNATURE_DECLINED);
    }

    @Test
    void statesHaveUserFacingLabels() {
        assertThat(ApplicationState.values()).extracting(ApplicationState::label).containsExactly(
                "Awaiting the signing official's confirmation", "With the committee", "Returned to the applicant", "Approved by the committee",
                "Rejected by the committee", "Unfavourable ethics opinion", "Awaiting permit issuance",
                "Legal check failed", "Permit issued", "Permit revoked", "Lapsed: not completed in time", "Withdrawn by the applicant",
                "Not confirmed by the signing official");
    }

    @Test
    void eventTypesAreNamedByIntentInLifecycleOrder() {
        assertThat(ApplicationEvent.TYPES).containsExactly("created", "purpose-coded", "terms-accepted", "submitted", "step-opened", "found-complete",
                "returned", "resubmitted", "vote-cast", "conflict-declared", "vote-closed", "review-approved",
                "review-rejected", "ethics-opinion", "legal-check-passed", "legal-check-failed", "permit-issued",
                "permit-extended", "permit-amended", "permit-suspended", "permit-resumed", "permit-revoked", "permit-expiring-soon", "permit-expired", "permit-change-requested", "permit-change-decided", "permit-change-overdue", "lapsed", "reminder-due", "decision-overdue", "clock-extended", "fee-accepted", "fee-declined", "withdrawn", "attachment-added", "team-member-invited", "team-member-joined", "form-answered", "team-invitation-cancelled", "attachment-removed", "signing-official-asked", "signing-official-confirmed", "signing-official-declined");
    }

    @Test
    void eachEventReportsItsOwnType() {
        List<ApplicationEvent> oneOfEach = List.of(
                new ApplicationCreated("a", "u", T, "u", "s", "d", "t", "p", List.of("ds")),
                new PurposeCoded("a", "u", T, new eu.consulate.domain.model.datause.ResearchPurpose(
                        eu.consulate.domain.model.datause.DuoTerm.HMB, List.of(), false, false, false, false, false),
                        List.of()),
                new TermsAccepted("a", "u", T, List.of(new TermsAccepted.Terms("t", "1", "T", "https://x.example/t"))),
                new ApplicationSubmitted("a", "u", T),
                new StepOpened("a", "system", T, "vote", StepKind.VOTE, java.util.Map.of("quorum", "2")),
                new FoundComplete("a", "u", T, ""),
                new ReturnedForChanges("a", "u", T, "r"),
                new Resubmitted("a", "u", T, "", "p"),
                new VoteCast("a", "u", T, "APPROVE", ""),
                new ConflictDeclared("a", "u", T, ""),
                new VoteClosed("a", "u", T, true, 2, 0, 1, 1, ""),
                new ReviewApproved("a", "u", T, ""),
                new ReviewRejected("a", "u", T, "r"),
                new EthicsOpinionRecorded("a", "u", T, true, ""),
                new LegalCheckPassed("a", "u", T, ""),
                new LegalCheckFailed("a", "u", T, "r"),
                new PermitIssued("a", "u", T, "p", T, T.plusSeconds(1)),
                new PermitExtended("a", "u", T, "p", T.plusSeconds(2), "r"),
                new PermitAmended("a", "u", T, "p", List.of("ds"), List.of("c"), "r"),
                new PermitSuspended("a", "u", T, "p", "r"),
                new PermitResumed("a", "u", T, "p", "r"),
                new PermitRevoked("a", "u", T, "p", "r"),
                new PermitExpiringSoon("a", "system", T, "p", T.plusSeconds(9)),
                new PermitExpired("a", "system", T, "p"),
                new PermitChangeRequested("a", "u", T, "p", "c", "extension", T.plusSeconds(5), List.of(), "r"),
                new PermitChangeDecided("a", "u", T, "p", "c", true, "r"),
                new PermitChangeOverdue("a", "system", T, "p", "c"),
                new RequestLapsed("a", "system", T),
                new ReminderDue("a", "system", T, "vote"),
                new DecisionOverdue("a", "system", T),
                new DecisionClockExtended("a", "u", T, "P1M", "r"),
                new FeeAccepted("a", "u", T, "250", "EUR"),
                new FeeDeclined("a", "u", T, ""),
                new Withdrawn("a", "u", T, ""),
                new AttachmentAdded("a", "u", T, "f", "ethics.pdf", "application/pdf", 10, "ab", false, "clean"),
                new TeamMemberInvited("a", "u", T, "i", "ada@example.org", T.plusSeconds(60)),
                new TeamMemberJoined("a", "v", T, "i", List.of()),
                new FormAnswered("a", "u", T, "f", 1, "{}", false),
                new TeamInvitationCancelled("a", "u", T, "i", "ada@example.org"),
                new AttachmentRemoved("a", "u", T, "f", "ethics.pdf", false),
                new SigningOfficialAsked("a", "u", T, "s", "so@example.org", T.plusSeconds(60)),
                new SigningOfficialConfirmed("a", "v", T, "Vera"),
                new SigningOfficialDeclined("a", "v", T, "r"));

        assertThat(oneOfEach).extracting(ApplicationEvent::type).containsExactlyElementsOf(ApplicationEvent.TYPES);
    }

    @Test
    void workflowEngineIsTheSystemActorWithoutCommittees() {
        Actor system = Actor.system();

        assertThat(system.subject()).isEqualTo("system");
        assertThat(system.hasRole("system")).isTrue();
        assertThat(system.dacIds()).isEmpty();
        assertThat(system.isSystem()).isTrue();
    }

    @Test
    void actorKnowsRolesAndCommittees() {
        Actor bob = Actors.member();

        assertThat(bob.hasRole(Actor.DAC_MEMBER)).isTrue();
        assertThat(bob.hasRole(Actor.DAC_CHAIR)).isFalse();
        assertThat(bob.isMemberOf(ApplicationHistory.DAC)).isTrue();
        assertThat(bob.isMemberOf(Actors.OTHER_DAC)).isFalse();
    }

    @Test
    void actorKeepsItsOwnCopyOfRolesAndCommittees() {
        Set<String> roles = new HashSet<>(Set.of(Actor.APPLICANT));
        Actor actor = new Actor("zoe", roles, null);

        roles.add(Actor.DAC_ADMIN);

        assertThat(actor.hasRole(Actor.DAC_ADMIN)).isFalse();
        assertThat(actor.dacIds()).isEmpty();
    }
}
