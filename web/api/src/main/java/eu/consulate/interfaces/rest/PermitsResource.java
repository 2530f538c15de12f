package eu.consulate.interfaces.rest;

import eu.consulate.application.Permits;
import eu.consulate.application.Views.PermitPage;
import eu.consulate.domain.model.permit.PermitListQuery;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import eu.consulate.application.Views;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * Permit lists, a page at a time, latest decision first: the caller's own, or those of the
 * committees the caller administers. {@code status} (valid, expired, revoked), {@code page},
 * {@code size}; anything else is a 400.
 */
@Path("permits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PermitsResource {

    @EJB
    Permits permits;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public PermitPage mine() {
        return permits.mine(callers.of(BearerToken.of(security)), PermitListQuery.parse(uri.getQueryParameters()));
    }

    /** {@code {"reason": "..."}}: what the holder reads. */
    public record RevocationJson(String reason) {
    }

    /**
     * The committee's chair or one of its administrators revokes the permit: 200 with the
     * permit (status REVOKED); its visas leave the holder's passport at once. 403 for anyone
     * else, 404 for an unknown permit, 409 when it was already revoked, 400 without a reason.
     */
    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public Views.PermitView revoke(@PathParam("id") String id, RevocationJson body) {
        return permits.revoke(callers.of(BearerToken.of(security)), id, body == null ? null : body.reason());
    }

    @GET
    @Path("committee")
    @RolesAllowed(ApiRoles.DAC_ADMIN)
    public PermitPage ofMyCommittees() {
        return permits.ofMyCommittees(callers.of(BearerToken.of(security)), PermitListQuery.parse(uri.getQueryParameters()));
    }
}
