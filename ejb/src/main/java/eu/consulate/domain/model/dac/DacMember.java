package eu.consulate.domain.model.dac;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A committee member: a username and the role held. */
@Embeddable
public class DacMember {

    @Column(name = "username", nullable = false, length = 100)
    private String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private DacRole role;

    protected DacMember() {
    }

    public DacMember(String username, DacRole role) {
        this.username = username;
        this.role = role;
    }

    public String username() {
        return username;
    }

    public DacRole role() {
        return role;
    }
}
