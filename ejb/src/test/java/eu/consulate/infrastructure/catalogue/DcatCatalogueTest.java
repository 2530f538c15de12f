package eu.consulate.infrastructure.catalogue;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;

import eu.consulate.domain.model.datause.DataUse;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.ODRL2;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The DCAT-AP catalogue round trip: written as Turtle and JSON-LD, parsed back by RDF4J, the same graph. */
class DcatCatalogueTest {

    enum Format {
        TURTLE(RDFFormat.TURTLE), JSONLD(RDFFormat.JSONLD);

        final RDFFormat rdf;

        Format(RDFFormat rdf) {
            this.rdf = rdf;
        }
    }

    static final List<DcatCatalogue.Dataset> DATASETS = List.of(
            new DcatCatalogue.Dataset("https://data.example.org/datasets/DEMO-0002", "Cancer cohort", "Tumour exomes \"quoted\".",
                    List.of("cancer", "exome"), List.of("FR", "ES"), "Exome sequences", "g",
                    "Genomics DAC", "dac@example.org", Optional.of(DataUse.of("DS", List.of("MONDO:0004992"),
                            List.of(new DataUse.Requested("TS", "24"), new DataUse.Requested("COL", null))))),
            new DcatCatalogue.Dataset("https://data.example.org/datasets/DEMO-0009", "Undescribed", null, List.of(),
                    List.of(), null, "i", "Infectious DAC", null, Optional.empty()));

    @ParameterizedTest
    @EnumSource(Format.class)
    void theCatalogueParsesBackToTheSameGraph(Format format) throws Exception {
        Model written = DcatCatalogue.model("https://consulate.example.org/api/catalogue/dcat", "Consulate", DATASETS);
        String text = DcatCatalogue.write(written, format.rdf);

        Model read = Rio.parse(new StringReader(text), "", format.rdf);

        assertThat(read.filter(null, RDF.TYPE, DCAT.DATASET).subjects()).containsExactlyInAnyOrder(
                Values.iri("https://data.example.org/datasets/DEMO-0002"),
                Values.iri("https://data.example.org/datasets/DEMO-0009"));
        assertThat(read.filter(Values.iri("https://data.example.org/datasets/DEMO-0002"), DCTERMS.SPATIAL, null).objects())
                .containsExactlyInAnyOrder(Values.iri(DcatCatalogue.COUNTRY + "FRA"), Values.iri(DcatCatalogue.COUNTRY + "ESP"));
        assertThat(read.filter(null, ODRL2.RIGHT_OPERAND_REFERENCE, null).objects()).containsExactlyInAnyOrder(
                Values.iri("http://purl.obolibrary.org/obo/DUO_0000007"), Values.iri("http://purl.obolibrary.org/obo/MONDO_0004992"),
                Values.iri("http://purl.obolibrary.org/obo/DUO_0000025"), Values.iri("http://purl.obolibrary.org/obo/DUO_0000020"));
        assertThat(read.filter(null, DCTERMS.DESCRIPTION, Values.literal("Tumour exomes \"quoted\".", "en"))).hasSize(1);
        assertThat(read).hasSize(written.size());
    }
}
