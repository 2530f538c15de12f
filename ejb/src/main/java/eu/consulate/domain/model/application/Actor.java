package eu.consulate.domain.model.application;

import java.util.Objects;
import java.util.Set;

/**
 * Who is asking, as far as the rules care: the username, the realm roles from the identity
 * provider, and the committees the user sits on. Roles alone are not enough for reviews, because
 * a committee member may only decide on requests for their own committee's datasets.
 */
public record Actor(String username, Set<String> roles, Set<String> dacIds) {

    public static final String APPLICANT = "applicant";
    public static final String DAC_MEMBER = "dac-member";
    public static final String DAC_CHAIR = "dac-chair";
    public static final String LEGAL_OFFICER = "legal-officer";
    public static final String DAC_ADMIN = "dac-admin";
    public static final String SYSTEM = "system";

    private static final Actor WORKFLOW_ENGINE = new Actor(SYSTEM, Set.of(SYSTEM), Set.of());

    public Actor {
        Objects.requireNonNull(username, "username");
        roles = roles == null ? Set.of() : Set.copyOf(roles);
        dacIds = dacIds == null ? Set.of() : Set.copyOf(dacIds);
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

    public boolean isMemberOf(String dacId) {
        return dacIds.contains(dacId);
    }
}
