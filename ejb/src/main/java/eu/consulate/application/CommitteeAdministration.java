package eu.consulate.application;

import java.util.List;
import java.util.Locale;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.PlainText;

import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
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
 * Creating committees and their datasets (DAC administrators; tests build their data with it).
 * The source URL of a committee and the URL of a dataset are persistent identifiers that end up
 * in signed visas: they must be http(s) URLs and unique.
 */
@Stateless
public class CommitteeAdministration {

    static final int MAX_URL = 500;
    static final int MAX_SUBJECT = 255;

    @EJB
    People people;

    @EJB
    Diseases diseases;

    @EJB
    Catalog catalog;

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    /** The committees this administrator keeps (administrator role and seat), with seats and datasets. */
    public List<Views.CommitteeView> administeredBy(Actor admin) {
        // the actor's own administrator seats name the committees: no scan of every committee
        return viewsOf(admin.seats().keySet().stream().filter(admin::isAdminOf).toList());
    }

    private List<Views.CommitteeView> viewsOf(List<String> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Dac> committees = em.createQuery("select d from Dac d where d.id in :ids order by d.name", Dac.class)
                .setParameter("ids", ids).getResultList();
        if (committees.isEmpty()) {
            return List.of();
        }
        java.util.Map<String, String> names = people.namesOf(committees.stream()
                .flatMap(d -> d.members().stream()).map(eu.consulate.domain.model.dac.DacMember::subject)
                .collect(java.util.stream.Collectors.toSet()));
        List<Dataset> datasets = em.createQuery("select d from Dataset d where d.dac.id in :ids order by d.title",
                Dataset.class).setParameter("ids", committees.stream().map(Dac::id).toList()).getResultList();
        return committees.stream().map(d -> view(d, names, datasets)).toList();
    }

    private static Views.CommitteeView view(Dac d, java.util.Map<String, String> names, List<Dataset> datasets) {
        return new Views.CommitteeView(d.id(), d.name(), d.sourceUrl(),
                d.members().stream().map(m -> new Views.SeatView(m.subject(), names.get(m.subject()), m.role().name()))
                        .toList(),
                datasets.stream().filter(ds -> ds.dac().id().equals(d.id()))
                        .map(ds -> new Views.DatasetView(ds.id(), ds.url(), ds.title())).toList(),
                d.publishesRegister(), d.termsUrl().orElse(null));
    }

    /** One committee as its administrator sees it; for anybody else it does not exist. */
    public Views.CommitteeView committee(Actor admin, String dacId) {
        if (dacId == null || !admin.isAdminOf(dacId)) {
            throw new NoSuchCommittee(dacId);
        }
        return viewsOf(List.of(dacId)).stream().findFirst().orElseThrow(() -> new NoSuchCommittee(dacId));
    }

    /**
     * The committee's administrator decides whether its decisions (permits and refusals, without
     * names) appear in the public register. A committee they do not administer: 404, as above.
     */
    public Views.CommitteeView publishRegister(Actor admin, String dacId, boolean publish) {
        Dac dac = administered(admin, dacId);
        dac.publishRegister(publish);
        em.flush();
        return committee(admin, dacId);
    }

    /**
     * The committee's administrator names the terms (data access agreement) people accept: an
     * https or http URL, a new one for each new version; blank removes them. Acceptances of
     * earlier terms stay valid until their visas expire.
     */
    public Views.CommitteeView setTerms(Actor admin, String dacId, String termsUrl) {
        Dac dac = administered(admin, dacId);
        dac.setTerms(termsUrl == null || termsUrl.isBlank() ? null : url(termsUrl, "terms URL"));
        em.flush();
        return committee(admin, dacId);
    }

    /** A seat to give: the person by subject, or by the username they signed in with. */
    public record Seat(String subject, String username, DacRole role) {
    }

    /**
     * Creates a committee; its creator takes its administrator seat, so that a DAC administrator
     * keeps only the committees they created or were seated in.
     */
    public Views.CommitteeView createCommittee(Actor creator, String name, String sourceUrl, List<Seat> seats) {
        if (!creator.hasRole(Actor.DAC_ADMIN)) {
            throw ApplicationRuleViolation.forbidden("Only DAC administrators can create committees.");
        }
        String cleanName = required(name, "A committee needs a name.");
        if (cleanName.length() > 200) {
            throw CatalogRuleViolation.invalid("A committee name has at most 200 characters.");
        }
        String source = url(sourceUrl, "source URL");
        if (!em.createQuery("select d.id from Dac d where d.sourceUrl = :s", String.class)
                .setParameter("s", source).getResultList().isEmpty()) {
            throw CatalogRuleViolation.duplicate("A committee with source " + source + " exists already.");
        }
        Dac dac = new Dac(cleanName, source);
        dac.addMember(creator.subject(), DacRole.ADMIN);
        for (Seat seat : seats) {
            dac.addMember(subjectOf(seat), seat.role() == null ? DacRole.MEMBER : seat.role());
        }
        em.persist(dac);
        return view(dac, people.namesOf(dac.members().stream().map(eu.consulate.domain.model.dac.DacMember::subject)
                .collect(java.util.stream.Collectors.toSet())), List.of());
    }

    private String subjectOf(Seat seat) {
        if (seat.subject() != null && !seat.subject().isBlank()) {
            String subject = seat.subject().strip();
            if (subject.length() > MAX_SUBJECT) {
                throw CatalogRuleViolation.invalid("A subject has at most " + MAX_SUBJECT + " characters.");
            }
            return plain(subject, "subject");
        }
        return people.subjectOf(required(seat.username(), "Every member needs a username or a subject."));
    }

    public Dataset addDataset(Actor admin, String dacId, String url, String title) {
        Dac dac = administered(admin, dacId);
        String cleanUrl = url(url, "dataset URL");
        String cleanTitle = datasetTitle(title);
        if (urlTaken(cleanUrl)) {
            throw CatalogRuleViolation.duplicate("A dataset with URL " + cleanUrl + " exists already.");
        }
        Dataset dataset = new Dataset(cleanUrl, cleanTitle, dac);
        em.persist(dataset);
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
        return new Dataset.Description(datasetTitle(title), optional(description, "description", MAX_DESCRIPTION),
                keywords(keywords), countries(countries), optional(dataType, "type of data", 200),
                optional(size, "size", 200));
    }

    static final int MAX_DESCRIPTION = 4000;
    static final int MAX_KEYWORDS = 30;
    private static final java.util.Set<String> COUNTRIES = java.util.Set.of(Locale.getISOCountries());
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    /**
     * Describes a dataset for the public catalogue (title, description, keywords, countries as
     * ISO 3166 codes, type and size of the data), recorded with the administrator and the time.
     * Anything malformed: 400, nothing changed; another committee's dataset: 404.
     */
    public Views.CatalogueDataset describeDataset(Actor admin, String datasetId, String title, String description,
            List<String> keywords, List<String> countries, String dataType, String size) {
        Dataset dataset = administeredDataset(admin, datasetId);
        dataset.describe(description(title, description, keywords, countries, dataType, size), admin.subject(),
                java.time.Instant.now());
        return catalog.publicDataset(dataset.id());
    }

    /** A dataset of a bulk import, as given. */
    public record DatasetRow(String url, String title, String description, List<String> keywords, List<String> countries,
            String dataType, String size, String permission, List<String> diseases, List<DataUse.Requested> modifiers) {
    }

    public static final int MAX_IMPORT_ROWS = 1000;

    /**
     * Imports datasets into a committee, all or nothing: every row is checked (URL unique here and
     * in the batch, title, description, countries, data use in DUO with known diseases) and the
     * faulty ones are all reported (row numbers from 1); only a batch without faults is written.
     * Returns the new datasets' ids in the order of the rows.
     */
    public List<String> importDatasets(Actor admin, String dacId, List<DatasetRow> rows) {
        Dac dac = administered(admin, dacId);
        if (rows == null || rows.isEmpty() || rows.size() > MAX_IMPORT_ROWS) {
            throw CatalogRuleViolation.invalid("Send 1 to " + MAX_IMPORT_ROWS + " datasets.");
        }
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
        java.time.Instant now = java.time.Instant.now();
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
        return ids;
    }

    /** An import row that passed every check; {@code use} null when the row gives none. */
    private record CheckedRow(String url, Dataset.Description description, DataUse use) {
    }

    /** Retires a dataset: it leaves the catalogue and cannot be requested; permits and requests for it stay readable. */
    public Views.CatalogueDataset retireDataset(Actor admin, String datasetId) {
        Dataset dataset = administeredDataset(admin, datasetId);
        dataset.retire(admin.subject(), java.time.Instant.now());
        return catalog.publicDataset(dataset.id());
    }

    /** Renames and describes a committee (name, description, contact address); 400 for malformed input. */
    public Views.CommitteeView describeCommittee(Actor admin, String dacId, String name, String description,
            String contactEmail) {
        Dac dac = administered(admin, dacId);
        String cleanName = required(name, "A committee needs a name.");
        if (cleanName.length() > 200) {
            throw CatalogRuleViolation.invalid("A committee name has at most 200 characters.");
        }
        String contact = optional(contactEmail, "contact address", 254);
        if (contact != null && !EMAIL.matcher(contact).matches()) {
            throw CatalogRuleViolation.invalid("The contact address is an email address such as dac@example.org.");
        }
        dac.describe(cleanName, optional(description, "description", MAX_DESCRIPTION), contact);
        return committee(admin, dacId);
    }

    private static String optional(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw CatalogRuleViolation.invalid("The " + what + " has at most " + max + " characters.");
        }
        return what.equals("description") ? v.replace("\r\n", "\n") : plain(v, what);
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

    /** Parses a seat's role as typed by an administrator (MEMBER, CHAIR, LEGAL_OFFICER, ADMIN; any case). */
    public static DacRole role(String role) {
        if (role == null || role.isBlank()) {
            return DacRole.MEMBER;
        }
        try {
            return DacRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CatalogRuleViolation.invalid("A member's role is MEMBER, CHAIR, LEGAL_OFFICER or ADMIN, not "
                    + role + ".");
        }
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw CatalogRuleViolation.invalid(message);
        }
        return plain(value.strip(), "text");
    }

    private static String plain(String value, String what) {
        int at = PlainText.firstControlCharacter(value);
        if (at >= 0) {
            throw CatalogRuleViolation.invalid(PlainText.message(what, at));
        }
        return value;
    }

    private static String url(String value, String what) {
        String v = required(value, "The " + what + " is required.");
        if (!(v.startsWith("https://") || v.startsWith("http://")) || v.length() > MAX_URL || v.contains(" ")) {
            throw CatalogRuleViolation.invalid("The " + what + " must be an http(s) URL of at most " + MAX_URL
                    + " characters.");
        }
        return v;
    }

    /** A committee the actor does not administer is, for them, no committee (404), like an unknown id. */
    /**
     * Describes a dataset's data-use conditions in DUO terms (replacing what was there), recorded
     * with the administrator's subject and the time. A dataset of a committee the caller does not
     * administer: 404, as if it did not exist; an invalid description: 400 ({@link InvalidDataUse}),
     * nothing changed. Permits issued before keep the conditions they were issued with.
     */
    public Views.DataUseView describeDataUse(Actor admin, String datasetId, String permission, List<String> diseases,
            List<DataUse.Requested> modifiers) {
        Dataset dataset = administeredDataset(admin, datasetId);
        DataUse use = DataUse.of(permission, diseases, modifiers);
        this.diseases.requireKnown(use.diseases());
        dataset.describeUse(use, admin.subject(), java.time.Instant.now());
        return dataUseView(dataset);
    }

    /** The dataset's data-use conditions with DUO's labels and definitions, for an administrator of its committee. */
    public Views.DataUseView dataUse(Actor admin, String datasetId) {
        return dataUseView(administeredDataset(admin, datasetId));
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

    private Dataset administeredDataset(Actor admin, String datasetId) {
        Dataset dataset = datasetId == null ? null : em.find(Dataset.class, datasetId);
        if (dataset == null || !admin.isAdminOf(dataset.dac().id())) {
            throw new NoSuchDataset(datasetId);
        }
        return dataset;
    }

    private Dac administered(Actor admin, String dacId) {
        Dac dac = dacId == null || !admin.isAdminOf(dacId) ? null : em.find(Dac.class, dacId);
        if (dac == null) {
            throw new NoSuchCommittee(dacId);
        }
        return dac;
    }
}
