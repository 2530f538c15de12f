package eu.consulate.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.TermsAccepted;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.domain.model.dac.TermsVersion;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Versioned terms (data access agreements) per committee (issue 7). Its administrators publish
 * versions, never changed afterwards; the latest published is the committee's current version
 * unless they make another current or withdraw the terms. A dataset may name the version its
 * applicants accept; otherwise they accept the committee's current version.
 */
@Stateless
public class CommitteeTerms {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    People people;

    @EJB
    CatalogueChanges changes;

    /**
     * Publishes a new version and makes it current. {@code version} blank: the next number
     * ("1", "2", ...). 400 for a malformed version, title or URL, or a version the committee
     * published already; 404 for a committee the caller does not administer; 409 when retired.
     */
    public Views.TermsVersionView publish(Actor admin, String dacId, String version, String title, String url) {
        Dac dac = CommitteeAdministration.administered(em, admin, dacId);
        CommitteeAdministration.requireActive(dac);
        List<TermsVersion> existing = versionsOf(dac.id());
        String label = version == null || version.isBlank() ? String.valueOf(existing.size() + 1)
                : CommitteeAdministration.plain(version.strip(), "version");
        if (label.length() > TermsVersion.MAX_VERSION) {
            throw CatalogRuleViolation.invalid("A version has at most " + TermsVersion.MAX_VERSION + " characters.");
        }
        if (existing.stream().anyMatch(v -> v.version().equalsIgnoreCase(label))) {
            throw CatalogRuleViolation.invalid("Version " + label + " of the terms exists already; give the new one"
                    + " another version.");
        }
        String cleanTitle = title == null || title.isBlank() ? "Data access agreement"
                : CommitteeAdministration.plain(title.strip(), "title");
        if (cleanTitle.length() > TermsVersion.MAX_TITLE) {
            throw CatalogRuleViolation.invalid("A title has at most " + TermsVersion.MAX_TITLE + " characters.");
        }
        String cleanUrl = CommitteeAdministration.url(url, "terms URL");
        TermsVersion terms = new TermsVersion(dac.id(), label, cleanTitle, cleanUrl, admin.subject(), Instant.now());
        em.persist(terms);
        em.flush(); // the version row first: the committee's foreign key names it
        dac.useTerms(terms);
        changes.record(admin, dac.id(), null, "terms-published", terms.label() + ": " + cleanUrl);
        return view(terms, dac, true);
    }

    /** Makes an earlier published version current again, or ({@code versionId} null) withdraws the terms. */
    public List<Views.TermsVersionView> makeCurrent(Actor admin, String dacId, String versionId) {
        Dac dac = CommitteeAdministration.administered(em, admin, dacId);
        CommitteeAdministration.requireActive(dac);
        if (versionId == null || versionId.isBlank()) {
            if (dac.termsVersionId().isPresent()) {
                dac.useTerms(null);
                changes.record(admin, dac.id(), null, "terms-withdrawn",
                        "The committee sets no terms; datasets that name a version keep it.");
            }
        } else {
            TermsVersion terms = versionOf(dac, versionId);
            if (!dac.termsVersionId().map(terms.id()::equals).orElse(false)) {
                dac.useTerms(terms);
                changes.record(admin, dac.id(), null, "terms-current", terms.label() + " is current again.");
            }
        }
        em.flush();
        return views(versionsOf(dac.id()), dac);
    }

    /** Every version the committee published, newest first, for its administrators. */
    public List<Views.TermsVersionView> versions(Actor admin, String dacId) {
        Dac dac = CommitteeAdministration.administered(em, admin, dacId);
        return views(versionsOf(dac.id()), dac);
    }

    /**
     * Names the version of its committee's terms that a dataset's applicants accept; {@code
     * versionId} null or blank: the committee's current version. 400 for a version of another
     * committee or none; 404 for a dataset the caller does not administer.
     */
    public Views.TermsVersionView nameForDataset(Actor admin, String datasetId, String versionId) {
        Dataset dataset = CommitteeAdministration.administeredDataset(em, admin, datasetId);
        TermsVersion terms = versionId == null || versionId.isBlank() ? null : versionOf(dataset.dac(), versionId);
        CommitteeAdministration.requireActive(dataset.dac());
        dataset.nameTerms(terms, admin.subject(), Instant.now());
        changes.record(admin, dataset.dac().id(), dataset.id(), "dataset-terms-named", terms == null
                ? "Applicants accept the committee's current terms." : "Applicants accept " + terms.label() + ".");
        return asked(dataset).orElse(null);
    }

    /** The version a dataset's applicants accept today, if any (public: the catalogue shows it). */
    public Optional<Views.TermsVersionView> asked(Dataset dataset) {
        return dataset.termsVersionId().map(id -> em.find(TermsVersion.class, id))
                .map(t -> view(t, dataset.dac(), dataset.dac().termsVersionId().map(t.id()::equals).orElse(false)));
    }

    /**
     * The terms the datasets ask their applicants to accept, each version once, in the order of
     * the datasets (public: what the catalogue shows).
     */
    public List<Views.TermsVersionView> named(List<Dataset> datasets) {
        Map<String, Views.TermsVersionView> named = new LinkedHashMap<>();
        for (Dataset dataset : datasets) {
            asked(dataset).ifPresent(t -> named.putIfAbsent(t.id(), t));
        }
        return List.copyOf(named.values());
    }

    /** The same, as the request records them when accepted. */
    static List<TermsAccepted.Terms> forRequest(List<Views.TermsVersionView> named) {
        return named.stream().map(t -> new TermsAccepted.Terms(t.id(), t.version(), t.title(), t.url())).toList();
    }

    /** Every committee's current terms that can still be accepted (public: committees' names and terms), by committee. */
    public List<Views.TermsVersionView> current() {
        return em.createQuery("select d from Dac d where d.termsVersionId is not null and d.retiredAt is null"
                + " order by d.name", Dac.class).getResultList().stream()
                .map(d -> view(em.find(TermsVersion.class, d.termsVersionId().get()), d, true)).toList();
    }

    private TermsVersion versionOf(Dac dac, String versionId) {
        TermsVersion terms = em.find(TermsVersion.class, versionId.strip());
        if (terms == null || !terms.dacId().equals(dac.id())) {
            throw CatalogRuleViolation.invalid("The committee " + dac.name() + " published no terms version "
                    + versionId.strip() + ".");
        }
        return terms;
    }

    private List<TermsVersion> versionsOf(String dacId) {
        return em.createQuery("select t from TermsVersion t where t.dacId = :d", TermsVersion.class)
                .setParameter("d", dacId).getResultList().stream()
                .sorted(Comparator.comparing(TermsVersion::publishedAt).reversed().thenComparing(TermsVersion::version))
                .toList();
    }

    private List<Views.TermsVersionView> views(List<TermsVersion> versions, Dac dac) {
        Map<String, String> names = people.namesOf(versions.stream().map(TermsVersion::publishedBy)
                .collect(java.util.stream.Collectors.toSet()));
        return versions.stream().map(t -> new Views.TermsVersionView(t.id(), dac.id(), dac.name(), t.version(),
                t.title(), t.url(), t.publishedAt(), names.getOrDefault(t.publishedBy(), t.publishedBy()),
                dac.termsVersionId().map(t.id()::equals).orElse(false))).toList();
    }

    private static Views.TermsVersionView view(TermsVersion t, Dac dac, boolean current) {
        return new Views.TermsVersionView(t.id(), dac.id(), dac.name(), t.version(), t.title(), t.url(),
                t.publishedAt(), null, current);
    }
}
