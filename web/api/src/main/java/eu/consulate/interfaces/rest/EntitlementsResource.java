package eu.consulate.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.consulate.application.Entitlements;
import eu.consulate.application.Entitlements.Entitlement;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * {@code GET /api/entitlements} in the shape of REMS's entitlements API, for downstream systems
 * that do not read visas (issue 10); the visa-reader role only. See also {@link DatasetUsersResource}.
 */
@Path("entitlements")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class EntitlementsResource {

    @EJB
    Entitlements entitlements;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    /** REMS's entitlement: {@code resource}, {@code user}, {@code application-id}, {@code start}, {@code end}. */
    static Map<String, Object> rems(Entitlement e) {
        return Map.of("resource", e.resource(), "user", Map.of("userid", e.userId()),
                "application-id", e.applicationId(), "permit-id", e.permitId(),
                "start", e.start().toString(), "end", e.end().toString());
    }

    /**
     * {@code ?user=<subject>&resource=<dataset URL>&expired=true|false} (all optional): the
     * entitlements valid now, or with {@code expired=true} also those that ended. Anything else:
     * 400.
     */
    @GET
    @RolesAllowed(ApiRoles.VISA_READER)
    public List<Map<String, Object>> entitlements() {
        var query = uri.getQueryParameters();
        for (String name : query.keySet()) {
            if (!List.of("user", "resource", "expired").contains(name)) {
                throw ApplicationRuleViolation.invalidInput("Unknown parameter '" + name
                        + "': the entitlements take user, resource and expired.");
            }
        }
        String expired = query.getFirst("expired");
        if (expired != null && !expired.equals("true") && !expired.equals("false")) {
            throw ApplicationRuleViolation.invalidInput("expired is true or false, not '" + expired + "'.");
        }
        return entitlements.find(callers.downstream(BearerToken.of(security)), query.getFirst("user"),
                query.getFirst("resource"), "true".equals(expired), Instant.now()).stream()
                .map(EntitlementsResource::rems).toList();
    }
}
