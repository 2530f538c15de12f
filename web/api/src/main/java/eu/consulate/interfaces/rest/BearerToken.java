package eu.consulate.interfaces.rest;

import jakarta.ws.rs.NotAuthorizedException;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The caller's verified bearer token. Read from the security context rather than injected:
 * a CDI-injected JsonWebToken needs full bean discovery in this module, which would expose the
 * MP-JWT mechanism to the pages module as well and break its OpenID Connect login.
 */
final class BearerToken {

    private BearerToken() {
    }

    static JsonWebToken of(SecurityContext security) {
        if (security.getUserPrincipal() instanceof JsonWebToken token) {
            return token;
        }
        throw new NotAuthorizedException("A bearer token is required", "Bearer");
    }
}
