package eu.consulate.application;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.consulate.domain.model.person.Person;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The people the identity provider told us about: subject to current username, for display and
 * for administrators who name a committee member by username.
 */
@Stateless
public class People {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    /**
     * Records the username the person signs in with, when it is new or changed. In a transaction
     * of its own: when the first two requests of a new person race to insert the same row, the
     * loser's insert fails alone (see {@link Actors}) and the request goes on.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String subject, String username) {
        signedIn(subject, username, null, null);
    }

    /** The same, with the e-mail address and language of the token (null: keep what is known). */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public void signedIn(String subject, String username, String email, String locale) {
        long now = System.currentTimeMillis();
        Person person = em.find(Person.class, subject);
        if (person == null) {
            person = new Person(subject, username, now);
            em.persist(person);
        } else {
            person.signedInAs(username, now);
        }
        person.reachableAt(Person.cleanEmail(email), locale);
    }

    /** Whether the person is known with exactly this username (no write needed). */
    public boolean knows(String subject, String username) {
        Person person = em.find(Person.class, subject);
        return person != null && person.username().equals(username);
    }

    /** The same, and with this e-mail address and language (null: nothing to compare). */
    public boolean knows(String subject, String username, String email, String locale) {
        Person person = em.find(Person.class, subject);
        return person != null && person.username().equals(username)
                && (email == null || java.util.Objects.equals(Person.cleanEmail(email), person.email()))
                && (locale == null || person.locale() != null);
    }

    /**
     * The subjects of people named by subject or by the username they signed in with, as a
     * committee types them; a name that is neither a known subject nor one person's username is
     * returned as it is, for the rules to refuse with the name the committee typed.
     */
    public List<String> subjectsOf(List<String> subjectsOrUsernames) {
        Set<String> knownSubjects = known(subjectsOrUsernames);
        List<String> subjects = new java.util.ArrayList<>();
        for (String name : subjectsOrUsernames) {
            if (knownSubjects.contains(name)) {
                subjects.add(name);
                continue;
            }
            List<String> byUsername = em.createQuery("select p.subject from Person p where p.username = :u", String.class)
                    .setParameter("u", name).getResultList();
            subjects.add(byUsername.size() == 1 ? byUsername.get(0) : name);
        }
        return subjects;
    }

    /** Those of {@code subjects} who have signed in to Consulate at least once. */
    public Set<String> known(Collection<String> subjects) {
        if (subjects.isEmpty()) {
            return Set.of();
        }
        return Set.copyOf(em.createQuery("select p.subject from Person p where p.subject in :s", String.class)
                .setParameter("s", List.copyOf(subjects)).getResultList());
    }

    /** Display names of the given subjects; a subject nobody signed in with shows as itself. */
    public Map<String, String> namesOf(Collection<String> subjects) {
        Map<String, String> names = new HashMap<>();
        if (!subjects.isEmpty()) {
            em.createQuery("select p from Person p where p.subject in :s", Person.class)
                    .setParameter("s", List.copyOf(subjects)).getResultList()
                    .forEach(p -> names.put(p.subject(), p.username()));
        }
        subjects.forEach(s -> names.putIfAbsent(s, s));
        return names;
    }

    /**
     * The subject of whoever signed in last with this username. Refused when more than one person
     * has used it, because the administrator cannot mean both: they must give the subject.
     */
    public String subjectOf(String username) {
        List<String> subjects = em.createQuery("select p.subject from Person p where p.username = :u", String.class)
                .setParameter("u", username).getResultList();
        if (subjects.isEmpty()) {
            throw CatalogRuleViolation.invalid("Nobody has signed in as '" + username
                    + "' yet. Ask them to sign in once, or give their subject instead of the username.");
        }
        if (subjects.size() > 1) {
            throw CatalogRuleViolation.invalid("More than one account has used the username '" + username
                    + "'. Give the subject of the person you mean.");
        }
        return subjects.get(0);
    }
}
