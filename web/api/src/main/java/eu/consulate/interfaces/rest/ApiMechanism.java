package eu.consulate.interfaces.rest;

import java.io.IOException;
import java.util.Optional;

import eu.consulate.infrastructure.security.BearerTokenVerifier;
import eu.consulate.infrastructure.security.VerifiedToken;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The API's authentication: an OAuth 2 bearer token (RFC 6750) checked by
 * {@link BearerTokenVerifier}; its {@code groups} claim gives the roles. No token: the request
 * goes on anonymously and {@code @RolesAllowed} answers 401 where a role is needed. A token that
 * fails the check: 401 with {@code WWW-Authenticate: Bearer error="invalid_token"} and a problem
 * body.
 *
 * <p>An enabled alternative visible only in this web module, because the server makes the pages'
 * OpenID Connect mechanism visible here too (see {@code DelegatingMechanism}).
 */
@Alternative
@Priority(1000)
@ApplicationScoped
public class ApiMechanism implements HttpAuthenticationMechanism {

    private static final String BEARER = "Bearer ";

    @Inject
    BearerTokenVerifier verifier;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
            HttpMessageContext context) {
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            return context.doNothing();
        }
        if (!header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            return refuse(response, "The Authorization header must carry a bearer token.");
        }
        Optional<VerifiedToken> token = verifier.verify(header.substring(BEARER.length()).strip());
        if (token.isEmpty()) {
            return refuse(response, "The bearer token is malformed, expired, not signed by the identity provider, "
                    + "or not issued for this API.");
        }
        return context.notifyContainerAboutLogin(token.get(), token.get().getGroups());
    }

    private static AuthenticationStatus refuse(HttpServletResponse response, String detail) {
        try {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            Problem.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
        } catch (IOException e) {
            // the client is gone; the status is all that matters
        }
        return AuthenticationStatus.SEND_FAILURE;
    }
}
