package eu.consulate.domain.model.application;

import java.util.List;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static org.assertj.core.api.Assertions.assertThat;

class VisibilityTest {

    @ParameterizedTest
    @EnumSource(ApplicationState.class)
    void applicantSeesOwnRequestAlways(ApplicationState state) {
        assertThat(applicationIn(state).canBeSeenBy(Actors.applicant())).isTrue();
    }

    @Test
    void otherApplicantDoesNotSeeTheRequest() {
        assertThat(applicationIn(ApplicationState.PERMIT_ISSUED).canBeSeenBy(Actors.otherApplicant())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"AWAITING_SIGNATURE", "SIGNATURE_DECLINED"},
            mode = EnumSource.Mode.EXCLUDE)
    void membersAndChairOfTheOwningCommitteeSeeTheRequest(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);

        assertThat(application.canBeSeenBy(Actors.member())).isTrue();
        assertThat(application.canBeSeenBy(Actors.chair())).isTrue();
    }

    @Test
    void memberOfAnotherCommitteeDoesNotSeeTheRequest() {
        assertThat(applicationIn(ApplicationState.SUBMITTED).canBeSeenBy(Actors.memberOfOtherDac())).isFalse();
    }

    @Test
    void committeeListingWithoutReviewerRoleDoesNotShowTheRequest() {
        assertThat(applicationIn(ApplicationState.SUBMITTED).canBeSeenBy(Actors.listedWithoutReviewerRole())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"SUBMITTED", "RETURNED", "REVIEW_REJECTED", "REJECTED_BY_ETHICS",
            "LAPSED", "WITHDRAWN", "AWAITING_SIGNATURE", "SIGNATURE_DECLINED"})
    void legalOfficerDoesNotSeeRequestsTheCommitteeHasNotApproved(ApplicationState state) {
        assertThat(applicationIn(state).canBeSeenBy(Actors.legalOfficer())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"SUBMITTED", "RETURNED", "REVIEW_REJECTED", "REJECTED_BY_ETHICS",
            "LAPSED", "WITHDRAWN", "AWAITING_SIGNATURE", "SIGNATURE_DECLINED"}, mode = EnumSource.Mode.EXCLUDE)
    void legalOfficerSeesRequestsOnceTheCommitteeApproved(ApplicationState state) {
        assertThat(applicationIn(state).canBeSeenBy(Actors.legalOfficer())).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"AWAITING_SIGNATURE", "SIGNATURE_DECLINED"},
            mode = EnumSource.Mode.EXCLUDE)
    void administratorOfTheCommitteeSeesEveryRequestOfItButNoOtherAdministrator(ApplicationState state) {
        assertThat(applicationIn(state).canBeSeenBy(Actors.admin())).isTrue();
        assertThat(applicationIn(state).canBeSeenBy(Actors.adminOfOtherDac())).isFalse();
        assertThat(applicationIn(state).canBeSeenBy(Actors.legalOfficerOfOtherDac())).isFalse();
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"AWAITING_SIGNATURE", "SIGNATURE_DECLINED"})
    void theCommitteeDoesNotSeeARequestBeforeItsSigningOfficialConfirmedIt(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);

        assertThat(application.canBeSeenBy(Actors.applicant())).isTrue();
        for (Actor committee : List.of(Actors.member(), Actors.chair(), Actors.admin(), Actors.legalOfficer())) {
            assertThat(application.canBeSeenBy(committee)).as(committee.subject()).isFalse();
        }
    }

    @Test
    void workflowEngineIsNotAViewer() {
        assertThat(applicationIn(ApplicationState.LEGAL_CHECK_PASSED).canBeSeenBy(Actor.system())).isFalse();
    }

    @Test
    void submittedRequestIsOnTheReviewListOfItsCommittee() {
        DataAccessApplication submitted = applicationIn(ApplicationState.SUBMITTED);

        assertThat(submitted.isAwaitingReviewBy(Actors.member())).isTrue();
        assertThat(submitted.isAwaitingReviewBy(Actors.chair())).isTrue();
    }

    @Test
    void submittedRequestIsNotOnTheReviewListOfOutsiders() {
        DataAccessApplication submitted = applicationIn(ApplicationState.SUBMITTED);

        assertThat(submitted.isAwaitingReviewBy(Actors.memberOfOtherDac())).isFalse();
        assertThat(submitted.isAwaitingReviewBy(Actors.listedWithoutReviewerRole())).isFalse();
        assertThat(submitted.isAwaitingReviewBy(Actors.legalOfficer())).isFalse();
    }

    @Test
    void ownRequestIsNotOnTheApplicantsReviewList() {
        assertThat(applicationIn(ApplicationState.SUBMITTED).isAwaitingReviewBy(Actors.applicantWithAllRoles()))
                .isFalse();
    }

    @Test
    void reviewedRequestLeavesTheReviewList() {
        assertThat(applicationIn(ApplicationState.REVIEW_APPROVED).isAwaitingReviewBy(Actors.member())).isFalse();
    }

    @Test
    void approvedRequestIsOnTheLegalCheckList() {
        assertThat(applicationIn(ApplicationState.REVIEW_APPROVED).isAwaitingLegalCheckBy(Actors.legalOfficer()))
                .isTrue();
    }

    @Test
    void requestIsOnTheLegalCheckListOnlyWhileAwaitingIt() {
        assertThat(applicationIn(ApplicationState.SUBMITTED).isAwaitingLegalCheckBy(Actors.legalOfficer())).isFalse();
        assertThat(applicationIn(ApplicationState.LEGAL_CHECK_PASSED).isAwaitingLegalCheckBy(Actors.legalOfficer()))
                .isFalse();
    }

    @Test
    void legalCheckListIsForLegalOfficersOnly() {
        assertThat(applicationIn(ApplicationState.REVIEW_APPROVED).isAwaitingLegalCheckBy(Actors.member())).isFalse();
    }

    @Test
    void ownRequestIsNotOnTheApplicantsLegalCheckList() {
        Actor aliceAsLegalOfficer = new Actor("alice", "alice", Set.of(Actor.LEGAL_OFFICER),
                java.util.Map.of(ApplicationHistory.DAC, Set.of(eu.consulate.domain.model.dac.DacRole.LEGAL_OFFICER)));

        assertThat(applicationIn(ApplicationState.REVIEW_APPROVED).isAwaitingLegalCheckBy(aliceAsLegalOfficer))
                .isFalse();
    }
}
