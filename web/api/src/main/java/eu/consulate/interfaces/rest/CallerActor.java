package eu.consulate.interfaces.rest;

import java.util.Set;
import java.util.stream.Collectors;

import eu.consulate.application.Actors;
import eu.consulate.domain.model.application.Actor;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of an API request as the domain sees them, and their identifier for visas. */
@RequestScoped
public class CallerActor {

    private static final Set<String> USER_ROLES = Set.of(ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR,
            ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN);

    @EJB
    Actors actors;

    @Inject
    @ConfigProperty(name = "consulate.visa.subject-claim", defaultValue = "sub")
    String subjectClaim;

    Actor of(JsonWebToken token) {
        Set<String> roles = token.getGroups().stream().filter(USER_ROLES::contains).collect(Collectors.toSet());
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            throw new jakarta.ws.rs.ForbiddenException("The token names nobody (no 'sub' claim).");
        }
        // the subject identifies; the username is only shown
        return actors.of(token.getSubject(), username(token), roles);
    }

    static String username(JsonWebToken token) {
        String name = token.getClaim("preferred_username");
        return name == null ? token.getSubject() : name;
    }

    /** The holder identifier downstream brokers know this user by (configurable claim, default sub). */
    String subject(JsonWebToken token) {
        String subject = subjectOrNull(token);
        if (subject == null) {
            throw new jakarta.ws.rs.ForbiddenException("The token has no '" + subjectClaim + "' claim to identify you.");
        }
        return subject;
    }

    /** The configured claim as text, or null when the token lacks it. */
    String subjectOrNull(JsonWebToken token) {
        Object value = "sub".equals(subjectClaim) ? token.getSubject() : token.getClaim(subjectClaim);
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
    }

    String subjectClaim() {
        return subjectClaim;
    }
}
