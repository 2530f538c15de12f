package eu.consulate.infrastructure.catalogue;

import java.io.StringWriter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DataUseModifier;
import org.eclipse.rdf4j.model.BNode;
import org.eclipse.rdf4j.model.IRI;
import org.eclipse.rdf4j.model.Model;
import org.eclipse.rdf4j.model.impl.LinkedHashModel;
import org.eclipse.rdf4j.model.util.Values;
import org.eclipse.rdf4j.model.vocabulary.DCAT;
import org.eclipse.rdf4j.model.vocabulary.DCTERMS;
import org.eclipse.rdf4j.model.vocabulary.FOAF;
import org.eclipse.rdf4j.model.vocabulary.ODRL2;
import org.eclipse.rdf4j.model.vocabulary.RDF;
import org.eclipse.rdf4j.model.vocabulary.RDFS;
import org.eclipse.rdf4j.model.vocabulary.VCARD4;
import org.eclipse.rdf4j.rio.RDFFormat;
import org.eclipse.rdf4j.rio.Rio;
import org.eclipse.rdf4j.rio.WriterConfig;
import org.eclipse.rdf4j.rio.helpers.BasicWriterSettings;

/**
 * The public catalogue as DCAT-AP with the HealthDCAT-AP profile, built with Eclipse RDF4J and
 * written as Turtle or JSON-LD. Each dataset is a {@code dcat:Dataset} named by its persistent URL,
 * published by its committee (a {@code foaf:Agent}, also the {@code healthdcatap:hdab} that
 * decides access), with restricted access rights, keywords, countries (EU authority table) and its
 * data use in DUO as an ODRL offer: the permission and the diseases as purpose constraints, each
 * modifier as a constraint naming its DUO term (parameter as its label).
 */
public final class DcatCatalogue {

    /** A dataset as the catalogue publishes it. */
    public record Dataset(String url, String title, String description, List<String> keywords, List<String> countries,
            String dataType, String committeeId, String committeeName, String contactEmail, Optional<DataUse> use) {
    }

    static final String HEALTHDCATAP = "http://healthdataportal.eu/ns/health#";
    static final String OBO = "http://purl.obolibrary.org/obo/";
    static final String COUNTRY = "http://publications.europa.eu/resource/authority/country/";
    static final IRI RESTRICTED = Values.iri("http://publications.europa.eu/resource/authority/access-right/RESTRICTED");
    static final IRI HEALTH_THEME = Values.iri("http://publications.europa.eu/resource/authority/data-theme/HEAL");

    private DcatCatalogue() {
    }

    public static Model model(String catalogueUrl, String title, List<Dataset> datasets) {
        Model model = new LinkedHashModel();
        model.setNamespace("dcat", DCAT.NAMESPACE);
        model.setNamespace("dct", DCTERMS.NAMESPACE);
        model.setNamespace("foaf", FOAF.NAMESPACE);
        model.setNamespace("vcard", VCARD4.NAMESPACE);
        model.setNamespace("odrl", ODRL2.NAMESPACE);
        model.setNamespace("healthdcatap", HEALTHDCATAP);
        model.setNamespace("obo", OBO);
        IRI catalogue = Values.iri(catalogueUrl);
        model.add(catalogue, RDF.TYPE, DCAT.CATALOG);
        model.add(catalogue, DCTERMS.TITLE, Values.literal(title, "en"));
        model.add(catalogue, DCTERMS.DESCRIPTION, Values.literal("Datasets whose access a data access committee "
                + "decides, with their data-use conditions in the Data Use Ontology.", "en"));
        for (Dataset dataset : datasets) {
            IRI subject = Values.iri(dataset.url());
            model.add(catalogue, DCAT.HAS_DATASET, subject);
            model.add(subject, RDF.TYPE, DCAT.DATASET);
            model.add(subject, DCTERMS.IDENTIFIER, Values.literal(dataset.url()));
            model.add(subject, DCTERMS.TITLE, Values.literal(dataset.title(), "en"));
            if (dataset.description() != null) {
                model.add(subject, DCTERMS.DESCRIPTION, Values.literal(dataset.description(), "en"));
            }
            for (String keyword : dataset.keywords()) {
                model.add(subject, DCAT.KEYWORD, Values.literal(keyword, "en"));
            }
            for (String country : dataset.countries()) {
                model.add(subject, DCTERMS.SPATIAL, Values.iri(COUNTRY + new Locale("", country).getISO3Country()));
            }
            if (dataset.dataType() != null) {
                model.add(subject, DCTERMS.TYPE, Values.literal(dataset.dataType(), "en"));
            }
            model.add(subject, DCAT.THEME, HEALTH_THEME);
            model.add(subject, DCTERMS.ACCESS_RIGHTS, RESTRICTED);
            // the committee as an agent of this catalogue (its own source URL stays with its visas)
            IRI committee = Values.iri(catalogueUrl + "#committee-" + dataset.committeeId());
            model.add(subject, DCTERMS.PUBLISHER, committee);
            model.add(subject, Values.iri(HEALTHDCATAP, "hdab"), committee);
            model.add(committee, RDF.TYPE, FOAF.AGENT);
            model.add(committee, FOAF.NAME, Values.literal(dataset.committeeName(), "en"));
            if (dataset.contactEmail() != null) {
                BNode contact = Values.bnode();
                model.add(subject, DCAT.CONTACT_POINT, contact);
                model.add(contact, RDF.TYPE, VCARD4.KIND);
                model.add(contact, VCARD4.FN, Values.literal(dataset.committeeName()));
                model.add(contact, VCARD4.HAS_EMAIL, Values.iri("mailto:" + dataset.contactEmail()));
            }
            dataset.use().ifPresent(use -> policy(model, subject, use));
        }
        return model;
    }

    private static void policy(Model model, IRI dataset, DataUse use) {
        BNode offer = Values.bnode();
        model.add(dataset, ODRL2.HAS_POLICY, offer);
        model.add(offer, RDF.TYPE, ODRL2.OFFER);
        BNode permission = Values.bnode();
        model.add(offer, ODRL2.PERMISSION, permission);
        model.add(permission, ODRL2.ACTION, ODRL2.USE);
        constraint(model, permission, ODRL2.PURPOSE, duo(use.permission().id()), null);
        for (String disease : use.diseases()) {
            constraint(model, permission, ODRL2.PURPOSE, Values.iri(OBO + disease.replace(':', '_')), null);
        }
        for (DataUseModifier modifier : use.modifiers()) {
            constraint(model, permission, ODRL2.PURPOSE, duo(modifier.term().id()),
                    modifier.parameter().isEmpty() ? null : modifier.parameter());
        }
    }

    private static void constraint(Model model, BNode rule, IRI leftOperand, IRI term, String parameter) {
        BNode constraint = Values.bnode();
        model.add(rule, ODRL2.CONSTRAINT, constraint);
        model.add(constraint, ODRL2.LEFT_OPERAND, leftOperand);
        model.add(constraint, ODRL2.OPERATOR, ODRL2.IS_A);
        model.add(constraint, ODRL2.RIGHT_OPERAND_REFERENCE, term);
        if (parameter != null) {
            model.add(constraint, RDFS.COMMENT, Values.literal(parameter));
        }
    }

    private static IRI duo(String curie) {
        return Values.iri(OBO + curie.replace(':', '_'));
    }

    /** The model as Turtle or JSON-LD (compact, with the namespaces). */
    public static String write(Model model, RDFFormat format) {
        StringWriter out = new StringWriter();
        WriterConfig config = new WriterConfig();
        config.set(BasicWriterSettings.PRETTY_PRINT, true);
        Rio.write(model, out, format, config);
        return out.toString();
    }
}
