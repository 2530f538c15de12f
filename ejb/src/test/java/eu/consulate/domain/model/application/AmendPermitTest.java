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

import eu.consulate.domain.model.application.AmendPermit.DatasetRef;
import eu.consulate.infrastructure.persistence.EventCodec;
import org.junit.jupiter.api.Test;

class AmendPermitTest {

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");

    private final DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);
    private final String dac = issued.dacId();

    private DatasetRef own(String id) {
        return new DatasetRef(id, "Dataset " + id, dac);
    }

    private AmendPermit amendment(List<DatasetRef> datasets, List<String> conditions) {
        return new AmendPermit(datasets, conditions, " Added the follow-up cohort. ");
    }

    @Test
    void chairAddsADatasetAndConditionsAndTheRequestKnowsThePermitsNewContent() {
        List<String> now = issued.permitDatasetIds();
        List<DatasetRef> datasets = new java.util.ArrayList<>(now.stream().map(this::own).toList());
        datasets.add(own("ds-follow-up"));

        List<ApplicationEvent> events = issued.amendPermit(PERMIT_ID,
                amendment(datasets, List.of(" Publish within 12 months. ", "", "Data stay in the EU.")), Actors.chair(), NOW);

        List<String> ids = new java.util.ArrayList<>(now);
        ids.add("ds-follow-up");
        assertThat(events).containsExactly(new PermitAmended(ApplicationHistory.ID, Actors.chair().subject(), NOW,
                PERMIT_ID, ids, List.of("Publish within 12 months.", "Data stay in the EU."),
                "Added the follow-up cohort."));
        DataAccessApplication amended = issued.apply(events);
        assertThat(amended.permitDatasetIds()).containsExactlyElementsOf(ids);
        assertThat(amended.permitConditions()).containsExactly("Publish within 12 months.", "Data stay in the EU.");
        assertThat(amended.state()).isEqualTo(ApplicationState.PERMIT_ISSUED);
    }

    @Test
    void aDatasetOfAnotherCommitteeIsRefused() {
        assertRefused(INVALID_INPUT, "Dataset Foreign exomes belongs to another committee; a permit covers only "
                + "datasets of its own committee.", () -> issued.amendPermit(PERMIT_ID,
                        amendment(List.of(own("ds-1"), new DatasetRef("ds-x", "Foreign exomes", "other-dac")), List.of()),
                        Actors.admin(), NOW));
    }

    @Test
    void noDatasetNothingChangedNoReasonOrTooManyConditionsAreRefused() {
        List<DatasetRef> same = issued.permitDatasetIds().stream().map(this::own).toList();

        assertRefused(INVALID_INPUT, "A permit covers at least one dataset; to end it, revoke it.",
                () -> issued.amendPermit(PERMIT_ID, amendment(List.of(), List.of()), Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "The amendment changes nothing: the permit already covers these datasets with "
                + "these conditions.", () -> issued.amendPermit(PERMIT_ID, amendment(same, List.of(" ")), Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "An amendment needs a reason: the holder reads it.", () -> issued.amendPermit(
                PERMIT_ID, new AmendPermit(same, List.of("New condition."), " "), Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "A permit carries at most 20 conditions.", () -> issued.amendPermit(PERMIT_ID,
                amendment(same, java.util.stream.IntStream.range(0, 21).mapToObj(i -> "Condition " + i).toList()),
                Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "A condition has at most 500 characters.", () -> issued.amendPermit(PERMIT_ID,
                amendment(same, List.of("x".repeat(501))), Actors.chair(), NOW));
    }

    @Test
    void onlyTheChairOrAnAdministratorAndNotARevokedPermit() {
        AmendPermit change = amendment(List.of(own("ds-other")), List.of());
        for (Actor who : List.of(Actors.member(), Actors.applicant(), Actors.legalOfficer())) {
            assertRefused(FORBIDDEN, "Only the committee's chair or one of its administrators can amend its permits.",
                    () -> issued.amendPermit(PERMIT_ID, change, who, NOW));
        }
        DataAccessApplication revoked = issued.apply(issued.revokePermit(PERMIT_ID, "Breach.", Actors.chair(), NOW));
        assertRefused(CONFLICT, "This permit was revoked; a revoked permit cannot be changed.",
                () -> revoked.amendPermit(PERMIT_ID, change, Actors.chair(), NOW));
    }

    @Test
    void theEventIsStoredAndReadBackUnchanged() {
        PermitAmended event = new PermitAmended("app", "chris", NOW, "permit-1", List.of("d1", "d2"),
                List.of("Publish \"openly\"."), "More data.");

        assertThat(EventCodec.event(PermitAmended.TYPE, "app", "chris", NOW, EventCodec.payload(event))).isEqualTo(event);
    }
}
