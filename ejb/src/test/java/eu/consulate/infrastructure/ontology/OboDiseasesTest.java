package eu.consulate.infrastructure.ontology;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStreamReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

import eu.consulate.domain.model.datause.DiseaseOntology;
import eu.consulate.domain.model.datause.DiseaseTerm;
import eu.consulate.domain.model.datause.InvalidDataUse;
import org.junit.jupiter.api.Test;

class OboDiseasesTest {

    @Test
    void theShippedMondoSubsetReadsWithItsHierarchy() throws Exception {
        OboDiseases.Read read;
        try (var in = new InputStreamReader(Objects.requireNonNull(getClass().getClassLoader()
                .getResourceAsStream("ontology/mondo-demo.obo")), StandardCharsets.UTF_8)) {
            read = OboDiseases.read(in);
        }
        DiseaseOntology ontology = new DiseaseOntology(read.terms());

        assertThat(read.version()).isEqualTo("consulate-demo-2026-12");
        assertThat(read.terms()).hasSizeGreaterThanOrEqualTo(20);
        assertThat(ontology.path("MONDO:0005061")).containsExactly("disease", "cancer", "lung cancer",
                "lung adenocarcinoma");
        assertThat(ontology.label("MONDO:0007254")).isEqualTo("breast cancer");
        assertThat(ontology.isWithin("MONDO:0005148", "MONDO:0005015")).isTrue();
    }

    @Test
    void obsoleteTermsAreLeftOutAndTrailingCommentsOfIsAAreNotPartOfTheId() {
        OboDiseases.Read read = OboDiseases.read(new StringReader("""
                format-version: 1.2
                ontology: mondo

                [Term]
                id: MONDO:0000001
                name: disease

                [Term]
                id: MONDO:0004992
                name: cancer
                def: "A tumor composed of atypical neoplastic cells." [NCIT:C9305]
                is_a: MONDO:0000001 {source="NCIT:C9305"} ! disease

                [Term]
                id: MONDO:0000002
                name: obsolete thing
                is_obsolete: true
                """));

        assertThat(read.terms()).containsExactly(new DiseaseTerm("MONDO:0000001", "disease", java.util.List.of()),
                new DiseaseTerm("MONDO:0004992", "cancer", java.util.List.of("MONDO:0000001")));
        assertThat(read.version()).isNull();
    }

    @Test
    void aFileThatIsNotOboOrHasNoUsableTermsIsRefusedWithTheReason() {
        assertThatThrownBy(() -> OboDiseases.read(new StringReader("[Term]\nid: MONDO:1\nname: x\nis_a\n")))
                .isInstanceOf(InvalidDataUse.class).hasMessageStartingWith("The file is not in the OBO format: line");
        assertThatThrownBy(() -> OboDiseases.read(new StringReader("{\"this\": \"is json\"}")))
                .isInstanceOf(InvalidDataUse.class).hasMessageContaining("holds no terms");
        assertThatThrownBy(() -> OboDiseases.read(new StringReader("format-version: 1.2\n")))
                .isInstanceOf(InvalidDataUse.class).hasMessageContaining("holds no terms");
        assertThatThrownBy(() -> OboDiseases.read(new StringReader("[Term]\nid: MONDO:0000009\n")))
                .isInstanceOf(InvalidDataUse.class).hasMessage("The term MONDO:0000009 has no name.");
        assertThatThrownBy(() -> OboDiseases.read(new StringReader("[Term]\nid: notacurie\nname: x\n")))
                .isInstanceOf(InvalidDataUse.class).hasMessageContaining("has no identifier of the form");
    }
}
