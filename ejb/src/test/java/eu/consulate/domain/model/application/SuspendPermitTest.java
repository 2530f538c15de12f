package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_ID;
import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

class SuspendPermitTest {

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);

    @Test
    void chairSuspendsAndResumesWithReasons() {
        List<ApplicationEvent> suspension = issued.suspendPermit(PERMIT_ID, " A breach is examined. ", Actors.chair(), NOW);
        assertThat(suspension).containsExactly(new PermitSuspended(ApplicationHistory.ID, Actors.chair().subject(), NOW,
                PERMIT_ID, "A breach is examined."));
        DataAccessApplication suspended = issued.apply(suspension);
        assertThat(suspended.permitSuspended()).isTrue();
        assertThat(suspended.state()).isEqualTo(ApplicationState.PERMIT_ISSUED);

        List<ApplicationEvent> resumption = suspended.resumePermit(PERMIT_ID, "No breach.", Actors.admin(), NOW);
        assertThat(resumption).containsExactly(new PermitResumed(ApplicationHistory.ID, Actors.admin().subject(), NOW,
                PERMIT_ID, "No breach."));
        assertThat(suspended.apply(resumption).permitSuspended()).isFalse();
    }

    @Test
    void suspendingTwiceOrResumingAnActivePermitIsAConflict() {
        DataAccessApplication suspended = issued.apply(issued.suspendPermit(PERMIT_ID, "Breach?", Actors.chair(), NOW));

        assertRefused(CONFLICT, "This permit is already suspended.",
                () -> suspended.suspendPermit(PERMIT_ID, "Again.", Actors.chair(), NOW));
        assertRefused(CONFLICT, "This permit is not suspended.",
                () -> issued.resumePermit(PERMIT_ID, "Resume.", Actors.chair(), NOW));
    }

    @Test
    void aSuspendedPermitCanBeRevokedButARevokedOneNotSuspended() {
        DataAccessApplication suspended = issued.apply(issued.suspendPermit(PERMIT_ID, "Breach?", Actors.chair(), NOW));
        DataAccessApplication revoked = suspended.apply(suspended.revokePermit(PERMIT_ID, "Breach confirmed.",
                Actors.chair(), NOW));

        assertThat(revoked.state()).isEqualTo(ApplicationState.PERMIT_REVOKED);
        assertRefused(CONFLICT, "This permit was revoked; a revoked permit cannot be changed.",
                () -> revoked.resumePermit(PERMIT_ID, "Undo.", Actors.chair(), NOW));
        assertRefused(CONFLICT, "This permit was revoked; a revoked permit cannot be changed.",
                () -> applicationIn(ApplicationState.PERMIT_REVOKED).suspendPermit(PERMIT_ID, "Why.", Actors.chair(), NOW));
    }

    @Test
    void reasonsAreRequired() {
        assertRefused(INVALID_INPUT, "A suspension needs a reason: the holder reads it.",
                () -> issued.suspendPermit(PERMIT_ID, " ", Actors.chair(), NOW));
        DataAccessApplication suspended = issued.apply(issued.suspendPermit(PERMIT_ID, "Breach?", Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "Resuming a permit needs a reason: the holder reads it.",
                () -> suspended.resumePermit(PERMIT_ID, null, Actors.chair(), NOW));
    }

    @Test
    void nobodyElseSuspendsOrResumes() {
        DataAccessApplication suspended = issued.apply(issued.suspendPermit(PERMIT_ID, "Breach?", Actors.chair(), NOW));
        for (Actor actor : List.of(Actors.member(), Actors.legalOfficer(), Actors.applicant(), Actors.adminOfOtherDac(),
                Actors.memberOfOtherDac(), Actor.system())) {
            assertRefused(FORBIDDEN, "Only the committee's chair or one of its administrators can suspend its permits.",
                    () -> issued.suspendPermit(PERMIT_ID, "Because.", actor, NOW));
            assertRefused(FORBIDDEN, "Only the committee's chair or one of its administrators can resume its permits.",
                    () -> suspended.resumePermit(PERMIT_ID, "Because.", actor, NOW));
        }
    }

    @Test
    void onlyAnIssuedPermitOfThisRequest() {
        assertRefused(CONFLICT, "This request holds no such permit to suspend (it is: Permit issued).",
                () -> issued.suspendPermit("other", "Because.", Actors.chair(), NOW));
        DataAccessApplication submitted = applicationIn(ApplicationState.SUBMITTED);
        assertRefused(CONFLICT, "This request holds no such permit to suspend (it is: " + submitted.statusLabel() + ").",
                () -> submitted.suspendPermit(PERMIT_ID, "Because.", Actors.chair(), NOW));
    }
}
