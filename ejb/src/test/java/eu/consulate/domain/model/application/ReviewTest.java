package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;

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

class ReviewTest {

    private static final Instant NOW = Instant.parse("2025-05-05T12:00:00Z");
    private static final String NOT_A_REVIEWER =
            "Only members of the committee that owns the datasets can review this request.";

    private final DataAccessApplication submitted = applicationIn(ApplicationState.SUBMITTED);

    @Test
    void committeeMemberApproves() {
        List<ApplicationEvent> events = submitted.approveReview(new ApproveReview(" Fine. "), Actors.member(), NOW);

        assertThat(events).containsExactly(new ReviewApproved(ApplicationHistory.ID, "bob", NOW, "Fine."));
        assertThat(submitted.apply(events).state()).isEqualTo(ApplicationState.REVIEW_APPROVED);
    }

    @Test
    void committeeChairRejectsWithStrippedReason() {
        List<ApplicationEvent> events = submitted.rejectReview(new RejectReview(" Out of scope. "), Actors.chair(), NOW);

        assertThat(events).containsExactly(new ReviewRejected(ApplicationHistory.ID, "dana", NOW, "Out of scope."));
        DataAccessApplication rejected = submitted.apply(events);
        assertThat(rejected.state()).isEqualTo(ApplicationState.REVIEW_REJECTED);
        assertThat(rejected.rejectionReason()).contains("Out of scope.");
    }

    @Test
    void approvalWithoutCommentStoresEmptyText() {
        ReviewApproved approved = (ReviewApproved) submitted.approveReview(new ApproveReview(null), Actors.member(), NOW)
                .get(0);

        assertThat(approved.comment()).isEmpty();
    }

    @Test
    void applicantCannotReviewOwnRequest() {
        Actor alice = Actors.applicantWithAllRoles();

        assertRefused(FORBIDDEN, "You cannot act for the committee on your own request.",
                () -> submitted.approveReview(new ApproveReview(""), alice, NOW));
        assertRefused(FORBIDDEN, "You cannot act for the committee on your own request.",
                () -> submitted.rejectReview(new RejectReview("Mine."), alice, NOW));
    }

    @Test
    void memberOfAnotherDacCannotApprove() {
        assertRefused(FORBIDDEN, NOT_A_REVIEWER,
                () -> submitted.approveReview(new ApproveReview(""), Actors.memberOfOtherDac(), NOW));
    }

    @Test
    void memberOfAnotherDacCannotReject() {
        assertRefused(FORBIDDEN, NOT_A_REVIEWER,
                () -> submitted.rejectReview(new RejectReview("No."), Actors.memberOfOtherDac(), NOW));
    }

    @Test
    void committeeListingWithoutReviewerRoleCannotReview() {
        assertRefused(FORBIDDEN, NOT_A_REVIEWER,
                () -> submitted.approveReview(new ApproveReview(""), Actors.listedWithoutReviewerRole(), NOW));
    }

    @Test
    void legalOfficerAndAdminCannotReview() {
        assertRefused(FORBIDDEN, NOT_A_REVIEWER,
                () -> submitted.approveReview(new ApproveReview(""), Actors.legalOfficer(), NOW));
        assertRefused(FORBIDDEN, NOT_A_REVIEWER,
                () -> submitted.approveReview(new ApproveReview(""), Actors.admin(), NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \t ")
    void rejectionWithoutReasonIsRefused(String reason) {
        assertRefused(INVALID_INPUT, "A rejection needs a reason.",
                () -> submitted.rejectReview(new RejectReview(reason), Actors.member(), NOW));
    }

    @Test
    void commentLongerThan2000CharactersIsRefused() {
        assertRefused(INVALID_INPUT, "A comment can be at most 2000 characters long.",
                () -> submitted.approveReview(new ApproveReview("c".repeat(2001)), Actors.member(), NOW));
    }

    @Test
    void reasonLongerThan2000CharactersIsRefused() {
        assertRefused(INVALID_INPUT, "A reason can be at most 2000 characters long.",
                () -> submitted.rejectReview(new RejectReview("r".repeat(2001)), Actors.member(), NOW));
    }

    @Test
    void remarksOf2000CharactersAreAccepted() {
        assertThat(submitted.approveReview(new ApproveReview("c".repeat(2000)), Actors.member(), NOW)).hasSize(1);
        assertThat(submitted.rejectReview(new RejectReview("r".repeat(2000)), Actors.member(), NOW)).hasSize(1);
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = "SUBMITTED", mode = EnumSource.Mode.EXCLUDE)
    void reviewOutsideSubmittedIsAConflict(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);
        String message = "This request is not awaiting a committee review (it is: " + application.statusLabel() + ").";

        assertRefused(CONFLICT, message, () -> application.approveReview(new ApproveReview(""), Actors.member(), NOW));
        assertRefused(CONFLICT, message, () -> application.rejectReview(new RejectReview("No."), Actors.member(), NOW));
    }

    @Test
    void secondReviewAfterApprovalIsAConflict() {
        DataAccessApplication approved = submitted.apply(
                submitted.approveReview(new ApproveReview(""), Actors.member(), NOW));

        assertRefused(CONFLICT, "This request is not awaiting a committee review (it is: Awaiting legal check).",
                () -> approved.rejectReview(new RejectReview("Changed my mind."), Actors.chair(), NOW));
    }
}
