package eu.consulate.interfaces.rest;

import eu.consulate.application.Permits;
import eu.consulate.application.Views.PermitPage;
import eu.consulate.domain.model.permit.PermitListQuery;
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

    @GET
    @Path("committee")
    @RolesAllowed(ApiRoles.DAC_ADMIN)
    public PermitPage ofMyCommittees() {
        return permits.ofMyCommittees(callers.of(BearerToken.of(security)), PermitListQuery.parse(uri.getQueryParameters()));
    }
}
