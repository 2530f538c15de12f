package eu.consulate.application;

import java.util.Locale;
import java.util.Map;

import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.domain.model.dac.Dataset;
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

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    public Dac createCommittee(String name, String sourceUrl, Map<String, DacRole> members) {
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
        members.forEach((username, role) -> dac.addMember(required(username, "Every member needs a username."), role));
        em.persist(dac);
        return dac;
    }

    public Dataset addDataset(String dacId, String url, String title) {
        Dac dac = dacId == null ? null : em.find(Dac.class, dacId);
        if (dac == null) {
            throw CatalogRuleViolation.invalid("There is no committee " + dacId + ".");
        }
        String cleanUrl = url(url, "dataset URL");
        String cleanTitle = required(title, "A dataset needs a title.");
        if (cleanTitle.length() > 300) {
            throw CatalogRuleViolation.invalid("A dataset title has at most 300 characters.");
        }
        if (!em.createQuery("select d.id from Dataset d where d.url = :u", String.class)
                .setParameter("u", cleanUrl).getResultList().isEmpty()) {
            throw CatalogRuleViolation.duplicate("A dataset with URL " + cleanUrl + " exists already.");
        }
        Dataset dataset = new Dataset(cleanUrl, cleanTitle, dac);
        em.persist(dataset);
        return dataset;
    }

    /** Parses a member role as typed by an administrator (MEMBER or CHAIR, any case). */
    public static DacRole role(String role) {
        if (role == null || role.isBlank()) {
            return DacRole.MEMBER;
        }
        try {
            return DacRole.valueOf(role.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw CatalogRuleViolation.invalid("A member's role is MEMBER or CHAIR, not " + role + ".");
        }
    }

    private static String required(String value, String message) {
        if (value == null || value.isBlank()) {
            throw CatalogRuleViolation.invalid(message);
        }
        return value.strip();
    }

    private static String url(String value, String what) {
        String v = required(value, "The " + what + " is required.");
        if (!(v.startsWith("https://") || v.startsWith("http://")) || v.length() > MAX_URL || v.contains(" ")) {
            throw CatalogRuleViolation.invalid("The " + what + " must be an http(s) URL of at most " + MAX_URL
                    + " characters.");
        }
        return v;
    }
}
