package eu.consulate.interfaces.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import eu.consulate.application.Entitlements;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * {@code GET /api/datasets/{id}/users}: who may use a dataset now, as the EGA's DAC portal lists
 * it, for downstream systems (the visa-reader role only; issue 10).
 */
@Path("datasets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class DatasetUsersResource {

    @EJB
    Entitlements entitlements;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    /** Who may use the dataset now: {@code userid}, {@code permitId}, {@code applicationId}, {@code start}, {@code end}. */
    @GET
    @Path("{id}/users")
    @RolesAllowed(ApiRoles.VISA_READER)
    public List<Map<String, Object>> usersOf(@PathParam("id") String datasetId) {
        return entitlements.usersOf(callers.downstream(BearerToken.of(security)), datasetId, Instant.now()).stream()
                .map(e -> Map.<String, Object>of("userid", e.userId(), "permitId", e.permitId(),
                        "applicationId", e.applicationId(), "start", e.start().toString(), "end", e.end().toString()))
                .toList();
    }
}
