package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_FROM;
import static eu.consulate.domain.model.application.ApplicationHistory.PERMIT_UNTIL;
import static eu.consulate.domain.model.application.ApplicationHistory.applicationIn;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.CONFLICT;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class IssuePermitTest {

    private static final Instant NOW = Instant.parse("2025-05-07T12:00:00Z");
    private static final IssuePermit ONE_YEAR = new IssuePermit("permit-9", PERMIT_FROM, PERMIT_UNTIL);
    private static final String NOT_ALLOWED = "Only the workflow or a committee administrator can issue a permit.";

    private final DataAccessApplication passed = applicationIn(ApplicationState.LEGAL_CHECK_PASSED);

    @Test
    void workflowEngineIssuesPermit() {
        List<ApplicationEvent> events = passed.issuePermit(ONE_YEAR, Actor.system(), NOW);

        assertThat(events).containsExactly(
                new PermitIssued(ApplicationHistory.ID, "system", NOW, "permit-9", PERMIT_FROM, PERMIT_UNTIL));
        DataAccessApplication issued = passed.apply(events);
        assertThat(issued.state()).isEqualTo(ApplicationState.PERMIT_ISSUED);
        assertThat(issued.permitId()).contains("permit-9");
    }

    @Test
    void committeeAdministratorIssuesPermit() {
        assertThat(passed.issuePermit(ONE_YEAR, Actors.admin(), NOW)).singleElement()
                .extracting(ApplicationEvent::actor).isEqualTo("adam");
    }

    @Test
    void reviewersLegalOfficersAndApplicantCannotIssuePermit() {
        for (Actor actor : List.of(Actors.member(), Actors.chair(), Actors.legalOfficer(), Actors.applicant())) {
            assertRefused(FORBIDDEN, NOT_ALLOWED, () -> passed.issuePermit(ONE_YEAR, actor, NOW));
        }
    }

    @Test
    void userMerelyCalledSystemIsNotTheWorkflowEngine() {
        Actor impostor = new Actor("system", Set.of(Actor.APPLICANT), Set.of());

        assertRefused(FORBIDDEN, NOT_ALLOWED, () -> passed.issuePermit(ONE_YEAR, impostor, NOW));
    }

    @Test
    void permitEndingBeforeItStartsIsRefused() {
        assertRefused(INVALID_INPUT, "A permit must end after it starts.",
                () -> passed.issuePermit(new IssuePermit("permit-9", PERMIT_UNTIL, PERMIT_FROM), Actor.system(), NOW));
    }

    @Test
    void permitEndingWhenItStartsIsRefused() {
        assertRefused(INVALID_INPUT, "A permit must end after it starts.",
                () -> passed.issuePermit(new IssuePermit("permit-9", PERMIT_FROM, PERMIT_FROM), Actor.system(), NOW));
    }

    @Test
    void permitWithoutPeriodOrIdIsRefused() {
        assertRefused(INVALID_INPUT, "A permit needs a start and an end of its validity.",
                () -> passed.issuePermit(new IssuePermit("permit-9", PERMIT_FROM, null), Actor.system(), NOW));
        assertRefused(INVALID_INPUT, "A permit needs an identifier.",
                () -> passed.issuePermit(new IssuePermit(" ", PERMIT_FROM, PERMIT_UNTIL), Actor.system(), NOW));
    }

    @ParameterizedTest
    @EnumSource(value = ApplicationState.class, names = {"LEGAL_CHECK_PASSED", "REVIEW_APPROVED"},
            mode = EnumSource.Mode.EXCLUDE)
    void permitWithoutAPositiveDecisionIsAConflict(ApplicationState state) {
        DataAccessApplication application = applicationIn(state);

        assertRefused(CONFLICT, "This request has no positive decision to issue a permit for (it is: "
                        + application.statusLabel() + ").",
                () -> application.issuePermit(ONE_YEAR, Actor.system(), NOW));
    }

    /** A model without a legal check (the care fast track) issues the permit on the committee's approval. */
    @Test
    void permitRightAfterTheCommitteeApprovedWhenTheModelHasNoLegalCheck() {
        DataAccessApplication approved = ApplicationHistory.submitted().opened(StepKind.REVIEW).reviewApproved().replay();

        DataAccessApplication issued = approved.apply(approved.issuePermit(ONE_YEAR, Actor.system(), NOW));

        assertThat(issued.state()).isEqualTo(ApplicationState.PERMIT_ISSUED);
        assertThat(issued.decidedAt()).contains(NOW);
    }

    @Test
    void aPermitCarriesItsDatasetsConditionsAndCannotOutlastTheirTimeLimitOnUse() {
        Instant latest = PERMIT_FROM.plus(java.time.Duration.ofDays(200));
        List<String> conditions = List.of("Publication required (DUO:0000019): results are shared (Cohort A).");

        assertRefused(INVALID_INPUT, "The permit would end after " + latest
                + ", which its datasets' time limit on use (DUO TS) allows.", () -> passed.issuePermit(
                        new IssuePermit("permit-9", PERMIT_FROM, PERMIT_UNTIL, conditions, latest), Actor.system(), NOW));

        List<ApplicationEvent> events = passed.issuePermit(new IssuePermit("permit-9", PERMIT_FROM, latest, conditions,
                latest), Actor.system(), NOW);
        DataAccessApplication issued = passed.apply(events);
        assertThat(issued.permitDataUseConditions()).containsExactlyElementsOf(conditions);
        assertThat(issued.permitLatestEnd()).contains(latest);
        assertThat(issued.permitValidFrom()).contains(PERMIT_FROM);
    }
}
