package eu.consulate.domain.model.application;

import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import eu.consulate.domain.model.dac.DacRole;

/**
 * Who is asking, as far as the rules care: the identity provider's stable subject ({@code sub}),
 * the name to show (the username, for display only: an identity provider lets an administrator
 * rename a user or give a freed username to somebody else, so no rule may rest on it), the realm
 * roles, and the seats the person holds in committees. A realm role says what kind of work a
 * person does at all; a seat says for which committee (a legal officer checks only the requests
 * of committees that seat them as legal officer).
 */
public record Actor(String subject, String name, Set<String> roles, Map<String, Set<DacRole>> seats) {

    public static final String APPLICANT = "applicant";
    public static final String DAC_MEMBER = "dac-member";
    public static final String DAC_CHAIR = "dac-chair";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String DAC_ADMIN = "dac-admin";
    public static final String SYSTEM = "system";

    private static final Actor WORKFLOW_ENGINE = new Actor(SYSTEM, SYSTEM, Set.of(SYSTEM), Map.of());

    public Actor {
        Objects.requireNonNull(subject, "subject");
        name = name == null || name.isBlank() ? subject : name;
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        seats = seats == null ? Map.of() : seats.entrySet().stream()
                .collect(Collectors.toUnmodifiableMap(Map.Entry::getKey, e -> Set.copyOf(e.getValue())));
    }

    /** A committee member (or nobody's member): the seats given are reviewer seats. */
    public Actor(String subject, Set<String> roles, Set<String> memberOf) {
        this(subject, subject, roles, memberOf == null ? Map.of()
                : memberOf.stream().collect(Collectors.toMap(id -> id, id -> Set.of(DacRole.MEMBER))));
    }

    /** The workflow engine, acting on steps that need no human, such as issuing the permit. */
    public static Actor system() {
        return WORKFLOW_ENGINE;
    }

    public boolean isSystem() {
        return equals(WORKFLOW_ENGINE);
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** Sits on the committee as a reviewer (member or chair). */
    public boolean isMemberOf(String dacId) {
        return holds(dacId, DacRole.MEMBER) || holds(dacId, DacRole.CHAIR);
    }

    /** Holds the legal officer role and the committee's legal officer seat. */
    public boolean isLegalOfficerOf(String dacId) {
        return hasRole(LEGAL_OFFICER) && holds(dacId, DacRole.LEGAL_OFFICER);
    }

    /** Holds the DAC administrator role and the committee's administrator seat. */
    public boolean isAdminOf(String dacId) {
        return hasRole(DAC_ADMIN) && holds(dacId, DacRole.ADMIN);
    }

    /** The committee's chair: the chair role and the chair's seat in that committee. */
    public boolean isChairOf(String dacId) {
        return hasRole(DAC_CHAIR) && holds(dacId, DacRole.CHAIR);
    }

    /** Whether the person holds this seat in the committee (whatever their realm roles). */
    public boolean holds(String dacId, DacRole seat) {
        return seats.getOrDefault(dacId, Set.of()).contains(seat);
    }

    /** The committees where the person reviews (member or chair seat). */
    public Set<String> dacIds() {
        return seats.keySet().stream().filter(this::isMemberOf).collect(Collectors.toUnmodifiableSet());
    }
}
