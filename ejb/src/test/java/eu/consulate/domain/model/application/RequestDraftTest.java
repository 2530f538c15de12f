package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.RuleViolations.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;

import eu.consulate.infrastructure.persistence.DraftCodec;
import org.junit.jupiter.api.Test;

/** Issue 8: a draft keeps an incomplete form, within the sizes a request allows. */
class RequestDraftTest {

    private static RequestDraft draft(String title, String purpose, List<String> datasets) {
        return new RequestDraft(title, purpose, datasets, null, null, null, List.of(), false, false, false, false, false);
    }

    @Test
    void anIncompleteFormIsKeptAsItIs() {
        RequestDraft d = draft("ab", "too short", List.of(" ds-1 ", "ds-1", "")).checked();

        assertThat(d.datasetIds()).containsExactly("ds-1");
        assertThat(d.isEmpty()).isFalse();
        assertThat(draft("  ", null, null).isEmpty()).isTrue();
        // what submitting would refuse, at each field at once
        assertThat(d.textProblems()).containsOnlyKeys("title", "researchPurpose")
                .containsEntry("title", "The title must be between 3 and 200 characters long.")
                .containsEntry("researchPurpose", "The research purpose must be between 20 and 4000 characters long.");
        assertThat(draft("Cancer genomes", "Finding markers for early detection of cancer.", List.of()).textProblems())
                .isEmpty();
    }

    @Test
    void sizesBeyondARequestAreRefusedByField() {
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT, "title: at most 200 characters (201 given).",
                () -> draft("t".repeat(201), null, List.of()).checked());
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT, "researchPurpose: at most 4000 characters (4001 given).",
                () -> draft(null, "p".repeat(4001), List.of()).checked());
        List<String> many = new java.util.ArrayList<>();
        for (int i = 0; i < 21; i++) {
            many.add("ds-" + i);
        }
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT, "datasetIds: a request covers at most 20 datasets.",
                () -> draft(null, null, many).checked());
        assertThat(draft(null, null, Collections.nCopies(30, "ds-1")).checked().datasetIds()).hasSize(1);
    }

    @Test
    void theStoredFormReadsBackTheSame() {
        RequestDraft d = new RequestDraft("Lung cancer", "Markers \"quoted\" and ünïcode.", List.of("ds-1", "ds-2"),
                "care", "public", "DS", List.of("MONDO:0008903"), true, false, true, false, true);
        assertThat(DraftCodec.decode(DraftCodec.encode(d))).isEqualTo(d);
        assertThat(DraftCodec.decode(DraftCodec.encode(RequestDraft.empty()))).isEqualTo(RequestDraft.empty());
    }

    @Test
    void answersToCommitteesFormsAreKeptWithinTheirLimits() {
        RequestDraft d = new RequestDraft("Lung cancer", null, List.of("ds-1"), null, null, null, List.of(), false, false,
                false, false, false, java.util.Map.of("dac-1", "{\"months\":\"12\",\"team\":[{\"name\":\"Ann\"}]}",
                "dac-2", " "), "vera@uni.example.org");
        assertThat(d.formAnswers()).containsOnlyKeys("dac-1");
        assertThat(DraftCodec.decode(DraftCodec.encode(d))).isEqualTo(d);
        assertThat(RequestDraft.empty().withFormAnswers(java.util.Map.of("dac-1", "{\"a\":\"b\"}")).isEmpty()).isFalse();

        String huge = "{\"text\":\"" + "x".repeat(RequestDraft.MAX_FORM_ANSWERS) + "\"}";
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT,
                "forms.dac-1: at most 100000 characters (" + huge.length() + " given).",
                () -> RequestDraft.empty().withFormAnswers(java.util.Map.of("dac-1", huge)).checked());
        java.util.Map<String, String> many = new java.util.HashMap<>();
        for (int i = 0; i <= RequestDraft.MAX_FORMS; i++) {
            many.put("dac-" + i, "{}");
        }
        assertRefused(ApplicationRuleViolation.Kind.INVALID_INPUT, "forms: answers to at most 20 committees' forms.",
                () -> RequestDraft.empty().withFormAnswers(many).checked());
    }
}
