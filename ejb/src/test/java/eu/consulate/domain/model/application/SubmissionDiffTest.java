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
        Submission first = new Submission(1, T, "Cancer genomes", "Purpose one.", List.of("ds-1"));
        Submission same = new Submission(2, T.plusSeconds(60), "Cancer genomes", "Purpose one.", List.of("ds-1"));
        Submission more = new Submission(2, T.plusSeconds(60), "Cancer genomes", "Purpose one.", List.of("ds-1", "ds-2"));

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
}
