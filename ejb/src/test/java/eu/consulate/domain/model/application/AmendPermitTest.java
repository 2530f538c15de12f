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
        assertRefused(INVALID_INPUT, "The amendment changes nothing: the permit already covers these datasets, with "
                + "these holders and these conditions.", () -> issued.amendPermit(PERMIT_ID, amendment(same, List.of(" ")), Actors.chair(), NOW));
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

    @Test
    void chairAddsAndRemovesCoHoldersWhoSignedInButNotTheApplicantOrAStranger() {
        List<DatasetRef> same = issued.permitDatasetIds().stream().map(this::own).toList();
        AmendPermit addTwo = new AmendPermit(same, List.of(), "Team grew.",
                List.of(new AmendPermit.HolderRef("sub-bea", true), new AmendPermit.HolderRef("sub-cem", true)), List.of());

        List<ApplicationEvent> events = issued.amendPermit(PERMIT_ID, addTwo, Actors.chair(), NOW);

        DataAccessApplication withTwo = issued.apply(events);
        assertThat(withTwo.permitCoHolders()).containsExactly("sub-bea", "sub-cem");
        Actor bea = new Actor("sub-bea", java.util.Set.of(Actor.APPLICANT), java.util.Set.of());
        assertThat(issued.canBeSeenBy(bea)).isFalse();
        assertThat(withTwo.canBeSeenBy(bea)).isTrue();
        assertThat(withTwo.maySeeVotes(bea)).isFalse();
        DataAccessApplication withOne = withTwo.apply(withTwo.amendPermit(PERMIT_ID, new AmendPermit(same, List.of(),
                "Cem left.", List.of(new AmendPermit.HolderRef("sub-bea", true)), List.of()), Actors.admin(), NOW));
        assertThat(withOne.permitCoHolders()).containsExactly("sub-bea");
        // leaving the co-holders out keeps them
        DataAccessApplication kept = withOne.apply(withOne.amendPermit(PERMIT_ID,
                amendment(same, List.of("Share results.")), Actors.chair(), NOW));
        assertThat(kept.permitCoHolders()).containsExactly("sub-bea");

        assertRefused(INVALID_INPUT, "Nobody with the identity sub-zed has signed in to Consulate yet; a co-holder signs "
                + "in once before they can be added.", () -> issued.amendPermit(PERMIT_ID, new AmendPermit(same, List.of(),
                        "x", List.of(new AmendPermit.HolderRef("sub-zed", false)), List.of()), Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "The applicant holds the permit already; co-holders are the other people who use the data.",
                () -> issued.amendPermit(PERMIT_ID, new AmendPermit(same, List.of(), "x",
                        List.of(new AmendPermit.HolderRef(issued.applicantSubject(), true)), List.of()), Actors.chair(), NOW));
    }

    @Test
    void aDatasetWhoseTimeLimitOnUseEndsBeforeThePermitIsRefusedOneThatLastsIsTakenWithItsConditions() {
        // the permit runs 2025-04-01 .. 2026-04-01: 12 months
        List<DatasetRef> withShortLimit = new java.util.ArrayList<>(issued.permitDatasetIds().stream().map(this::own).toList());
        withShortLimit.add(new DatasetRef("ds-ts", "Short-lived cohort", dac, 6));

        assertRefused(INVALID_INPUT, "Dataset Short-lived cohort may be used for 6 months from the permit's start (time "
                + "limit on use, DUO TS), through 2025-09-30; the permit runs through 2026-03-31. It cannot cover that "
                + "dataset.", () -> issued.amendPermit(PERMIT_ID, amendment(withShortLimit, List.of()), Actors.chair(), NOW));

        List<DatasetRef> withLongLimit = new java.util.ArrayList<>(issued.permitDatasetIds().stream().map(this::own).toList());
        withLongLimit.add(new DatasetRef("ds-ts", "Long cohort", dac, 18));
        List<ApplicationEvent> events = issued.amendPermit(PERMIT_ID, new AmendPermit(withLongLimit, List.of(), "Added.",
                null, List.of("Time limit on use (DUO:0000025): use ends at the latest 18 months after the permit's start "
                        + "(Long cohort).")), Actors.chair(), NOW);
        PermitAmended amended = (PermitAmended) events.get(0);
        assertThat(amended.latestEnd()).isEqualTo(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(amended.dataUseConditions()).hasSize(1);
        DataAccessApplication after = issued.apply(events);
        assertThat(after.permitLatestEnd()).contains(Instant.parse("2026-10-01T00:00:00Z"));
        assertThat(after.permitDataUseConditions()).containsExactlyElementsOf(amended.dataUseConditions());
        // and an extension cannot pass it
        assertRefused(INVALID_INPUT, "The permit's datasets may be used through 2026-09-30 at most (time limit on use, "
                + "DUO TS); the permit cannot be extended past that day.", () -> after.extendPermit(PERMIT_ID,
                        Instant.parse("2026-10-02T00:00:00Z"), "Longer.", Actors.chair(), NOW));
        assertThat(after.extendPermit(PERMIT_ID, Instant.parse("2026-10-01T00:00:00Z"), "Through September.",
                Actors.chair(), NOW)).hasSize(1);
    }
}
