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
                ApplicationState.REVIEW_REJECTED, ApplicationState.LEGAL_CHECK_FAILED, ApplicationState.PERMIT_ISSUED);
    }

    @Test
    void statesHaveUserFacingLabels() {
        assertThat(ApplicationState.values()).extracting(ApplicationState::label).containsExactly(
                "Awaiting committee review", "Awaiting legal check", "Rejected by the committee",
                "Awaiting permit issuance", "Legal check failed", "Permit issued");
    }

    @Test
    void eventTypesAreNamedByIntentInLifecycleOrder() {
        assertThat(ApplicationEvent.TYPES).containsExactly("created", "submitted", "review-approved",
                "review-rejected", "legal-check-passed", "legal-check-failed", "permit-issued");
    }

    @Test
    void eachEventReportsItsOwnType() {
        List<ApplicationEvent> oneOfEach = List.of(
                new ApplicationCreated("a", "u", T, "u", "s", "d", "t", "p", List.of("ds")),
                new ApplicationSubmitted("a", "u", T),
                new ReviewApproved("a", "u", T, ""),
                new ReviewRejected("a", "u", T, "r"),
                new LegalCheckPassed("a", "u", T, ""),
                new LegalCheckFailed("a", "u", T, "r"),
                new PermitIssued("a", "u", T, "p", T, T.plusSeconds(1)));

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
