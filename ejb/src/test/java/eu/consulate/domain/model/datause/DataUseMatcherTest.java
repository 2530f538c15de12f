package eu.consulate.domain.model.datause;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The matcher over a table: every permission against every purpose category, every modifier with
 * the purpose that trips it and one that does not, and combinations (a denial wins over an
 * obligation; a more specific disease is within a broader DS condition, not the reverse).
 */
class DataUseMatcherTest {

    static final String CANCER = "MONDO:0004992";
    static final String LUNG_CANCER = "MONDO:0008903";
    static final String LUNG_ADENO = "MONDO:0005061";
    static final String BREAST_CANCER = "MONDO:0007254";
    static final String DIABETES = "MONDO:0005015";

    static final DiseaseOntology ONTOLOGY = new DiseaseOntology(List.of(
            new DiseaseTerm("MONDO:0000001", "disease", List.of()),
            new DiseaseTerm(CANCER, "cancer", List.of("MONDO:0000001")),
            new DiseaseTerm(LUNG_CANCER, "lung cancer", List.of(CANCER)),
            new DiseaseTerm(LUNG_ADENO, "lung adenocarcinoma", List.of(LUNG_CANCER)),
            new DiseaseTerm(BREAST_CANCER, "breast cancer", List.of(CANCER)),
            new DiseaseTerm(DIABETES, "diabetes mellitus", List.of("MONDO:0000001"))));
    static final LocalDate TODAY = LocalDate.of(2026, 12, 6);
    final DataUseMatcher matcher = new DataUseMatcher(ONTOLOGY, DuoVocabulary.shipped());

    /**
     * conditions: permission[:disease,...] then modifiers, a parameter after '='.
     * purpose: category[:disease,...] then flags commercial, forprofit, methods, genetic, control.
     */
    @ParameterizedTest(name = "{0} for {1} -> {2} {3}")
    @CsvSource(delimiter = '|', value = {
        // permissions × categories
        "NRES                    | GRU                       | permitted   |",
        "NRES                    | POA                       | permitted   |",
        "GRU                     | GRU                       | permitted   |",
        "GRU                     | HMB                       | permitted   |",
        "GRU                     | POA                       | permitted   |",
        "GRU                     | DS:MONDO:0005015          | permitted   |",
        "HMB                     | HMB                       | permitted   |",
        "HMB                     | DS:MONDO:0005061          | permitted   |",
        "HMB                     | POA                       | denied      |",
        "HMB                     | GRU                       | denied      |",
        "DS:MONDO:0004992        | DS:MONDO:0004992          | permitted   |",
        "DS:MONDO:0004992        | DS:MONDO:0008903          | permitted   |",
        "DS:MONDO:0004992        | DS:MONDO:0005061          | permitted   |",
        "DS:MONDO:0008903        | DS:MONDO:0004992          | denied      |",
        "DS:MONDO:0008903        | DS:MONDO:0007254          | denied      |",
        "DS:MONDO:0004992        | DS:MONDO:0005061,MONDO:0005015 | denied |",
        "DS:MONDO:0008903,MONDO:0005015 | DS:MONDO:0005015    | permitted   |",
        "DS:MONDO:0004992        | HMB                       | denied      |",
        "DS:MONDO:0004992        | GRU                       | denied      |",
        "DS:MONDO:0004992        | POA                       | denied      |",
        "POA                     | POA                       | permitted   |",
        "POA                     | HMB                       | denied      |",
        "POA                     | DS:MONDO:0004992          | denied      |",
        "POA                     | GRU                       | denied      |",
        // modifiers that deny
        "GRU NCU                 | GRU commercial            | denied      |",
        "GRU NCU                 | GRU forprofit             | permitted   |",
        "GRU NPU                 | GRU forprofit             | denied      |",
        "GRU NPU                 | GRU commercial            | permitted   |",
        "GRU NPUNCU              | GRU commercial            | denied      |",
        "GRU NPUNCU              | GRU forprofit             | denied      |",
        "GRU NPUNCU              | GRU                       | permitted   |",
        "GRU GSO                 | GRU                       | denied      |",
        "GRU GSO                 | GRU genetic               | permitted   |",
        "GRU NPOA                | POA                       | denied      |",
        "GRU NPOA                | HMB                       | permitted   |",
        "GRU NMDS                | GRU methods               | denied      |",
        "HMB NMDS                | HMB methods               | denied      |",
        "GRU NMDS                | GRU                       | permitted   |",
        "DS:MONDO:0004992 NMDS   | DS:MONDO:0008903 methods  | permitted   |",
        "DS:MONDO:0004992        | DS:MONDO:0007254 control  | permitted   |",
        "DS:MONDO:0008903        | DS:MONDO:0007254 control  | denied      |",
        "DS:MONDO:0004992        | HMB control               | denied      |",
        "GRU CC                  | GRU                       | permitted   |",
        // modifiers that oblige
        "GRU IRB                 | GRU                       | conditional | IRB",
        "GRU PUB                 | GRU                       | conditional | PUB",
        "GRU COL                 | GRU                       | conditional | COL",
        "GRU RTN                 | GRU                       | conditional | RTN",
        "GRU GS=Europe           | GRU                       | conditional | GS",
        "GRU MOR=2027-06-30      | GRU                       | conditional | MOR",
        "GRU MOR=2026-01-31      | GRU                       | permitted   |",
        "GRU TS=12               | GRU                       | conditional | TS",
        "GRU US                  | GRU                       | conditional | US",
        "GRU PS                  | GRU                       | conditional | PS",
        "GRU IS                  | GRU                       | conditional | IS",
        "GRU RS=cancer genomics  | GRU                       | conditional | RS",
        // combinations
        "HMB IRB PUB TS=24       | DS:MONDO:0005015          | conditional | IRB PUB TS",
        "DS:MONDO:0004992 TS=12 NCU | DS:MONDO:0008903 genetic | conditional | TS",
        "DS:MONDO:0004992 TS=12 NCU | DS:MONDO:0008903 commercial | denied |",
        "HMB IRB                 | POA                       | denied      |",
        "GRU NCU NPU GSO IRB     | GRU commercial forprofit  | denied      |",
    })
    void theTable(String conditions, String purpose, String outcome, String obligations) {
        DataUseMatch match = matcher.evaluate(conditions(conditions), purpose(purpose), TODAY);

        assertThat(match.outcome().code()).isEqualTo(outcome);
        List<String> expected = obligations == null ? List.of() : Arrays.asList(obligations.trim().split(" +"));
        assertThat(match.obligations()).extracting(DataUseMatch.Obligation::code)
                .containsExactlyInAnyOrderElementsOf(expected);
        assertThat(match.reasons()).isNotEmpty().allSatisfy(r -> assertThat(r).endsWith("."));
    }

    @Test
    void aDenialNamesEveryReasonAndNoObligation() {
        DataUseMatch match = matcher.evaluate(conditions("DS:MONDO:0008903 NCU IRB"),
                purpose("DS:MONDO:0004992 commercial"), TODAY);

        assertThat(match.outcome()).isEqualTo(DataUseMatch.Outcome.DENIED);
        assertThat(match.obligations()).isEmpty();
        assertThat(match.reasons()).hasSize(2);
        assertThat(match.reasons().get(0)).contains("lung cancer (MONDO:0008903)", "cancer (MONDO:0004992)",
                "disease specific research, DUO:0000007");
        assertThat(match.reasons().get(1)).contains("not be used commercially", "DUO:0000046");
    }

    @Test
    void aMoreSpecificDiseaseIsExplainedWithTheBroaderOne() {
        DataUseMatch match = matcher.evaluate(conditions("DS:MONDO:0004992 TS=12"), purpose("DS:MONDO:0005061"), TODAY);

        assertThat(match.reasons()).containsExactly("Lung adenocarcinoma (MONDO:0005061) is a kind of cancer "
                + "(MONDO:0004992), to which disease specific research, DUO:0000007 limits the data.");
        assertThat(match.obligations()).containsExactly(new DataUseMatch.Obligation("TS", "The data may be used for 12 "
                + "months at most; the permit ends then at the latest. (time limit on use, DUO:0000025)"));
    }

    @Test
    void aPurposeIsStatedInDuoTermsOrRefused() {
        ResearchPurpose purpose = ResearchPurpose.of("DUO:0000007", List.of(" MONDO:0005061 ", "MONDO:0005061"), false,
                false, true, true, false);
        assertThat(purpose.category()).isEqualTo(DuoTerm.DS);
        assertThat(purpose.diseases()).containsExactly("MONDO:0005061");

        assertThatThrownBy(() -> ResearchPurpose.of("NCU", List.of(), false, false, false, false, false))
                .isInstanceOf(InvalidDataUse.class).hasMessageContaining("not 'NCU'");
        assertThatThrownBy(() -> ResearchPurpose.of("DS", List.of(), false, false, false, false, false))
                .isInstanceOf(InvalidDataUse.class).hasMessageContaining("names the diseases");
        assertThatThrownBy(() -> ResearchPurpose.of("HMB", List.of(CANCER), false, false, false, false, false))
                .isInstanceOf(InvalidDataUse.class).hasMessageContaining("Only disease-specific");
        assertThatThrownBy(() -> ResearchPurpose.of("DS", List.of("cancer"), false, false, false, false, false))
                .isInstanceOf(InvalidDataUse.class).hasMessageContaining("'cancer' is not a disease identifier");
    }

    @Test
    void theOntologyKnowsWhatFallsWithinWhat() {
        assertThat(ONTOLOGY.isWithin(LUNG_ADENO, CANCER)).isTrue();
        assertThat(ONTOLOGY.isWithin(CANCER, LUNG_ADENO)).isFalse();
        assertThat(ONTOLOGY.isWithin(BREAST_CANCER, LUNG_CANCER)).isFalse();
        assertThat(ONTOLOGY.path(LUNG_ADENO)).containsExactly("disease", "cancer", "lung cancer", "lung adenocarcinoma");
        assertThat(ONTOLOGY.unknown(List.of(CANCER, "MONDO:9999999"))).containsExactly("MONDO:9999999");
        assertThat(ONTOLOGY.search("lung", 10)).extracting(DiseaseTerm::id).containsExactly(LUNG_CANCER, LUNG_ADENO);
    }

    static DataUse conditions(String spec) {
        String[] parts = spec.trim().split(" +(?=[A-Z]{2,6}(=|$| ))");
        String[] permission = parts[0].split(":", 2);
        List<String> diseases = permission.length > 1 ? Arrays.asList(permission[1].split(",")) : List.of();
        List<DataUse.Requested> modifiers = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String[] modifier = parts[i].split("=", 2);
            modifiers.add(new DataUse.Requested(modifier[0], modifier.length > 1 ? modifier[1] : null));
        }
        return DataUse.of(permission[0], diseases, modifiers);
    }

    static ResearchPurpose purpose(String spec) {
        List<String> words = Arrays.asList(spec.trim().split(" +"));
        String[] category = words.get(0).split(":", 2);
        List<String> diseases = category.length > 1 ? Arrays.asList(category[1].split(",")) : List.of();
        return ResearchPurpose.of(category[0], diseases, words.contains("commercial"), words.contains("forprofit"),
                words.contains("methods"), words.contains("genetic"), words.contains("control"));
    }
}
