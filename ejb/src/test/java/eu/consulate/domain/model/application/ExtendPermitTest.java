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

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExtendPermitTest {

    private static final Instant NOW = Instant.parse("2025-06-01T09:00:00Z");
    private static final Instant LATER = PERMIT_UNTIL.plusSeconds(180L * 86400);
    private static final String WHO = "Only the committee's chair or one of its administrators can extend its permits.";
    private static final String WHEN = "The new end must be later than the permit's current end (" + PERMIT_UNTIL
            + ") and than now.";

    private final DataAccessApplication issued = applicationIn(ApplicationState.PERMIT_ISSUED);

    @Test
    void chairExtendsToALaterEndWithAReason() {
        List<ApplicationEvent> events = issued.extendPermit(PERMIT_ID, LATER, " Follow-up study approved. ",
                Actors.chair(), NOW);

        assertThat(events).containsExactly(new PermitExtended(ApplicationHistory.ID, Actors.chair().subject(), NOW,
                PERMIT_ID, LATER, "Follow-up study approved."));
        DataAccessApplication extended = issued.apply(events);
        assertThat(extended.state()).isEqualTo(ApplicationState.PERMIT_ISSUED);
        assertThat(extended.permitValidUntil()).contains(LATER);
        assertThat(extended.permitId()).contains(PERMIT_ID);
    }

    @Test
    void theEndOfTheIssuedPermitIsKnownBeforeAnyExtension() {
        assertThat(issued.permitValidUntil()).contains(PERMIT_UNTIL);
        assertThat(applicationIn(ApplicationState.SUBMITTED).permitValidUntil()).isEmpty();
    }

    @Test
    void aSecondExtensionMustEndLaterThanTheFirst() {
        DataAccessApplication extended = issued.apply(issued.extendPermit(PERMIT_ID, LATER, "More time.",
                Actors.admin(), NOW));

        assertRefused(INVALID_INPUT, "The new end must be later than the permit's current end (" + LATER
                + ") and than now.", () -> extended.extendPermit(PERMIT_ID, LATER, "Again.", Actors.chair(), NOW));
        assertThat(extended.extendPermit(PERMIT_ID, LATER.plusSeconds(1), "Again.", Actors.chair(), NOW))
                .singleElement().isInstanceOf(PermitExtended.class);
    }

    @Test
    void anEndThatIsNotLaterIsRefused() {
        assertRefused(INVALID_INPUT, WHEN, () -> issued.extendPermit(PERMIT_ID, PERMIT_UNTIL, "Same.", Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, WHEN,
                () -> issued.extendPermit(PERMIT_ID, PERMIT_UNTIL.minusSeconds(1), "Shorter.", Actors.chair(), NOW));
        // a permit that already ended may get a new end, but not one in the past
        Instant afterTheEnd = PERMIT_UNTIL.plusSeconds(10 * 86400);
        assertRefused(INVALID_INPUT, WHEN,
                () -> issued.extendPermit(PERMIT_ID, afterTheEnd.minusSeconds(1), "Past.", Actors.chair(), afterTheEnd));
        assertRefused(INVALID_INPUT, "A permit can be extended to at most 3650 days from now.",
                () -> issued.extendPermit(PERMIT_ID, NOW.plusSeconds(3651L * 86400), "A typo.", Actors.chair(), NOW));
        assertRefused(INVALID_INPUT, "An extension needs the permit's new end.",
                () -> issued.extendPermit(PERMIT_ID, null, "No end.", Actors.chair(), NOW));
    }

    @Test
    void anExtensionNeedsAReason() {
        assertRefused(INVALID_INPUT, "An extension needs a reason: the holder reads it.",
                () -> issued.extendPermit(PERMIT_ID, LATER, " ", Actors.chair(), NOW));
    }

    @Test
    void nobodyElseExtends() {
        for (Actor actor : List.of(Actors.member(), Actors.legalOfficer(), Actors.applicant(), Actors.adminOfOtherDac(),
                Actors.memberOfOtherDac(), Actor.system())) {
            assertRefused(FORBIDDEN, WHO, () -> issued.extendPermit(PERMIT_ID, LATER, "Because.", actor, NOW));
        }
    }

    @Test
    void aRevokedPermitIsNotExtended() {
        assertRefused(CONFLICT, "This permit was revoked; a revoked permit cannot be changed.",
                () -> applicationIn(ApplicationState.PERMIT_REVOKED).extendPermit(PERMIT_ID, LATER, "Undo.",
                        Actors.chair(), NOW));
    }

    @Test
    void anotherPermitIdIsRefused() {
        assertRefused(CONFLICT, "This request holds no such permit to extend (it is: Permit issued).",
                () -> issued.extendPermit("other-permit", LATER, "Wrong id.", Actors.chair(), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"PERMIT_ISSUED", "PERMIT_REVOKED"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyAnIssuedPermitIsExtended(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);
        assertThat(org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> application.extendPermit(PERMIT_ID, LATER, "Early.", Actors.chair(), NOW),
                ApplicationRuleViolation.class).kind()).isEqualTo(CONFLICT);
    }

    @Test
    void theExtensionIsReplayedFromTheEvents() {
        List<ApplicationEvent> events = issued.extendPermit(PERMIT_ID, LATER, "More time.", Actors.chair(), NOW);
        DataAccessApplication replayed = ApplicationHistory.upTo(ApplicationState.PERMIT_ISSUED).then(events.get(0))
                .replay();

        assertThat(replayed.permitValidUntil()).contains(LATER);
        assertThat(replayed.version()).isEqualTo(issued.version() + 1);
    }
}
