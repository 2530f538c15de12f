package eu.consulate.interfaces.rest;

import java.util.List;

import eu.consulate.application.Webhooks;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * For DAC administrators: the downstream endpoints (webhooks) of their committees. Registering one:
 * {@code POST /api/admin/dacs/{id}/webhooks}; deliveries: {@code /api/admin/deliveries}.
 */
@Path("admin/webhooks")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class WebhooksResource {

    @EJB
    Webhooks webhooks;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    @GET
    public List<Webhooks.WebhookView> list() {
        return webhooks.list(callers.of(BearerToken.of(security)));
    }

    /** 204; 404 for an endpoint of another committee. */
    @DELETE
    @Path("{id}")
    public Response remove(@PathParam("id") String id) {
        webhooks.remove(callers.of(BearerToken.of(security)), id);
        return Response.noContent().build();
    }
}
