package eu.consulate.interfaces.rest;

import java.net.URI;

import eu.consulate.application.RequestTeams;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A request's team (issue 8): {@code /api/applications/{id}/team} to read it and, for the
 * applicant, to invite somebody by e-mail ({@link InvitationsResource} for the invited person).
 */
@Path("applications/{id}/team")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TeamResource {

    /** {@code {"email"}}: whom to invite. */
    public record InvitationJson(String email) {
    }

    @EJB
    RequestTeams teams;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    private Actor actor() {
        return callers.of(BearerToken.of(security));
    }

    /** The members who joined, the open invitations, and whether the caller may invite. */
    @GET
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public RequestTeams.Team team(@PathParam("id") String id) {
        return teams.team(actor(), id);
    }

    /** The applicant invites a person: 201; the mail with the single-use link goes out through the outbox. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.APPLICANT)
    public Response invite(@PathParam("id") String id, InvitationJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"email\": \"...\"}.");
        }
        RequestTeams.Invitation invitation = teams.invite(actor(), id, body.email());
        return Response.created(URI.create("applications/" + id + "/team")).entity(invitation).build();
    }

    /** The applicant cancels an open invitation: 204; its link stops working; 409 when used or cancelled already. */
    @DELETE
    @Path("invitations/{invitationId}")
    @RolesAllowed(ApiRoles.APPLICANT)
    public Response cancel(@PathParam("id") String id, @PathParam("invitationId") String invitationId) {
        teams.cancel(actor(), id, invitationId);
        return Response.noContent().build();
    }
}
