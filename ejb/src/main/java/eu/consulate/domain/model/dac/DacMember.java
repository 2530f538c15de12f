package eu.consulate.domain.model.dac;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A seat in a committee: the identity provider's subject of the person and the role held. */
@Embeddable
public class DacMember {

    @Column(name = "subject", nullable = false, length = 255)
    private String subject;

    @Enumerated(EnumType.STRING)
    @Column(name = "member_role", nullable = false, length = 20)
    private DacRole role;

    protected DacMember() {
    }

    public DacMember(String subject, DacRole role) {
        this.subject = subject;
        this.role = role;
    }

    public String subject() {
        return subject;
    }

    public DacRole role() {
        return role;
    }
}
