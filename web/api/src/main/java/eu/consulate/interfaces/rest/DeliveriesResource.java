package eu.consulate.interfaces.rest;

import java.util.List;

import eu.consulate.application.Webhooks;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * For DAC administrators: the outbox's deliveries of their committees (mails and webhook calls),
 * failed ones sent again. Its own root path: a root {@code admin} would compete with
 * {@code admin/dacs} for every administration request.
 */
@Path("admin/deliveries")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class DeliveriesResource {

    @EJB
    Webhooks webhooks;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    /** The newest 200 deliveries of the caller's committees; {@code status}: pending, sent or dead. */
    @GET
    public List<Webhooks.DeliveryView> deliveries(@QueryParam("status") String status) {
        return webhooks.deliveries(callers.of(BearerToken.of(security)), status, 200);
    }

    /** Sends a dead delivery again: 204; 404 for one of another committee; 409 when it is not dead. */
    @POST
    @Path("{id}/retry")
    public Response retry(@PathParam("id") String id) {
        webhooks.retry(callers.of(BearerToken.of(security)), id);
        return Response.noContent().build();
    }
}
