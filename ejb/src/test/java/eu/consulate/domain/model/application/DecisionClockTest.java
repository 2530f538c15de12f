package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What the lists read of a request: when it was decided, when its decision is due, who approved the review. */
class DecisionClockTest {

    @Test
    void aPendingDecisionIsDueThreeCalendarMonthsAfterSubmission() {
        // submitted 2025-03-01 09:00 UTC: due 2025-06-01 09:00 UTC (not 90 days)
        assertThat(applicationIn(ApplicationState.SUBMITTED).decisionDueAt())
                .contains(Instant.parse("2025-06-01T09:00:00Z"));
        assertThat(applicationIn(ApplicationState.REVIEW_APPROVED).decisionDueAt())
                .contains(Instant.parse("2025-06-01T09:00:00Z"));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"REVIEW_REJECTED", "LEGAL_CHECK_PASSED", "LEGAL_CHECK_FAILED",
            "PERMIT_ISSUED"})
    void aDecidedRequestHasADecisionTimeAndNoDeadline(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);

        assertThat(state.isDecided()).isTrue();
        assertThat(application.decidedAt()).isPresent();
        assertThat(application.decisionDueAt()).isEmpty();
    }

    @Test
    void theDecisionIsTheEventThatSettledTheOutcomeNotThePermitThatFollowed() {
        DataAccessApplication passed = applicationIn(ApplicationState.LEGAL_CHECK_PASSED);
        DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);

        assertThat(issued.decidedAt()).isEqualTo(passed.decidedAt());
        assertThat(issued.lastChangedAt()).isAfter(issued.decidedAt().orElseThrow());
    }

    @Test
    void pendingRequestsAreUndecidedAndRememberWhoApprovedTheReview() {
        assertThat(applicationIn(ApplicationState.SUBMITTED).decidedAt()).isEmpty();
        assertThat(applicationIn(ApplicationState.SUBMITTED).reviewApprovedBy()).isEmpty();
        assertThat(applicationIn(ApplicationState.REVIEW_APPROVED).decidedAt()).isEmpty();
        assertThat(applicationIn(ApplicationState.REVIEW_APPROVED).reviewApprovedBy()).contains("bob");
    }
}
