package eu.consulate.application;

import java.util.List;
import java.util.Locale;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.PlainText;

import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.domain.model.dac.TermsVersion;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Committees for DAC administrators: creating, describing and retiring them, their seats and
 * their public register; each change recorded ({@link CatalogueChanges}). Datasets are
 * {@link DatasetAdministration}'s, terms {@link CommitteeTerms}'. The source URL of a committee is
 * a persistent identifier that ends up in signed visas: an http(s) URL, unique.
 */
@Stateless
public class CommitteeAdministration {

    static final int MAX_URL = 500;
    static final int MAX_SUBJECT = 255;

    @EJB
    People people;

    @EJB
    CatalogueChanges changes;

    static final int MAX_DESCRIPTION = 4000;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

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

    private Views.CommitteeView view(Dac d, java.util.Map<String, String> names, List<Dataset> datasets) {
        Views.TermsVersionView terms = d.termsVersionId().map(id -> em.find(TermsVersion.class, id))
                .map(t -> new Views.TermsVersionView(t.id(), d.id(), d.name(), t.version(), t.title(), t.url(),
                        t.publishedAt(), null, true)).orElse(null);
        return new Views.CommitteeView(d.id(), d.name(), d.sourceUrl(),
                d.members().stream().map(m -> new Views.SeatView(m.subject(), names.get(m.subject()), m.role().name()))
                        .toList(),
                datasets.stream().filter(ds -> ds.dac().id().equals(d.id()))
                        .map(ds -> new Views.DatasetView(ds.id(), ds.url(), ds.title())).toList(),
                d.publishesRegister(), terms, d.description().orElse(null), d.contactEmail().orElse(null),
                d.retiredAt().orElse(null), d.signingOfficialRequired());
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
        if (dac.publishesRegister() != publish) {
            dac.publishRegister(publish);
            changes.record(admin, dac.id(), null, publish ? "register-published" : "register-withdrawn",
                    publish ? "Decisions appear in the public register." : "Decisions no longer appear in the public register.");
        }
        em.flush();
        return committee(admin, dacId);
    }

    /**
     * The committee's administrator decides whether a signing official of the applicant's
     * institution confirms each new request before it reaches the committee (requests already
     * submitted are not affected). A committee they do not administer: 404, as above.
     */
    public Views.CommitteeView requireSigningOfficial(Actor admin, String dacId, boolean required) {
        Dac dac = administered(admin, dacId);
        if (dac.signingOfficialRequired() != required) {
            dac.requireSigningOfficial(required);
            changes.record(admin, dac.id(), null, required ? "signing-official-required" : "signing-official-dropped",
                    required ? "New requests need the confirmation of the applicant's signing official."
                            : "New requests no longer need a signing official's confirmation.");
        }
        em.flush();
        return committee(admin, dacId);
    }

    /**
     * Gives a seat in the committee: the person by subject or username, in a role. Giving a
     * seat they hold already changes nothing. 400 for an unknown username or role; 404 for a
     * committee the caller does not administer; 409 when it is retired.
     */
    public Views.CommitteeView giveSeat(Actor admin, String dacId, Seat seat) {
        Dac dac = administered(admin, dacId);
        requireActive(dac);
        String subject = subjectOf(seat);
        DacRole role = seat.role() == null ? DacRole.MEMBER : seat.role();
        if (!dac.holds(subject, role)) {
            dac.addMember(subject, role);
            changes.record(admin, dac.id(), null, "seat-given", nameOf(subject) + " as " + role.label() + ".");
        }
        em.flush();
        return committee(admin, dacId);
    }

    /**
     * Takes a seat away (the person keeps their other seats); what they did in it stays in the
     * requests' histories. The last administrator seat stays: 409. 404 for a seat that does not
     * exist or a committee the caller does not administer.
     */
    public Views.CommitteeView takeSeat(Actor admin, String dacId, String subject, DacRole role) {
        Dac dac = administered(admin, dacId);
        requireActive(dac);
        if (subject == null || role == null || !dac.holds(subject.strip(), role)) {
            throw new NoSuchSeat(subject, role);
        }
        try {
            dac.removeMember(subject.strip(), role);
        } catch (IllegalStateException e) {
            throw ApplicationRuleViolation.conflict(e.getMessage() + " Give another person the administrator seat first.");
        }
        changes.record(admin, dac.id(), null, "seat-taken-away", nameOf(subject.strip()) + " no longer "
                + role.label() + ".");
        em.flush();
        if (!admin.isAdminOf(dacId) || (subject.strip().equals(admin.subject()) && role == DacRole.ADMIN)) {
            return null; // the administrator gave up their own seat: the committee is no longer theirs to see
        }
        return committee(admin, dacId);
    }

    /**
     * Retires the committee: it and its datasets leave the catalogue and cannot be requested; its
     * permits, decisions and history stay readable, its seats stay so that people still read what
     * they decided. Refused (409) while requests are open: decide or close them first.
     */
    public Views.CommitteeView retireCommittee(Actor admin, String dacId) {
        Dac dac = administered(admin, dacId);
        if (dac.isRetired()) {
            return committee(admin, dacId);
        }
        Number open = (Number) em.createNativeQuery("SELECT COUNT(*) FROM application_summary WHERE dac_id = ? "
                + "AND state IN ('SUBMITTED', 'RETURNED', 'REVIEW_APPROVED', 'LEGAL_CHECK_PASSED')")
                .setParameter(1, dac.id()).getSingleResult();
        if (open.longValue() > 0) {
            throw ApplicationRuleViolation.conflict("The committee " + dac.name() + " has " + open + " open request"
                    + (open.longValue() == 1 ? "" : "s") + "; decide or close them before retiring it.");
        }
        java.time.Instant now = java.time.Instant.now();
        dac.retire(admin.subject(), now);
        for (Dataset dataset : em.createQuery("select d from Dataset d where d.dac.id = :d and d.retiredAt is null",
                Dataset.class).setParameter("d", dac.id()).getResultList()) {
            dataset.retire(admin.subject(), now);
            changes.record(admin, dac.id(), dataset.id(), "dataset-retired", "Retired with its committee.");
        }
        changes.record(admin, dac.id(), null, "committee-retired", dac.name() + " no longer takes requests.");
        em.flush();
        return committee(admin, dacId);
    }

    /** The record of changes to the committee and its datasets, newest first; 404 as above. */
    public List<Views.CatalogueChangeView> changes(Actor admin, String dacId) {
        return changes.of(admin, dacId);
    }

    private String nameOf(String subject) {
        return people.namesOf(java.util.Set.of(subject)).getOrDefault(subject, subject);
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
        changes.record(creator, dac.id(), null, "committee-created", cleanName + " (" + source + ") with "
                + dac.members().size() + " seat" + (dac.members().size() == 1 ? "" : "s") + ".");
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
        requireActive(dac);
        dac.describe(cleanName, optional(description, "description", MAX_DESCRIPTION), contact);
        changes.record(admin, dac.id(), null, "committee-described", cleanName + (contact == null ? ""
                : "; contact " + contact) + ".");
        return committee(admin, dacId);
    }

    static String optional(String value, String what, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String v = value.strip();
        if (v.length() > max) {
            throw CatalogRuleViolation.invalid("The " + what + " has at most " + max + " characters.");
        }
        return what.equals("description") ? v.replace("\r\n", "\n") : plain(v, what);
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

    static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw CatalogRuleViolation.invalid(message);
        }
        return plain(value.strip(), "text");
    }

    static String plain(String value, String what) {
        int at = PlainText.firstControlCharacter(value);
        if (at >= 0) {
            throw CatalogRuleViolation.invalid(PlainText.message(what, at));
        }
        return value;
    }

    static String url(String value, String what) {
        String v = required(value, "The " + what + " is required.");
        if (!(v.startsWith("https://") || v.startsWith("http://")) || v.length() > MAX_URL || v.contains(" ")) {
            throw CatalogRuleViolation.invalid("The " + what + " must be an http(s) URL of at most " + MAX_URL
                    + " characters.");
        }
        return v;
    }

    private Dac administered(Actor admin, String dacId) {
        return administered(em, admin, dacId);
    }

    /** A committee the actor does not administer is, for them, no committee (404), like an unknown id. */
    static Dac administered(EntityManager em, Actor admin, String dacId) {
        Dac dac = dacId == null || !admin.isAdminOf(dacId) ? null : em.find(Dac.class, dacId);
        if (dac == null) {
            throw new NoSuchCommittee(dacId);
        }
        return dac;
    }

    /** A dataset of a committee the actor does not administer is, for them, no dataset (404). */
    static Dataset administeredDataset(EntityManager em, Actor admin, String datasetId) {
        Dataset dataset = datasetId == null ? null : em.find(Dataset.class, datasetId);
        if (dataset == null || !admin.isAdminOf(dataset.dac().id())) {
            throw new NoSuchDataset(datasetId);
        }
        return dataset;
    }

    /** A retired committee takes no changes but its records (409). */
    static void requireActive(Dac dac) {
        if (dac.isRetired()) {
            throw ApplicationRuleViolation.conflict("The committee " + dac.name() + " is retired.");
        }
    }
}
