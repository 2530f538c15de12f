package eu.consulate.domain.model.datause;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import eu.consulate.domain.model.datause.DataUse.Requested;
import eu.consulate.domain.model.datause.DataUseConditions.DatasetUse;
import org.junit.jupiter.api.Test;

class DataUseConditionsTest {

    private final DataUseConditions conditions = new DataUseConditions(DuoVocabulary.shipped());

    @Test
    void everyTermTheRulesKnowIsInTheShippedDuoReleaseUnderItsShorthand() {
        for (DuoTerm term : DuoTerm.values()) {
            DuoVocabulary.Entry entry = DuoVocabulary.shipped().entry(term);
            assertThat(entry.shorthand()).as(term.id()).isEqualTo(term.shorthand());
            assertThat(entry.definition()).as(term.id())
                    .startsWith("This data use " + (term.kind() == DuoTerm.Kind.PERMISSION ? "permission" : "modifier"));
        }
    }

    @Test
    void eachRestrictingTermBecomesOneSentenceInDuosWordsNamingItsDatasets() {
        DataUse cohortA = DataUse.of("HMB", List.of(), List.of(new Requested("PUB", null), new Requested("IRB", null)));
        DataUse cohortB = DataUse.of("DS", List.of("MONDO:0004992"), List.of(new Requested("PUB", null),
                new Requested("GS", "European Economic Area"), new Requested("TS", "12"), new Requested("CC", null)));
        DataUse open = DataUse.of("GRU", List.of(), List.of());

        List<String> sentences = conditions.of(List.of(new DatasetUse("Cohort A", Optional.of(cohortA)),
                new DatasetUse("Cohort B", Optional.of(cohortB)), new DatasetUse("Panel", Optional.of(open)),
                new DatasetUse("Undescribed", Optional.empty())));

        assertThat(sentences).containsExactly(
                "Health or medical or biomedical research (DUO:0000006): health, medical or biomedical research only; "
                        + "not the study of population origins or ancestry (Cohort A).",
                "Disease specific research (DUO:0000007): research on MONDO:0004992 only (Cohort B).",
                "Ethics approval required (DUO:0000021): the holder keeps the approval of a local ethics committee "
                        + "(IRB/ERB) and shows it on request (Cohort A).",
                "Publication required (DUO:0000019): the results of studies using the data are made available to the "
                        + "scientific community (Cohort A; Cohort B).",
                "Geographical restriction (DUO:0000022): the data are used only within European Economic Area (Cohort B).",
                "Time limit on use (DUO:0000025): use ends at the latest 12 months after the permit's start (Cohort B).");
    }

    @Test
    void aLongListOfTitlesIsCountedSoThatASentenceFitsItsColumn() {
        DataUse pub = DataUse.of("GRU", List.of(), List.of(new Requested("PUB", null)));
        List<DatasetUse> many = java.util.stream.IntStream.range(0, 6)
                .mapToObj(i -> new DatasetUse("A dataset with a long title number " + i + " " + "x".repeat(80), Optional.of(pub)))
                .toList();

        assertThat(conditions.of(many)).containsExactly("Publication required (DUO:0000019): the results of studies "
                + "using the data are made available to the scientific community (6 datasets of this permit).");
    }

    @Test
    void theShortestTimeLimitOnUseCapsThePermitAtTheStartOfItsDay() {
        Instant start = Instant.parse("2026-01-31T15:00:00Z");
        Optional<DataUse> six = Optional.of(DataUse.of("GRU", List.of(), List.of(new Requested("TS", "6"))));
        Optional<DataUse> one = Optional.of(DataUse.of("GRU", List.of(), List.of(new Requested("TS", "1"))));

        assertThat(DataUseConditions.latestEnd(start, List.of(six, Optional.empty(), one)))
                .contains(Instant.parse("2026-02-28T00:00:00Z"));
        assertThat(DataUseConditions.latestEnd(start, List.of(Optional.empty()))).isEmpty();
    }
}
