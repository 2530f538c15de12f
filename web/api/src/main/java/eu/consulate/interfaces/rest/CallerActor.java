package eu.consulate.interfaces.rest;

import java.util.Set;
import java.util.stream.Collectors;

import eu.consulate.application.Actors;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/** The caller of an API request as the domain sees them, and their identifier for visas. */
@RequestScoped
public class CallerActor {

    @EJB
    Actors actors;

    @Inject
    @ConfigProperty(name = "consulate.visa.subject-claim", defaultValue = "sub")
    String subjectClaim;

    Actor of(JsonWebToken token) {
        Set<String> roles = token.getGroups().stream().filter(ApiRoles.PERSON::contains).collect(Collectors.toSet());
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            throw new jakarta.ws.rs.ForbiddenException("The token names nobody (no 'sub' claim).");
        }
        // the subject identifies; the username is only shown
        return actors.of(token.getSubject(), username(token), roles, claim(token, "email"), claim(token, "locale"));
    }

    /**
     * A downstream system (a broker's client-credentials token) as the services see it: its
     * subject and the visa-reader role, when the token has it; no person roles, no seats.
     */
    Actor downstream(JsonWebToken token) {
        Set<String> roles = token.getGroups().contains(ApiRoles.VISA_READER) ? Set.of(ApiRoles.VISA_READER) : Set.of();
        if (token.getSubject() == null || token.getSubject().isBlank()) {
            throw new jakarta.ws.rs.ForbiddenException("The token names nobody (no 'sub' claim).");
        }
        return new Actor(token.getSubject(), username(token), roles, java.util.Map.of());
    }

    /** A string claim, whether the token implementation hands it out as a String or a JSON string; null when absent. */
    private static String claim(JsonWebToken token, String name) {
        Object value = token.getClaim(name);
        if (value instanceof jakarta.json.JsonString json) {
            return json.getString();
        }
        return value instanceof String text ? text : null;
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
        return ApiRoles.claimText(token, subjectClaim);
    }

    String subjectClaim() {
        return subjectClaim;
    }
}
