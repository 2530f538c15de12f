package eu.consulate.interfaces.rest;

import java.util.Map;
import java.util.TreeSet;

import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Who the bearer token says the caller is. For a person, this is also a sign-in: their username,
 * address and language are kept (notifications reach them from now on).
 */
@Path("me")
@RequestScoped
public class CallerResource {

    @Context
    SecurityContext security;

    @jakarta.inject.Inject
    CallerActor callers;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER,
            ApiRoles.DAC_ADMIN, ApiRoles.VISA_READER})
    public Map<String, Object> me() {
        JsonWebToken token = BearerToken.of(security);
        if (!java.util.Collections.disjoint(token.getGroups(), ApiRoles.PERSON)) {
            callers.of(token);
        }
        String name = token.getClaim("preferred_username");
        return Map.of(
                "subject", token.getSubject(),
                "username", name == null ? token.getSubject() : name,
                "roles", new TreeSet<>(token.getGroups()));
    }
}
