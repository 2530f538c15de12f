package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_ID;
import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_UNTIL;
import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.application.AmendPermit.DatasetRef;
import org.junit.jupiter.api.Test;

class PermitChangeRequestTest {

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant LATER = PERMIT_UNTIL.plusSeconds(90L * 86400);

    private final DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);

    private DataAccessApplication askedForExtension() {
        return issued.apply(issued.requestPermitChange(PERMIT_ID, "change-1", "extension", LATER, List.of(),
                "The cohort grew.", Actors.applicant(), NOW));
    }

    @Test
    void theHolderAsksForAnExtensionAndItWaits() {
        List<ApplicationEvent> events = issued.requestPermitChange(PERMIT_ID, "change-1", "extension", LATER, List.of(),
                " The cohort grew. ", Actors.applicant(), NOW);

        assertThat(events).containsExactly(new PermitChangeRequested(ApplicationHistory.ID, Actors.applicant().subject(),
                NOW, PERMIT_ID, "change-1", "extension", LATER, List.of(), "The cohort grew."));
        DataAccessApplication asked = issued.apply(events);
        assertThat(asked.pendingPermitChange()).map(PermitChangeRequested::changeId).contains("change-1");
        assertRefused(CONFLICT, "A change of this permit is already waiting for the committee's decision.",
                () -> asked.requestPermitChange(PERMIT_ID, "change-2", "extension", LATER, List.of(), "Again.",
                        Actors.applicant(), NOW));
    }

    @Test
    void onlyTheHolderAsksAndOnlyForALaterEndOrTheCommitteesDatasets() {
        assertRefused(FORBIDDEN, "Only the permit's holder can ask to change it.", () -> issued.requestPermitChange(
                PERMIT_ID, "c", "extension", LATER, List.of(), "Why.", Actors.otherApplicant(), NOW));
        assertRefused(INVALID_INPUT, "An extension asks for an end later than the permit's current end (" + PERMIT_UNTIL
                + ").", () -> issued.requestPermitChange(PERMIT_ID, "c", "extension", PERMIT_UNTIL, List.of(), "Why.",
                        Actors.applicant(), NOW));
        assertRefused(INVALID_INPUT, "Dataset Foreign belongs to another committee; a permit covers only datasets of "
                + "its own committee.", () -> issued.requestPermitChange(PERMIT_ID, "c", "amendment", null,
                        List.of(new DatasetRef("x", "Foreign", "other-dac")), "Why.", Actors.applicant(), NOW));
        assertRefused(INVALID_INPUT, "A change request is an extension or an amendment, not 'shorter'.",
                () -> issued.requestPermitChange(PERMIT_ID, "c", "shorter", LATER, List.of(), "Why.", Actors.applicant(), NOW));
        assertRefused(INVALID_INPUT, "A change request needs a reason: the committee reads it.",
                () -> issued.requestPermitChange(PERMIT_ID, "c", "extension", LATER, List.of(), " ", Actors.applicant(), NOW));
    }

    @Test
    void theChairApprovesAndThePermitIsExtendedInTheSameDecision() {
        DataAccessApplication asked = askedForExtension();

        List<ApplicationEvent> events = asked.decidePermitChange(PERMIT_ID, "change-1", true, "", List.of(),
                Actors.chair(), NOW);

        assertThat(events).extracting(ApplicationEvent::type).containsExactly("permit-change-decided", "permit-extended");
        assertThat(((PermitExtended) events.get(1)).validUntil()).isEqualTo(LATER);
        DataAccessApplication decided = asked.apply(events);
        assertThat(decided.pendingPermitChange()).isEmpty();
        assertThat(decided.permitValidUntil()).contains(LATER);
    }

    @Test
    void anAmendmentRequestApprovedCoversTheAskedDatasetsAndKeepsTheConditions() {
        String dac = issued.dacId();
        List<DatasetRef> asked = List.of(new DatasetRef("ds-1", "One", dac), new DatasetRef("ds-9", "Nine", dac));
        DataAccessApplication waiting = issued.apply(issued.requestPermitChange(PERMIT_ID, "change-1", "amendment", null,
                asked, "Add the follow-up.", Actors.applicant(), NOW));

        List<ApplicationEvent> events = waiting.decidePermitChange(PERMIT_ID, "change-1", true, "Fine.", asked,
                Actors.admin(), NOW);

        assertThat(events.get(1)).isEqualTo(new PermitAmended(ApplicationHistory.ID, Actors.admin().subject(), NOW,
                PERMIT_ID, List.of("ds-1", "ds-9"), List.of(), "Fine."));
    }

    @Test
    void aRefusalNeedsAReasonAndOnlyTheChairOrAdministratorDecides() {
        DataAccessApplication asked = askedForExtension();

        assertRefused(INVALID_INPUT, "A refusal needs a reason: the holder reads it.",
                () -> asked.decidePermitChange(PERMIT_ID, "change-1", false, " ", List.of(), Actors.chair(), NOW));
        assertRefused(FORBIDDEN, "Only the committee's chair or one of its administrators can decide on changes of its permits.",
                () -> asked.decidePermitChange(PERMIT_ID, "change-1", true, "", List.of(), Actors.member(), NOW));
        assertRefused(CONFLICT, "No such change request is waiting for a decision.",
                () -> asked.decidePermitChange(PERMIT_ID, "change-2", true, "", List.of(), Actors.chair(), NOW));
        List<ApplicationEvent> refused = asked.decidePermitChange(PERMIT_ID, "change-1", false, "Not now.", List.of(),
                Actors.chair(), NOW);
        assertThat(refused).containsExactly(new PermitChangeDecided(ApplicationHistory.ID, Actors.chair().subject(), NOW,
                PERMIT_ID, "change-1", false, "Not now."));
        assertThat(asked.apply(refused).permitValidUntil()).contains(PERMIT_UNTIL);
    }

    @Test
    void theTimerMarksAWaitingRequestOverdueOnceAndADecidedOneNot() {
        DataAccessApplication asked = askedForExtension();

        List<ApplicationEvent> overdue = asked.permitChangeOverdue("change-1", Actor.system(), NOW);
        assertThat(overdue).containsExactly(new PermitChangeOverdue(ApplicationHistory.ID, Actor.SYSTEM, NOW, PERMIT_ID,
                "change-1"));
        DataAccessApplication late = asked.apply(overdue);
        assertThat(late.pendingPermitChangeOverdue()).isTrue();
        assertThat(late.permitChangeOverdue("change-1", Actor.system(), NOW)).isEmpty();
        assertThat(issued.permitChangeOverdue("change-1", Actor.system(), NOW)).isEmpty();
        assertRefused(FORBIDDEN, "Only the change request's timer marks it overdue.",
                () -> asked.permitChangeOverdue("change-1", Actors.chair(), NOW));
    }
}
