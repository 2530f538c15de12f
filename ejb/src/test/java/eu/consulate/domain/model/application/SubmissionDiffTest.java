package eu.consulate.domain.model.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Issue 8: reviewers see, field by field and word by word, what a resubmission changed. */
class SubmissionDiffTest {

    private static final Instant T = Instant.parse("2026-12-06T10:00:00Z");

    @Test
    void onlyTheChangedWordsAreMarked() {
        var change = SubmissionDiff.field("Research purpose", "Finding markers for early detection of cancer.",
                "Finding blood markers for early detection of lung cancer.").orElseThrow();

        assertThat(change.segments()).extracting(s -> s.kind() + ":" + s.text()).containsExactly(
                "same:Finding ", "added:blood ", "same:markers for early detection of ", "added:lung ", "same:cancer.");
    }

    @Test
    void aReplacedWordIsRemovedThenAdded() {
        var change = SubmissionDiff.field("Title", "Cancer genomes", "Kidney genomes").orElseThrow();

        assertThat(change.segments()).extracting(s -> s.kind() + ":" + s.text())
                .containsExactly("removed:Cancer", "added:Kidney", "same: genomes");
        assertThat(change.before()).isEqualTo("Cancer genomes");
        assertThat(change.after()).isEqualTo("Kidney genomes");
    }

    @Test
    void unchangedFieldsAreLeftOutAndDatasetsAreNamed() {
        Submission first = new Submission(1, T, "Cancer genomes", "Purpose one.", List.of("ds-1"), null);
        Submission same = new Submission(2, T.plusSeconds(60), "Cancer genomes", "Purpose one.", List.of("ds-1"), null);
        Submission more = new Submission(2, T.plusSeconds(60), "Cancer genomes", "Purpose one.", List.of("ds-1", "ds-2"), null);

        assertThat(SubmissionDiff.between(first, same, Map.of())).isEmpty();
        assertThat(SubmissionDiff.between(first, more, Map.of("ds-1", "Exomes", "ds-2", "Genomes")))
                .singleElement().satisfies(c -> {
                    assertThat(c.field()).isEqualTo("Datasets");
                    assertThat(c.segments()).extracting(s -> s.kind() + ":" + s.text())
                            .containsExactly("same:Exomes", "added:; Genomes");
                });
    }

    @Test
    void everySubmissionIsKeptWithItsRound() {
        DataAccessApplication request = ApplicationHistory.upTo(ApplicationState.RETURNED).opened(StepKind.REVISION)
                .then(new Resubmitted(ApplicationHistory.ID, "alice", T, "Ethics approval attached.",
                        "Finding markers for early detection of lung cancer."))
                .replay();

        assertThat(request.submissions()).extracting(Submission::round, Submission::researchPurpose).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "Finding markers for early detection of cancer."),
                org.assertj.core.groups.Tuple.tuple(2, "Finding markers for early detection of lung cancer."));
    }

    @Test
    void changedAnswersToTheCommitteesFormAreNamedByTheirLabelsAndCommitteeFieldsStayOut() {
        var fields = List.of(
                new eu.consulate.domain.model.form.FormField("data-form", eu.consulate.domain.model.form.FieldType.SINGLE_CHOICE,
                        true, null, Map.of("en", "Data needed", "de", "Benötigte Daten"), null,
                        List.of(new eu.consulate.domain.model.form.FormField.Option("anonymised", Map.of("en", "anonymised")),
                                new eu.consulate.domain.model.form.FormField.Option("pseudonymised", Map.of("en", "pseudonymised"))),
                        null, null, false),
                new eu.consulate.domain.model.form.FormField("months", eu.consulate.domain.model.form.FieldType.NUMBER,
                        true, null, Map.of("en", "Processing period (months)"), null, null, null, null, false),
                new eu.consulate.domain.model.form.FormField("team", eu.consulate.domain.model.form.FieldType.TABLE,
                        false, null, Map.of("en", "Persons"), null, null,
                        List.of(new eu.consulate.domain.model.form.FormField.Column("name", Map.of("en", "Name")),
                                new eu.consulate.domain.model.form.FormField.Column("role", Map.of("en", "Role"))), null, false),
                new eu.consulate.domain.model.form.FormField("notes", eu.consulate.domain.model.form.FieldType.LONG_TEXT,
                        false, null, Map.of("en", "Reviewer notes"), null, null, null, null, true));

        var changes = SubmissionDiff.answers(fields,
                Map.of("data-form", "anonymised", "months", "12", "team", List.of(Map.of("name", "Ann", "role", "PI")),
                        "notes", "old"),
                Map.of("data-form", "pseudonymised", "months", "12",
                        "team", List.of(Map.of("name", "Ann", "role", "PI"), Map.of("name", "Bo", "role", "analyst")),
                        "notes", "new"), "de");

        assertThat(changes).extracting(SubmissionDiff.FieldChange::field, SubmissionDiff.FieldChange::before,
                SubmissionDiff.FieldChange::after).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Benötigte Daten", "anonymised", "pseudonymised"),
                org.assertj.core.groups.Tuple.tuple("Persons", "Ann | PI", "Ann | PI\nBo | analyst"));
        assertThat(SubmissionDiff.answers(fields, Map.of("months", "12"), Map.of("months", "12"), "en")).isEmpty();
    }

    @Test
    void eachRoundKeepsTheAnswersItWasHandedInWith() {
        DataAccessApplication request = ApplicationHistory.submitted()
                .then(new FormAnswered(ApplicationHistory.ID, "alice", T, "form-1", 1, "{\"months\":\"12\"}", false))
                .opened(StepKind.COMPLETENESS).returned("Say how long.")
                .then(new FormAnswered(ApplicationHistory.ID, "alice", T, "form-1", 1, "{\"months\":\"24\"}", false))
                .opened(StepKind.REVISION)
                .then(new Resubmitted(ApplicationHistory.ID, "alice", T, "Longer.", "Finding markers for early detection of cancer."))
                .replay();

        assertThat(request.submissions()).extracting(Submission::formAnswers)
                .containsExactly("{\"months\":\"12\"}", "{\"months\":\"24\"}");
    }
}
