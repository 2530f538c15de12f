package eu.consulate.application;

import static eu.consulate.application.CommitteeAdministration.optional;
import static eu.consulate.application.CommitteeAdministration.plain;
import static eu.consulate.application.CommitteeAdministration.required;
import static eu.consulate.application.CommitteeAdministration.url;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.domain.model.datause.DataUseConditions;
import eu.consulate.domain.model.datause.DuoTerm;
import eu.consulate.domain.model.datause.DuoVocabulary;
import eu.consulate.domain.model.datause.InvalidDataUse;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * A committee's datasets for its administrators: adding, describing for the catalogue, their
 * data use in DUO terms, bulk import and retiring; each change recorded ({@link CatalogueChanges}).
 * The URL of a dataset is a persistent identifier that ends up in signed visas: an http(s) URL,
 * unique. A dataset of a committee the caller does not administer is, for them, no dataset (404);
 * a retired committee takes no new or changed datasets (409).
 */
@Stateless
public class DatasetAdministration {

    static final int MAX_KEYWORDS = 30;
    public static final int MAX_IMPORT_ROWS = 1000;
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());

    @EJB
    Diseases diseases;

    @EJB
    Catalog catalog;

    @EJB
    CatalogueChanges changes;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    public Dataset addDataset(Actor admin, String dacId, String url, String title) {
        Dac dac = CommitteeAdministration.administered(em, admin, dacId);
        String cleanUrl = url(url, "dataset URL");
        String cleanTitle = datasetTitle(title);
        if (urlTaken(cleanUrl)) {
            throw CatalogRuleViolation.duplicate("A dataset with URL " + cleanUrl + " exists already.");
        }
        CommitteeAdministration.requireActive(dac);
        Dataset dataset = new Dataset(cleanUrl, cleanTitle, dac);
        em.persist(dataset);
        em.flush();
        changes.record(admin, dac.id(), dataset.id(), "dataset-added", cleanTitle + " (" + cleanUrl + ").");
        return dataset;
    }

    private static String datasetTitle(String title) {
        String clean = required(title, "A dataset needs a title.");
        if (clean.length() > 300) {
            throw CatalogRuleViolation.invalid("A dataset title has at most 300 characters.");
        }
        return clean;
    }

    private boolean urlTaken(String url) {
        return !em.createQuery("select d.id from Dataset d where d.url = :u", String.class).setParameter("u", url)
                .getResultList().isEmpty();
    }

    /** A dataset's catalogue entry as given, checked: 400 ({@link CatalogRuleViolation}) for anything malformed. */
    private static Dataset.Description description(String title, String description, List<String> keywords,
            List<String> countries, String dataType, String size) {
        return new Dataset.Description(datasetTitle(title),
                optional(description, "description", CommitteeAdministration.MAX_DESCRIPTION), keywords(keywords),
                countries(countries), optional(dataType, "type of data", 200), optional(size, "size", 200));
    }

    /**
     * Describes a dataset for the public catalogue (title, description, keywords, countries as
     * ISO 3166 codes, type and size of the data), recorded with the administrator and the time.
     * Anything malformed: 400, nothing changed; another committee's dataset: 404.
     */
    public Views.CatalogueDataset describeDataset(Actor admin, String datasetId, String title, String description,
            List<String> keywords, List<String> countries, String dataType, String size) {
        Dataset dataset = CommitteeAdministration.administeredDataset(em, admin, datasetId);
        Dataset.Description described = description(title, description, keywords, countries, dataType, size);
        CommitteeAdministration.requireActive(dataset.dac());
        dataset.describe(described, admin.subject(), Instant.now());
        changes.record(admin, dataset.dac().id(), dataset.id(), "dataset-described", described.title()
                + (described.keywords().isEmpty() ? "" : "; keywords " + String.join(", ", described.keywords()))
                + (described.countries().isEmpty() ? "" : "; countries " + String.join(", ", described.countries()))
                + ".");
        return catalog.publicDataset(dataset.id());
    }

    /** A dataset of a bulk import, as given. */
    public record DatasetRow(String url, String title, String description, List<String> keywords, List<String> countries,
            String dataType, String size, String permission, List<String> diseases, List<DataUse.Requested> modifiers) {
    }

    /**
     * Imports datasets into a committee, all or nothing: every row is checked (URL unique here and
     * in the batch, title, description, countries, data use in DUO with known diseases) and the
     * faulty ones are all reported (row numbers from 1); only a batch without faults is written.
     * Returns the new datasets' ids in the order of the rows.
     */
    public List<String> importDatasets(Actor admin, String dacId, List<DatasetRow> rows) {
        Dac dac = CommitteeAdministration.administered(em, admin, dacId);
        if (rows == null || rows.isEmpty() || rows.size() > MAX_IMPORT_ROWS) {
            throw CatalogRuleViolation.invalid("Send 1 to " + MAX_IMPORT_ROWS + " datasets.");
        }
        CommitteeAdministration.requireActive(dac);
        List<String> reasons = new java.util.ArrayList<>();
        java.util.Set<String> urls = new java.util.HashSet<>();
        List<CheckedRow> checked = new java.util.ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            DatasetRow row = rows.get(i);
            String at = "Row " + (i + 1) + ": ";
            if (row == null) {
                reasons.add(at + "empty.");
                continue;
            }
            try {
                String url = url(row.url(), "dataset URL");
                if (!urls.add(url)) {
                    throw CatalogRuleViolation.invalid("the URL " + url + " is given twice in this import.");
                }
                if (urlTaken(url)) {
                    throw CatalogRuleViolation.invalid("A dataset with URL " + url + " exists already.");
                }
                Dataset.Description description = description(row.title(), row.description(), row.keywords(),
                        row.countries(), row.dataType(), row.size());
                DataUse use = row.permission() == null ? null
                        : DataUse.of(row.permission(), row.diseases(), row.modifiers());
                if (use != null) {
                    diseases.requireKnown(use.diseases());
                }
                checked.add(new CheckedRow(url, description, use));
            } catch (CatalogRuleViolation | InvalidDataUse e) {
                String message = e.getMessage();
                reasons.add(at + Character.toLowerCase(message.charAt(0)) + message.substring(1));
            }
        }
        if (!reasons.isEmpty()) {
            throw new CatalogImportRefused(reasons);
        }
        Instant now = Instant.now();
        List<String> ids = new java.util.ArrayList<>();
        for (CheckedRow row : checked) {
            Dataset dataset = new Dataset(row.url(), row.description().title(), dac);
            dataset.describe(row.description(), admin.subject(), now);
            if (row.use() != null) {
                dataset.describeUse(row.use(), admin.subject(), now);
            }
            em.persist(dataset);
            ids.add(dataset.id());
        }
        em.flush();
        changes.record(admin, dac.id(), null, "datasets-imported", ids.size() + " dataset"
                + (ids.size() == 1 ? "" : "s") + " imported: " + checked.stream().map(r -> r.description().title())
                        .collect(java.util.stream.Collectors.joining("; ")) + ".");
        return ids;
    }

    /** An import row that passed every check; {@code use} null when the row gives none. */
    private record CheckedRow(String url, Dataset.Description description, DataUse use) {
    }

    /** Retires a dataset: it leaves the catalogue and cannot be requested; permits and requests for it stay readable. */
    public Views.CatalogueDataset retireDataset(Actor admin, String datasetId) {
        Dataset dataset = CommitteeAdministration.administeredDataset(em, admin, datasetId);
        if (!dataset.isRetired()) {
            dataset.retire(admin.subject(), Instant.now());
            changes.record(admin, dataset.dac().id(), dataset.id(), "dataset-retired", dataset.title()
                    + " no longer takes requests.");
        }
        return catalog.publicDataset(dataset.id());
    }

    private static List<String> keywords(List<String> given) {
        java.util.Map<String, String> clean = new java.util.LinkedHashMap<>();
        for (String keyword : given == null ? List.<String>of() : given) {
            if (keyword == null || keyword.isBlank()) {
                continue;
            }
            String k = plain(keyword.strip(), "keyword");
            if (k.length() > 100) {
                throw CatalogRuleViolation.invalid("A keyword has at most 100 characters.");
            }
            clean.putIfAbsent(k.toLowerCase(Locale.ROOT), k);
        }
        if (clean.size() > MAX_KEYWORDS) {
            throw CatalogRuleViolation.invalid("At most " + MAX_KEYWORDS + " keywords.");
        }
        return List.copyOf(clean.values());
    }

    private static List<String> countries(List<String> given) {
        java.util.Set<String> clean = new java.util.TreeSet<>();
        for (String country : given == null ? List.<String>of() : given) {
            if (country == null || country.isBlank()) {
                continue;
            }
            String code = country.strip().toUpperCase(Locale.ROOT);
            if (!COUNTRIES.contains(code)) {
                throw CatalogRuleViolation.invalid("'" + country.strip() + "' is not an ISO 3166 country code such as DE or FI.");
            }
            clean.add(code);
        }
        return List.copyOf(clean);
    }

    /**
     * Describes a dataset's data-use conditions in DUO terms (replacing what was there), recorded
     * with the administrator's subject and the time. A dataset of a committee the caller does not
     * administer: 404, as if it did not exist; an invalid description: 400 ({@link InvalidDataUse}),
     * nothing changed. Permits issued before keep the conditions they were issued with.
     */
    public Views.DataUseView describeDataUse(Actor admin, String datasetId, String permission, List<String> diseases,
            List<DataUse.Requested> modifiers) {
        Dataset dataset = CommitteeAdministration.administeredDataset(em, admin, datasetId);
        DataUse use = DataUse.of(permission, diseases, modifiers);
        this.diseases.requireKnown(use.diseases());
        CommitteeAdministration.requireActive(dataset.dac());
        dataset.describeUse(use, admin.subject(), Instant.now());
        Views.DataUseView view = dataUseView(dataset);
        changes.record(admin, dataset.dac().id(), dataset.id(), "data-use-described",
                String.join(" ", view.conditions()));
        return view;
    }

    /** The dataset's data-use conditions with DUO's labels and definitions, for an administrator of its committee. */
    public Views.DataUseView dataUse(Actor admin, String datasetId) {
        return dataUseView(CommitteeAdministration.administeredDataset(em, admin, datasetId));
    }

    /** The data use of a dataset as people read it; {@code permission} null while not described. */
    static Views.DataUseView dataUseView(Dataset dataset) {
        DuoVocabulary duo = DuoVocabulary.shipped();
        var use = dataset.dataUse();
        if (use.isEmpty()) {
            return new Views.DataUseView(dataset.id(), dataset.title(), null, List.of(), List.of(), List.of(), null, null);
        }
        var permission = term(duo, use.get().permission(), "");
        var modifiers = use.get().modifiers().stream().map(m -> term(duo, m.term(), m.parameter())).toList();
        List<String> conditions = new DataUseConditions(duo)
                .of(List.of(new DataUseConditions.DatasetUse(dataset.title(), use)));
        return new Views.DataUseView(dataset.id(), dataset.title(), permission, use.get().diseases(), modifiers,
                conditions, dataset.useDescribedBy().orElse(null), dataset.useDescribedAt().orElse(null));
    }

    private static Views.DuoTermView term(DuoVocabulary duo, DuoTerm term, String parameter) {
        var entry = duo.entry(term);
        return new Views.DuoTermView(term.id(), term.shorthand(), entry.label(), entry.definition(), parameter);
    }
}
