package eu.consulate.application;

import java.util.List;
import java.util.Optional;

import eu.consulate.domain.model.dac.CatalogueSearch;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.domain.model.dac.Dataset;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Read access to committees and datasets. */
@Stateless
public class Catalog {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @jakarta.ejb.EJB
    Diseases diseases;

    @jakarta.ejb.EJB
    CommitteeTerms terms;

    public List<Dac> committees() {
        return em.createQuery("select d from Dac d order by d.name", Dac.class).getResultList();
    }

    public Optional<Dac> committee(String id) {
        return Optional.ofNullable(em.find(Dac.class, id));
    }

    /** The seats the person holds: committee id to role. */
    public java.util.Map<String, java.util.Set<DacRole>> seatsOf(String subject) {
        java.util.Map<String, java.util.Set<DacRole>> seats = new java.util.HashMap<>();
        em.createQuery("select d.id, m.role from Dac d join d.members m where m.subject = :s", Object[].class)
                .setParameter("s", subject).getResultList()
                .forEach(row -> seats.computeIfAbsent((String) row[0], id -> java.util.EnumSet.noneOf(DacRole.class))
                        .add((DacRole) row[1]));
        return seats;
    }

    public List<Dataset> datasets() {
        return em.createQuery("select d from Dataset d order by d.title", Dataset.class).getResultList();
    }

    /** The datasets that can be requested (not retired), by title. */
    public List<Dataset> current() {
        return em.createQuery("select d from Dataset d where d.retiredAt is null order by d.title", Dataset.class)
                .getResultList();
    }

    /** The public catalogue: datasets that can be requested, found by text and narrowed by facets; one page of them. */
    public Views.CatalogueResult search(String text, java.util.Set<String> permissions, java.util.Set<String> committees,
            java.util.Set<String> diseaseIds, java.util.Set<String> countries, int page, int size) {
        if (page < 1 || size < 1 || size > 100) {
            throw eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput(
                    "page is 1 or more, size 1 to 100.");
        }
        var ontology = diseases.ontology();
        var duo = eu.consulate.domain.model.datause.DuoVocabulary.shipped();
        var result = CatalogueSearch.search(current().stream().map(Catalog::entry).toList(),
                CatalogueSearch.Query.of(text, permissions, committees, diseaseIds, countries), ontology,
                code -> eu.consulate.domain.model.datause.DuoTerm.named(code).map(duo::label).orElse(code));
        java.util.Map<String, List<Views.FacetView>> facets = new java.util.LinkedHashMap<>();
        result.facets().forEach((name, values) -> facets.put(name, values.stream()
                .map(v -> new Views.FacetView(v.value(), v.label(), v.count())).toList()));
        return new Views.CatalogueResult(result.items().stream().skip((long) (page - 1) * size).limit(size)
                .map(e -> item(e, ontology, duo)).toList(), result.items().size(), page, size, facets);
    }

    /**
     * The catalogue as DCAT-AP (HealthDCAT-AP profile) in Turtle or JSON-LD: every dataset that can
     * be requested, published by its committee, with its data use in DUO terms.
     */
    public String dcat(String catalogueUrl, boolean jsonLd) {
        List<eu.consulate.infrastructure.catalogue.DcatCatalogue.Dataset> datasets = current().stream()
                .map(d -> new eu.consulate.infrastructure.catalogue.DcatCatalogue.Dataset(d.url(), d.title(),
                        d.description().orElse(null), d.keywords(), d.countries(), d.dataType().orElse(null),
                        d.dac().id(), d.dac().name(), d.dac().contactEmail().orElse(null), d.dataUse()))
                .toList();
        var model = eu.consulate.infrastructure.catalogue.DcatCatalogue.model(catalogueUrl, "Consulate catalogue",
                datasets);
        return eu.consulate.infrastructure.catalogue.DcatCatalogue.write(model, jsonLd
                ? org.eclipse.rdf4j.rio.RDFFormat.JSONLD : org.eclipse.rdf4j.rio.RDFFormat.TURTLE);
    }

    /** A dataset's public page; retired datasets are shown as retired (permits for them stay readable). */
    public Views.CatalogueDataset publicDataset(String id) {
        Dataset dataset = id == null ? null : em.find(Dataset.class, id);
        if (dataset == null) {
            throw new NoSuchDataset(id);
        }
        var ontology = diseases.ontology();
        return new Views.CatalogueDataset(item(entry(dataset), ontology,
                eu.consulate.domain.model.datause.DuoVocabulary.shipped()),
                DatasetAdministration.dataUseView(dataset), dataset.dac().description().orElse(null),
                dataset.dac().contactEmail().orElse(null), dataset.isRetired(), terms.asked(dataset).orElse(null));
    }

    private static CatalogueSearch.Entry entry(Dataset d) {
        return new CatalogueSearch.Entry(d.id(), d.url(), d.title(), d.description().orElse(null), d.keywords(),
                d.countries(), d.dataType().orElse(null), d.size().orElse(null), d.dac().id(), d.dac().name(),
                d.dataUse());
    }

    private static Views.CatalogueItem item(CatalogueSearch.Entry e, eu.consulate.domain.model.datause.DiseaseOntology ontology,
            eu.consulate.domain.model.datause.DuoVocabulary duo) {
        return new Views.CatalogueItem(e.id(), e.url(), e.title(), e.description(), e.keywords(), e.countries(),
                e.dataType(), e.size(), e.committeeId(), e.committeeName(),
                e.use().map(u -> u.permission().shorthand()).orElse(null),
                e.use().map(u -> duo.label(u.permission())).orElse(null),
                e.use().map(u -> u.diseases().stream().map(d -> new Views.DiseaseView(d, ontology.label(d))).toList())
                        .orElse(List.of()));
    }

    /**
     * The datasets an applicant can choose, each labelled with its committee and its data use in
     * DUO's words (e.g. "health or medical or biomedical research; ethics approval required").
     */
    public List<Views.DatasetView> requestable() {
        eu.consulate.domain.model.datause.DuoVocabulary duo = eu.consulate.domain.model.datause.DuoVocabulary.shipped();
        return current().stream().map(d -> new Views.DatasetView(d.id(), d.url(), d.title() + " — " + d.dac().name()
                + d.dataUse().map(use -> " — " + duo.label(use.permission()) + use.modifiers().stream()
                        .map(m -> duo.label(m.term()) + (m.parameter().isEmpty() ? "" : " " + m.parameter()
                                + (m.term() == eu.consulate.domain.model.datause.DuoTerm.TS ? " months" : "")))
                        .map(label -> "; " + label).reduce("", String::concat)).orElse(""))).toList();
    }

    public List<Dataset> datasets(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select d from Dataset d where d.id in :ids order by d.title", Dataset.class)
                .setParameter("ids", ids).getResultList();
    }
}
