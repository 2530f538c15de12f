package eu.consulate.interfaces.rest;

import java.util.List;

import eu.consulate.application.RequestTeams;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The invited person's side of a request's team (issue 8): {@code /api/invitations/acceptance},
 * with the token from the mail in the body (not in an address that access logs keep).
 */
@Path("invitations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
public class InvitationsResource {

    /** {@code {"token","acceptedTerms":[...]}}: the token from the mail and the terms versions accepted. */
    public record AcceptanceJson(String token, List<String> acceptedTerms) {
    }

    public record JoinedJson(String applicationId) {
    }

    @EJB
    RequestTeams teams;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    /**
     * The invited person joins the team: 200 with the request's id. 404 for an unknown token, 410
     * for a used or expired one, 400 when the terms the datasets name are not all accepted.
     */
    @POST
    @Path("acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    public JoinedJson accept(AcceptanceJson body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw new BadRequestException("Send {\"token\": \"...\" (from the invitation's link), \"acceptedTerms\": [...]}.");
        }
        return new JoinedJson(teams.join(callers.of(BearerToken.of(security)), body.token(), body.acceptedTerms()));
    }
}
