package eu.consulate.domain.model.person;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * Somebody the identity provider told us about: their stable subject ({@code sub}) and the
 * username they last signed in with. The username is shown to people and lets an administrator
 * name a committee member; no permission rests on it, because the identity provider may rename
 * a user or give a freed username to somebody else.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    @Column(name = "subject", length = 255)
    private String subject;

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Column(name = "seen_at", nullable = false)
    private long seenAt;

    /** Where notifications are mailed: the identity provider's {@code email} claim at the last sign-in. */
    @Column(name = "email", length = 320)
    private String email;

    /** The language of notifications (e.g. {@code en}, {@code de}): chosen by the person, else the token's. */
    @Column(name = "locale", length = 10)
    private String locale;

    protected Person() {
    }

    public Person(String subject, String username, long seenAt) {
        this.subject = subject;
        this.username = username;
        this.seenAt = seenAt;
    }

    /** Records the username the person signed in with now (the identity provider may have renamed them). */
    public void signedInAs(String currentUsername, long now) {
        if (!currentUsername.equals(username)) {
            username = currentUsername;
            seenAt = now;
        }
    }

    /**
     * Keeps the address the identity provider gave now (null: none given, keep the known one) and,
     * unless the person chose a language, the token's.
     */
    public void reachableAt(String currentEmail, String tokenLocale) {
        if (currentEmail != null) {
            email = currentEmail;
        }
        if (locale == null && tokenLocale != null && !tokenLocale.isBlank()) {
            locale = language(tokenLocale);
        }
    }

    /** The person chose the language of their notifications. */
    public void speaks(String language) {
        locale = language(language);
    }

    /** {@code de-AT}, {@code de_AT} → {@code de}. */
    static String language(String tag) {
        String clean = tag.strip().toLowerCase(java.util.Locale.ROOT);
        int cut = clean.indexOf('-') >= 0 ? clean.indexOf('-') : clean.indexOf('_');
        clean = cut > 0 ? clean.substring(0, cut) : clean;
        return clean.length() > 10 ? clean.substring(0, 10) : clean;
    }

    /** An address as the token gave it, trimmed; null for none or one that cannot be an address. */
    public static String cleanEmail(String email) {
        if (email == null) {
            return null;
        }
        String clean = email.strip();
        return clean.length() > 320 || !clean.matches("[^@\\s]+@[^@\\s]+") ? null : clean;
    }

    public String email() {
        return email;
    }

    public String locale() {
        return locale;
    }

    public String subject() {
        return subject;
    }

    public String username() {
        return username;
    }

    public long seenAt() {
        return seenAt;
    }
}
