package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static eu.consulate.domain.model.application.ApplicationHistory.ID;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ReplayTest {

    private static final Instant SUBMITTED_AT = Instant.parse("2025-05-01T08:00:00Z");

    @Test
    void happyPathEndsWithPermitIssued() {
        List<ApplicationEvent> events = new ArrayList<>(DataAccessApplication.submit(new SubmitApplication(ID,
                "Cancer genomes", "Finding markers for early detection of cancer.", List.of("ds-1", "ds-2"),
                ApplicationHistory.DAC, "sub-alice"), Actors.applicant(), SUBMITTED_AT));

        events.addAll(DataAccessApplication.replay(events)
                .approveReview(new ApproveReview("Good science."), Actors.member(), SUBMITTED_AT.plusSeconds(60)));
        events.addAll(DataAccessApplication.replay(events)
                .passLegalCheck(new PassLegalCheck(""), Actors.legalOfficer(), SUBMITTED_AT.plusSeconds(120)));
        events.addAll(DataAccessApplication.replay(events).issuePermit(new IssuePermit("permit-1",
                SUBMITTED_AT.plusSeconds(180), SUBMITTED_AT.plusSeconds(86_400)), Actor.system(),
                SUBMITTED_AT.plusSeconds(180)));
        DataAccessApplication application = DataAccessApplication.replay(events);

        assertThat(application.state()).isEqualTo(ApplicationState.PERMIT_ISSUED);
        assertThat(application.state().isFinal()).isTrue();
        assertThat(application.version()).isEqualTo(5);
        assertThat(application.id()).isEqualTo(ID);
        assertThat(application.applicant()).isEqualTo("alice");
        assertThat(application.applicantSubject()).isEqualTo("sub-alice");
        assertThat(application.dacId()).isEqualTo(ApplicationHistory.DAC);
        assertThat(application.title()).isEqualTo("Cancer genomes");
        assertThat(application.researchPurpose()).isEqualTo("Finding markers for early detection of cancer.");
        assertThat(application.datasetIds()).containsExactly("ds-1", "ds-2");
        assertThat(application.submittedAt()).isEqualTo(SUBMITTED_AT);
        assertThat(application.decisionAt()).contains(SUBMITTED_AT.plusSeconds(120));
        assertThat(application.lastChangedAt()).isEqualTo(SUBMITTED_AT.plusSeconds(180));
        assertThat(application.permitId()).contains("permit-1");
        assertThat(application.rejectionReason()).isEmpty();
        assertThat(application.history()).extracting(ApplicationEvent::type)
                .containsExactly("created", "submitted", "review-approved", "legal-check-passed", "permit-issued");
    }

    @Test
    void stateIsDerivedFromEventsOnly() {
        ApplicationHistory history = ApplicationHistory.submitted();
        Instant rejectedAt = history.tick();
        List<ApplicationEvent> events = history.then(new ReviewRejected(ID, "dana", rejectedAt, "Out of scope."))
                .events();

        DataAccessApplication first = DataAccessApplication.replay(events);
        DataAccessApplication second = DataAccessApplication.replay(List.copyOf(events));

        assertThat(first.state()).isEqualTo(ApplicationState.REVIEW_REJECTED).isEqualTo(second.state());
        assertThat(first.rejectionReason()).contains("Out of scope.");
        assertThat(first.lastChangedAt()).isEqualTo(rejectedAt);
        assertThat(first.version()).isEqualTo(3);
    }

    @Test
    void commandsDoNotChangeTheApplication() {
        DataAccessApplication submitted = ApplicationHistory.applicationIn(ApplicationState.SUBMITTED);

        submitted.approveReview(new ApproveReview(""), Actors.member(), Instant.now());

        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(submitted.version()).isEqualTo(2);
        assertThat(submitted.history()).hasSize(2);
    }

    @Test
    void applyReturnsTheNewStateAndLeavesTheOldOneAlone() {
        DataAccessApplication submitted = ApplicationHistory.applicationIn(ApplicationState.SUBMITTED);

        DataAccessApplication approved = submitted.apply(
                submitted.approveReview(new ApproveReview(""), Actors.member(), Instant.now()));

        assertThat(approved.state()).isEqualTo(ApplicationState.REVIEW_APPROVED);
        assertThat(approved.version()).isEqualTo(3);
        assertThat(submitted.state()).isEqualTo(ApplicationState.SUBMITTED);
    }

    @Test
    void historyCannotBeModified() {
        DataAccessApplication submitted = ApplicationHistory.applicationIn(ApplicationState.SUBMITTED);

        assertThatThrownBy(() -> submitted.history().clear()).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void replayKeepsItsOwnCopyOfTheEvents() {
        List<ApplicationEvent> events = new ArrayList<>(ApplicationHistory.submitted().events());
        DataAccessApplication submitted = DataAccessApplication.replay(events);

        events.clear();

        assertThat(submitted.version()).isEqualTo(2);
    }

    @Test
    void emptyHistoryIsRefused() {
        assertThatThrownBy(() -> DataAccessApplication.replay(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DataAccessApplication.replay(null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void historyMustStartWithCreation() {
        List<ApplicationEvent> events = List.of(new ApplicationSubmitted(ID, "alice", SUBMITTED_AT));

        assertThatThrownBy(() -> DataAccessApplication.replay(events))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must start with 'created'");
    }

    @Test
    void eventOfAnotherApplicationIsRefused() {
        List<ApplicationEvent> events = ApplicationHistory.created()
                .then(new ApplicationSubmitted("app-2", "alice", SUBMITTED_AT)).events();

        assertThatThrownBy(() -> DataAccessApplication.replay(events))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("app-2");
    }

    @Test
    void historyThatWasNeverSubmittedIsRefused() {
        List<ApplicationEvent> events = ApplicationHistory.created().events();

        assertThatThrownBy(() -> DataAccessApplication.replay(events))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("never submitted");
    }

    @Test
    void eventOutOfOrderIsRefused() {
        ApplicationHistory history = ApplicationHistory.submitted();
        List<ApplicationEvent> events = history.then(new LegalCheckPassed(ID, "lena", history.tick(), "")).events();

        assertThatThrownBy(() -> DataAccessApplication.replay(events))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("cannot follow state SUBMITTED");
    }

    @Test
    void secondCreationIsRefused() {
        List<ApplicationEvent> events = ApplicationHistory.submitted()
                .then(ApplicationHistory.created().events().get(0)).events();

        assertThatThrownBy(() -> DataAccessApplication.replay(events)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void nothingFollowsAFinalState() {
        ApplicationHistory history = ApplicationHistory.upTo(ApplicationState.REVIEW_REJECTED);
        List<ApplicationEvent> events = history.then(new ReviewApproved(ID, "bob", history.tick(), "")).events();

        assertThatThrownBy(() -> DataAccessApplication.replay(events)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void failedLegalCheckRecordsItsReason() {
        DataAccessApplication failed = ApplicationHistory.submitted().reviewApproved()
                .legalCheckFailed("No ethics approval.").replay();

        assertThat(failed.state()).isEqualTo(ApplicationState.LEGAL_CHECK_FAILED);
        assertThat(failed.rejectionReason()).contains("No ethics approval.");
    }
}
