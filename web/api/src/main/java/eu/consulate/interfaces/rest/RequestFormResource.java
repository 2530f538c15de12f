package eu.consulate.interfaces.rest;

import eu.consulate.application.CommitteeForms;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.infrastructure.form.FormJson;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The committee's form on one request (issue 8): {@code /api/applications/{id}/form}. The
 * applicant answers the applicant's fields until the decision; the committee its own fields.
 */
@Path("applications/{id}/form")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
public class RequestFormResource {

    @EJB
    CommitteeForms forms;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    private Actor actor() {
        return callers.of(BearerToken.of(security));
    }

    /** The form version, the fields the caller sees, the answers so far; 404 when there is no form. */
    @GET
    public CommitteeForms.FormOnRequest form(@PathParam("id") String id) {
        return forms.onRequest(actor(), id).orElseThrow(() -> new NotFoundException("This request has no committee form."));
    }

    /** Saves the caller's answers (an object of field key to answer); 400 with each field's problem. */
    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public CommitteeForms.FormOnRequest answer(@PathParam("id") String id, String answers) {
        Actor actor = actor();
        try {
            forms.answer(actor, id, FormJson.readAnswers(answers));
        } catch (FormJson.Unreadable e) {
            throw new BadRequestException(e.getMessage());
        }
        return forms.onRequest(actor, id).orElseThrow();
    }
}
