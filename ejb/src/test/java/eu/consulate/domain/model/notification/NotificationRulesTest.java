package eu.consulate.domain.model.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.consulate.domain.model.application.ApplicationHistory;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.ApplicationSubmitted;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.DecisionOverdue;
import eu.consulate.domain.model.application.PermitAmended;
import eu.consulate.domain.model.application.PermitRevoked;
import eu.consulate.domain.model.application.ReturnedForChanges;
import eu.consulate.domain.model.application.StepKind;
import eu.consulate.domain.model.application.StepOpened;
import eu.consulate.domain.model.dac.DacRole;
import org.junit.jupiter.api.Test;

class NotificationRulesTest {

    private static final Instant AT = Instant.parse("2026-11-27T10:00:00Z");
    private static final Map<String, Set<DacRole>> SEATS = Map.of(
            "bob", EnumSet.of(DacRole.MEMBER),
            "dana", EnumSet.of(DacRole.MEMBER, DacRole.CHAIR),
            "lena", EnumSet.of(DacRole.LEGAL_OFFICER),
            "adam", EnumSet.of(DacRole.ADMIN));

    private final DataAccessApplication submitted = ApplicationHistory.applicationIn(ApplicationState.SUBMITTED);
    private final String applicant = submitted.applicantSubject();

    private static List<String> who(List<Notice> notices) {
        return notices.stream().map(n -> n.topic().key() + " " + n.subject() + " " + n.area()).toList();
    }

    @Test
    void aSubmissionConfirmsToTheApplicantAndTellsTheReviewersNotLegalOrAdministration() {
        List<Notice> notices = NotificationRules.of(new ApplicationSubmitted(ApplicationHistory.ID, applicant, AT),
                submitted, SEATS);

        assertThat(who(notices)).containsExactlyInAnyOrder("request-submitted " + applicant + " APPLICANT",
                "request-new bob COMMITTEE", "request-new dana COMMITTEE");
    }

    @Test
    void openStepsReachWhoTakesThemAndNobodyHearsOfWhatTheyDidThemselves() {
        assertThat(who(NotificationRules.of(new StepOpened(ApplicationHistory.ID, "system", AT, "vote", StepKind.VOTE,
                Map.of()), submitted, SEATS))).containsExactlyInAnyOrder("vote-open bob COMMITTEE", "vote-open dana COMMITTEE");
        assertThat(who(NotificationRules.of(new StepOpened(ApplicationHistory.ID, "system", AT, "legal", StepKind.LEGAL_CHECK,
                Map.of()), submitted, SEATS))).containsExactly("legal-check-waiting lena COMMITTEE");
        assertThat(who(NotificationRules.of(new ReturnedForChanges(ApplicationHistory.ID, "bob", AT, "Add the protocol."),
                submitted, SEATS))).containsExactly("request-returned " + applicant + " APPLICANT");
        assertThat(who(NotificationRules.of(new DecisionOverdue(ApplicationHistory.ID, "system", AT), submitted, SEATS)))
                .containsExactlyInAnyOrder("decision-overdue dana COMMITTEE", "decision-overdue adam ADMIN");
    }

    @Test
    void permitEventsReachTheApplicantAndEveryCoHolderAndDownstreamSystems() {
        DataAccessApplication issued = ApplicationHistory.applicationIn(ApplicationState.PERMIT_ISSUED);
        DataAccessApplication shared = issued.apply(List.of(new PermitAmended(ApplicationHistory.ID, "dana", AT,
                ApplicationHistory.PERMIT_ID, issued.permitDatasetIds(), List.of(), "Team.", List.of("bea"), List.of(), null)));
        PermitRevoked revoked = new PermitRevoked(ApplicationHistory.ID, "dana", AT, ApplicationHistory.PERMIT_ID, "Breach.");

        assertThat(who(NotificationRules.of(revoked, shared, SEATS))).containsExactly(
                "permit-revoked " + issued.applicantSubject() + " APPLICANT", "permit-revoked bea APPLICANT");
        assertThat(NotificationRules.downstreamTopic(revoked)).contains(Topic.PERMIT_REVOKED);
        assertThat(NotificationRules.downstreamTopic(new ReturnedForChanges(ApplicationHistory.ID, "bob", AT, "x"))).isEmpty();
    }

    @Test
    void aReminderReachesWhoeverTakesTheOpenStepAndAClosedVoteIsADecision() {
        DataAccessApplication voting = submitted.apply(List.of(new StepOpened(ApplicationHistory.ID, "system", AT, "vote",
                StepKind.VOTE, Map.of())));
        DataAccessApplication legalCheck = submitted.apply(List.of(new StepOpened(ApplicationHistory.ID, "system", AT,
                "legal", StepKind.LEGAL_CHECK, Map.of())));
        var reminder = new eu.consulate.domain.model.application.ReminderDue(ApplicationHistory.ID, "system", AT, "vote");

        assertThat(who(NotificationRules.of(reminder, voting, SEATS)))
                .containsExactlyInAnyOrder("reminder bob COMMITTEE", "reminder dana COMMITTEE");
        assertThat(who(NotificationRules.of(reminder, legalCheck, SEATS))).containsExactly("reminder lena COMMITTEE");
        var closed = new eu.consulate.domain.model.application.VoteClosed(ApplicationHistory.ID, "dana", AT, false, 1, 2, 0, 0,
                "Not covered by the consent.");
        assertThat(who(NotificationRules.of(closed, voting, SEATS))).containsExactly("request-decided " + applicant + " APPLICANT");
        assertThat(NotificationRules.downstreamTopic(closed)).contains(Topic.REQUEST_DECIDED);
    }
}
