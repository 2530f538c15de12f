package eu.consulate.domain.model.dac;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DiseaseOntology;
import eu.consulate.domain.model.datause.DiseaseTerm;
import org.junit.jupiter.api.Test;

class CatalogueSearchTest {

    static final DiseaseOntology ONTOLOGY = new DiseaseOntology(List.of(
            new DiseaseTerm("MONDO:0000001", "disease", List.of()),
            new DiseaseTerm("MONDO:0004992", "cancer", List.of("MONDO:0000001")),
            new DiseaseTerm("MONDO:0008903", "lung cancer", List.of("MONDO:0004992")),
            new DiseaseTerm("MONDO:0005015", "diabetes mellitus", List.of("MONDO:0000001"))));

    static final List<CatalogueSearch.Entry> ALL = List.of(
            entry("1", "Lung tumour exomes", "Somatic variants of lung tumours", List.of("exome"), List.of("FR"), "A",
                    DataUse.of("DS", List.of("MONDO:0008903"), List.of())),
            entry("2", "Diabetes biobank", "Genotypes and clinical data", List.of("biobank"), List.of("FI", "SE"), "A",
                    DataUse.of("DS", List.of("MONDO:0005015"), List.of())),
            entry("3", "Reference panel", "Healthy volunteers", List.of("genotypes"), List.of("FI"), "B",
                    DataUse.of("GRU", List.of(), List.of())),
            entry("4", "Undescribed cohort", null, List.of(), List.of(), "B", null));

    static CatalogueSearch.Entry entry(String id, String title, String description, List<String> keywords,
            List<String> countries, String committee, DataUse use) {
        return new CatalogueSearch.Entry(id, "https://x/" + id, title, description, keywords, countries, null, null,
                "dac-" + committee, "Committee " + committee, Optional.ofNullable(use));
    }

    static CatalogueSearch.Result search(String text, Set<String> permissions, Set<String> committees,
            Set<String> diseases, Set<String> countries) {
        return CatalogueSearch.search(ALL, CatalogueSearch.Query.of(text, permissions, committees, diseases, countries),
                ONTOLOGY, code -> code + " label");
    }

    @Test
    void everyWordMustAppearInTitleDescriptionKeywordsOrCommittee() {
        assertThat(search("genotypes", Set.of(), Set.of(), Set.of(), Set.of()).items()).extracting(e -> e.id())
                .containsExactly("2", "3");
        assertThat(search("GENOTYPES volunteers", Set.of(), Set.of(), Set.of(), Set.of()).items())
                .extracting(e -> e.id()).containsExactly("3");
        assertThat(search("", Set.of(), Set.of(), Set.of(), Set.of()).items()).hasSize(4);
    }

    @Test
    void aBroaderDiseaseFindsDatasetsOfMoreSpecificOnesNotTheReverse() {
        assertThat(search("", Set.of(), Set.of(), Set.of("MONDO:0004992"), Set.of()).items()).extracting(e -> e.id())
                .containsExactly("1");
        assertThat(search("", Set.of(), Set.of(), Set.of("MONDO:0008903"), Set.of()).items()).extracting(e -> e.id())
                .containsExactly("1");
        assertThat(search("", Set.of("DS"), Set.of(), Set.of(), Set.of("FI")).items()).extracting(e -> e.id())
                .containsExactly("2");
    }

    @Test
    void facetsCountTheFoundDatasets() {
        var result = search("", Set.of(), Set.of("dac-A"), Set.of(), Set.of());

        assertThat(result.facets().get(CatalogueSearch.PERMISSION)).containsExactly(
                new CatalogueSearch.FacetValue("DS", "DS label", 2));
        // a facet counts without its own choice: the other committee can be added to it
        assertThat(result.facets().get(CatalogueSearch.COMMITTEE)).containsExactly(
                new CatalogueSearch.FacetValue("dac-A", "Committee A", 2),
                new CatalogueSearch.FacetValue("dac-B", "Committee B", 2));
        assertThat(result.facets().get(CatalogueSearch.DISEASE)).extracting(CatalogueSearch.FacetValue::label)
                .containsExactly("diabetes mellitus", "lung cancer");
        assertThat(result.facets().get(CatalogueSearch.COUNTRY)).extracting(v -> v.label() + "=" + v.count())
                .containsExactly("Finland=1", "France=1", "Sweden=1");
    }

    @Test
    void valuesOfOneFacetAreAlternativesAndFacetsNarrowEachOther() {
        var both = search("", Set.of(), Set.of(), Set.of(), Set.of("FR", "SE"));
        assertThat(both.items()).extracting(e -> e.id()).containsExactly("2", "1");
        assertThat(both.facets().get(CatalogueSearch.COUNTRY)).extracting(v -> v.value() + "=" + v.count())
                .containsExactly("FI=2", "FR=1", "SE=1");

        var narrowed = search("", Set.of("GRU", "DS"), Set.of(), Set.of(), Set.of("FI"));
        assertThat(narrowed.items()).extracting(e -> e.id()).containsExactly("2", "3");
        assertThat(narrowed.facets().get(CatalogueSearch.PERMISSION)).extracting(v -> v.value() + "=" + v.count())
                .containsExactly("DS=1", "GRU=1");
        assertThat(narrowed.facets().get(CatalogueSearch.COUNTRY)).extracting(v -> v.value() + "=" + v.count())
                .containsExactly("FI=2", "FR=1", "SE=1");
    }
}
