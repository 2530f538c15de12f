package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_ID;
import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class RevokePermitTest {

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final String WHO = "Only the committee's chair or one of its administrators can revoke its permits.";

    private final DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);

    @Test
    void chairRevokesWithAReason() {
        List<ApplicationEvent> events = issued.revokePermit(PERMIT_ID, " Data shared outside the project. ",
                Actors.chair(), NOW);

        assertThat(events).containsExactly(new PermitRevoked(ApplicationHistory.ID, Actors.chair().subject(), NOW,
                PERMIT_ID, "Data shared outside the project."));
        DataAccessApplication revoked = issued.apply(events);
        assertThat(revoked.state()).isEqualTo(ApplicationState.PERMIT_REVOKED);
        assertThat(revoked.state().isFinal()).isTrue();
        assertThat(revoked.revocationReason()).contains("Data shared outside the project.");
        assertThat(revoked.permitId()).contains(PERMIT_ID);
        assertThat(revoked.mayRevokePermit(Actors.chair())).isFalse();
    }

    @Test
    void committeeAdministratorRevokes() {
        assertThat(issued.mayRevokePermit(Actors.admin())).isTrue();
        assertThat(issued.revokePermit(PERMIT_ID, "Ethics approval withdrawn.", Actors.admin(), NOW)).singleElement()
                .extracting(ApplicationEvent::actor).isEqualTo("adam");
    }

    @Test
    void nobodyElseRevokes() {
        for (Actor actor : List.of(Actors.member(), Actors.legalOfficer(), Actors.applicant(), Actors.adminOfOtherDac(),
                Actors.memberOfOtherDac(), Actor.system())) {
            assertThat(issued.mayRevokePermit(actor)).as(actor.subject()).isFalse();
            assertRefused(FORBIDDEN, WHO, () -> issued.revokePermit(PERMIT_ID, "Because.", actor, NOW));
        }
    }

    @Test
    void revocationNeedsAReason() {
        assertRefused(INVALID_INPUT, "A revocation needs a reason: the holder reads it.",
                () -> issued.revokePermit(PERMIT_ID, "  ", Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "A revocation needs a reason: the holder reads it.",
                () -> issued.revokePermit(PERMIT_ID, null, Actors.chair(), NOW));
    }

    @Test
    void aRevokedPermitIsNotRevokedAgain() {
        DataAccessApplication revoked = applicationIn(ApplicationState.PERMIT_REVOKED);

        assertRefused(CONFLICT, "This permit was already revoked.",
                () -> revoked.revokePermit(PERMIT_ID, "Again.", Actors.chair(), NOW));
    }

    @Test
    void anotherPermitIdIsRefused() {
        assertRefused(CONFLICT, "This request holds no such permit to revoke (it is: Permit issued).",
                () -> issued.revokePermit("permit-other", "Because.", Actors.chair(), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"PERMIT_ISSUED", "PERMIT_REVOKED"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyAnIssuedPermitIsRevoked(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);

        assertThat(application.mayRevokePermit(Actors.chair())).isFalse();
        assertRefused(CONFLICT, "This request holds no such permit to revoke (it is: " + application.statusLabel() + ").",
                () -> application.revokePermit(PERMIT_ID, "Because.", Actors.chair(), NOW));
    }
}
