package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** Issue 8: the applicant withdraws a request at any point before it is decided. */
class WithdrawTest {

    private static final Instant NOW = ApplicationHistory.START.plusSeconds(86_400);

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"SUBMITTED", "RETURNED", "REVIEW_APPROVED"})
    void theApplicantWithdrawsAnUndecidedRequest(ApplicationState state) {
        DataAccessApplication request = ApplicationHistory.upTo(state).replay();
        assertThat(request.mayBeWithdrawnBy(Actors.applicant())).isTrue();

        List<ApplicationEvent> events = request.withdraw("  Funding ended.  ", Actors.applicant(), NOW);

        assertThat(events).containsExactly(new Withdrawn(ApplicationHistory.ID, "alice", NOW, "Funding ended."));
        DataAccessApplication withdrawn = ApplicationHistory.upTo(state).then(events.get(0)).replay();
        assertThat(withdrawn.state()).isEqualTo(ApplicationState.WITHDRAWN);
        assertThat(withdrawn.openStep()).isEmpty();
        assertThat(withdrawn.mayBeWithdrawnBy(Actors.applicant())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"SUBMITTED", "RETURNED", "REVIEW_APPROVED", "AWAITING_SIGNATURE"},
            mode = EnumSource.Mode.EXCLUDE)
    void aDecidedOrEndedRequestCannotBeWithdrawn(ApplicationState state) {
        DataAccessApplication request = ApplicationHistory.upTo(state).replay();
        assertThat(request.mayBeWithdrawnBy(Actors.applicant())).isFalse();

        assertRefused(ApplicationRuleViolation.Kind.CONFLICT,
                "This request can no longer be withdrawn (it is: " + request.statusLabel() + ").",
                () -> request.withdraw("", Actors.applicant(), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"SUBMITTED", "RETURNED"})
    void nobodyButTheApplicantWithdraws(ApplicationState state) {
        DataAccessApplication request = ApplicationHistory.upTo(state).replay();
        for (Actor other : List.of(Actors.otherApplicant(), Actors.chair(), Actors.admin(), Actors.member())) {
            assertThat(request.mayBeWithdrawnBy(other)).isFalse();
            assertRefused(ApplicationRuleViolation.Kind.FORBIDDEN, "Only the applicant can withdraw the request.",
                    () -> request.withdraw("", other, NOW));
        }
    }
}
