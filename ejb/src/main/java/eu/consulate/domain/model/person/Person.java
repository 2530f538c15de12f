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
