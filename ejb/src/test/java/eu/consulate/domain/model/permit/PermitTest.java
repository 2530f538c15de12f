package eu.consulate.domain.model.permit;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import eu.consulate.domain.model.application.ApplicationHistory;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.DataAccessApplication;

import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_FROM;
import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_ID;
import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_UNTIL;
import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PermitTest {

    private static final Instant DECIDED = Instant.parse("2025-03-20T10:00:00Z");

    private static Permit issuedPermit() {
        return Permit.issue(PERMIT_ID, applicationIn(ApplicationState.LEGAL_CHECK_PASSED), DECIDED, PERMIT_FROM,
                PERMIT_UNTIL);
    }

    @Test
    void permitCopiesHolderCommitteeAndDatasetsFromTheRequest() {
        Permit permit = issuedPermit();

        assertThat(permit.id()).isEqualTo(PERMIT_ID);
        assertThat(permit.applicationId()).isEqualTo(ApplicationHistory.ID);
        assertThat(permit.holder()).isEqualTo("alice");
        assertThat(permit.holderSubject()).isEqualTo("sub-alice");
        assertThat(permit.dacId()).isEqualTo(ApplicationHistory.DAC);
        assertThat(permit.datasetIds()).containsExactly("ds-1", "ds-2");
        assertThat(permit.decidedAt()).isEqualTo(DECIDED);
        assertThat(permit.validFrom()).isEqualTo(PERMIT_FROM);
        assertThat(permit.validUntil()).isEqualTo(PERMIT_UNTIL);
        assertThat(permit.status()).isEqualTo(PermitStatus.ACTIVE);
    }

    @Test
    void permitCanBeBuiltAfterItsEventWasApplied() {
        Permit permit = Permit.issue(PERMIT_ID, applicationIn(ApplicationState.PERMIT_ISSUED), DECIDED, PERMIT_FROM,
                PERMIT_UNTIL);

        assertThat(permit.id()).isEqualTo(PERMIT_ID);
    }

    @Test
    void requestWithAPermitCannotGetASecondOne() {
        DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);

        assertThatThrownBy(() -> Permit.issue("permit-2", issued, DECIDED, PERMIT_FROM, PERMIT_UNTIL))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining(PERMIT_ID);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"LEGAL_CHECK_PASSED", "REVIEW_APPROVED", "PERMIT_ISSUED"},
            mode = EnumSource.Mode.EXCLUDE)
    void noPermitWithoutAPositiveDecision(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);

        assertThatThrownBy(() -> Permit.issue(PERMIT_ID, application, DECIDED, PERMIT_FROM, PERMIT_UNTIL))
                .isInstanceOfSatisfying(ApplicationRuleViolation.class,
                        violation -> assertThat(violation.kind()).isEqualTo(ApplicationRuleViolation.Kind.CONFLICT));
    }

    @Test
    void permitMustEndAfterItStarts() {
        DataAccessApplication passed = applicationIn(ApplicationState.LEGAL_CHECK_PASSED);

        assertThatThrownBy(() -> Permit.issue(PERMIT_ID, passed, DECIDED, PERMIT_FROM, PERMIT_FROM))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void permitIsValidFromItsFirstInstant() {
        Permit permit = issuedPermit();

        assertThat(permit.isValidAt(PERMIT_FROM)).isTrue();
        assertThat(permit.isValidAt(PERMIT_FROM.minusNanos(1))).isFalse();
    }

    @Test
    void permitIsNoLongerValidAtItsEnd() {
        Permit permit = issuedPermit();

        assertThat(permit.isValidAt(PERMIT_UNTIL.minusNanos(1))).isTrue();
        assertThat(permit.isValidAt(PERMIT_UNTIL)).isFalse();
    }

    @Test
    void revokedPermitIsNeverValid() {
        Permit permit = issuedPermit();

        permit.revoke();

        assertThat(permit.status()).isEqualTo(PermitStatus.REVOKED);
        assertThat(permit.isValidAt(PERMIT_FROM.plusSeconds(60))).isFalse();
    }

    @Test
    void restoredPermitKeepsItsStatus() {
        Permit permit = Permit.restore(PERMIT_ID, ApplicationHistory.ID, "alice", "sub-alice", ApplicationHistory.DAC,
                List.of("ds-1"), DECIDED, PERMIT_FROM, PERMIT_UNTIL, PermitStatus.REVOKED);

        assertThat(permit.status()).isEqualTo(PermitStatus.REVOKED);
        assertThat(permit.isValidAt(PERMIT_FROM)).isFalse();
    }
}
