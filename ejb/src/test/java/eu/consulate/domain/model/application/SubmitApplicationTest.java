package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.FORBIDDEN;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.Kind.INVALID_INPUT;
import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

class SubmitApplicationTest {

    private static final Instant NOW = Instant.parse("2025-05-05T12:00:00Z");
    private static final String PURPOSE = "Finding markers for early detection of cancer.";
    private static final String TITLE_SIZE = "The title must be between 3 and 200 characters long.";
    private static final String PURPOSE_SIZE = "The research purpose must be between 20 and 4000 characters long.";

    private static SubmitApplication form(String title, String purpose, List<String> datasets) {
        return new SubmitApplication("app-9", title, purpose, datasets, ApplicationHistory.DAC, "sub-alice");
    }

    private static SubmitApplication withTitle(String title) {
        return form(title, PURPOSE, List.of("ds-1"));
    }

    private static SubmitApplication withPurpose(String purpose) {
        return form("Cancer genomes", purpose, List.of("ds-1"));
    }

    private static SubmitApplication withDatasets(List<String> datasets) {
        return form("Cancer genomes", PURPOSE, datasets);
    }

    private static List<ApplicationEvent> submit(SubmitApplication form) {
        return DataAccessApplication.submit(form, Actors.applicant(), NOW);
    }

    private static List<String> datasets(int count) {
        return IntStream.rangeClosed(1, count).mapToObj(i -> "ds-" + i).toList();
    }

    @Test
    void submitCreatesAndSubmitsInTheApplicantsName() {
        List<ApplicationEvent> events = submit(withTitle("Cancer genomes"));

        assertThat(events).extracting(ApplicationEvent::type).containsExactly("created", "submitted");
        assertThat(events).allSatisfy(event -> {
            assertThat(event.applicationId()).isEqualTo("app-9");
            assertThat(event.actor()).isEqualTo("alice");
            assertThat(event.occurredAt()).isEqualTo(NOW);
        });
        ApplicationCreated created = (ApplicationCreated) events.get(0);
        assertThat(created.applicantName()).isEqualTo("alice");
        assertThat(created.applicantSubject()).isEqualTo("sub-alice");
        assertThat(created.dacId()).isEqualTo(ApplicationHistory.DAC);
    }

    @Test
    void submittedRequestAwaitsCommitteeReview() {
        DataAccessApplication application = DataAccessApplication.replay(submit(withTitle("Cancer genomes")));

        assertThat(application.state()).isEqualTo(ApplicationState.SUBMITTED);
        assertThat(application.submittedAt()).isEqualTo(NOW);
        assertThat(application.version()).isEqualTo(2);
    }

    @Test
    void submitStripsAndDeduplicates() {
        ApplicationCreated created = (ApplicationCreated) submit(new SubmitApplication(" app-9 ", "  Cancer genomes \n",
                "\t" + PURPOSE + "  ", List.of("ds-2", " ds-1 ", "ds-2", "ds-3", "ds-1"), " dac-1 ", " sub-alice "))
                .get(0);

        assertThat(created.applicationId()).isEqualTo("app-9");
        assertThat(created.title()).isEqualTo("Cancer genomes");
        assertThat(created.researchPurpose()).isEqualTo(PURPOSE);
        assertThat(created.datasetIds()).containsExactly("ds-2", "ds-1", "ds-3");
        assertThat(created.dacId()).isEqualTo("dac-1");
        assertThat(created.applicantSubject()).isEqualTo("sub-alice");
    }

    @Test
    void onlyApplicantsCanSubmit() {
        Actor reviewer = Actors.member();

        assertRefused(FORBIDDEN, "Only applicants can submit a data access request.",
                () -> DataAccessApplication.submit(withTitle("Cancer genomes"), reviewer, NOW));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = "   ")
    void titleIsRequired(String title) {
        assertRefused(INVALID_INPUT, "A title is required.", () -> submit(withTitle(title)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"ab", "  ab  "})
    void titleShorterThanThreeCharactersIsRefused(String title) {
        assertRefused(INVALID_INPUT, TITLE_SIZE, () -> submit(withTitle(title)));
    }

    @Test
    void titleLongerThan200CharactersIsRefused() {
        assertRefused(INVALID_INPUT, TITLE_SIZE, () -> submit(withTitle("t".repeat(201))));
    }

    @Test
    void titleOfThreeTo200CharactersIsAccepted() {
        assertThat(submit(withTitle("abc"))).hasSize(2);
        assertThat(submit(withTitle("t".repeat(200)))).hasSize(2);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = " \n ")
    void researchPurposeIsRequired(String purpose) {
        assertRefused(INVALID_INPUT, "A research purpose is required.", () -> submit(withPurpose(purpose)));
    }

    @Test
    void researchPurposeShorterThan20CharactersAfterStrippingIsRefused() {
        assertRefused(INVALID_INPUT, PURPOSE_SIZE, () -> submit(withPurpose("   " + "p".repeat(19) + "   ")));
    }

    @Test
    void researchPurposeLongerThan4000CharactersIsRefused() {
        assertRefused(INVALID_INPUT, PURPOSE_SIZE, () -> submit(withPurpose("p".repeat(4001))));
    }

    @Test
    void researchPurposeOf20To4000CharactersIsAccepted() {
        assertThat(submit(withPurpose("p".repeat(20)))).hasSize(2);
        assertThat(submit(withPurpose("p".repeat(4000)))).hasSize(2);
    }

    @ParameterizedTest
    @NullAndEmptySource
    void atLeastOneDatasetIsRequired(List<String> datasets) {
        assertRefused(INVALID_INPUT, "Choose at least one dataset.", () -> submit(withDatasets(datasets)));
    }

    @Test
    void blankDatasetIdIsRefused() {
        assertRefused(INVALID_INPUT, "One of the chosen datasets has no identifier.",
                () -> submit(withDatasets(List.of("ds-1", " "))));
        assertRefused(INVALID_INPUT, "One of the chosen datasets has no identifier.",
                () -> submit(withDatasets(Arrays.asList("ds-1", null))));
    }

    @Test
    void moreThan20DatasetsAreRefused() {
        assertRefused(INVALID_INPUT, "A request can cover at most 20 datasets.",
                () -> submit(withDatasets(datasets(21))));
    }

    @Test
    void twentyDatasetsAreAcceptedEvenWhenSomeArePickedTwice() {
        List<String> picked = new ArrayList<>(datasets(20));
        picked.addAll(datasets(5));

        ApplicationCreated created = (ApplicationCreated) submit(withDatasets(picked)).get(0);

        assertThat(created.datasetIds()).hasSize(20);
    }

    @Test
    void committeeIsRequired() {
        SubmitApplication form = new SubmitApplication("app-9", "Cancer genomes", PURPOSE, List.of("ds-1"), " ", "sub-alice");

        assertRefused(INVALID_INPUT, "The request does not name the committee that owns the datasets.", () -> submit(form));
    }

    @Test
    void applicantSubjectIsRequired() {
        SubmitApplication form = new SubmitApplication("app-9", "Cancer genomes", PURPOSE, List.of("ds-1"), "dac-1", null);

        assertRefused(INVALID_INPUT, "Your identity could not be determined; please sign in again.", () -> submit(form));
    }

    @Test
    void applicationIdIsRequired() {
        SubmitApplication form = new SubmitApplication("", "Cancer genomes", PURPOSE, List.of("ds-1"), "dac-1", "sub-alice");

        assertRefused(INVALID_INPUT, "The request has no identifier.", () -> submit(form));
    }
}
