package eu.consulate.interfaces.rest;

import java.util.Map;

import eu.consulate.application.CommitteeForms;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * Committees' application forms (issue 8; schema in docs/forms.md): administrators publish
 * versions under {@code /api/admin/dacs/{id}/forms}; anybody reads a committee's current form
 * ({@code /api/forms/committees/{id}}) and checks answers against a version
 * ({@code /api/forms/{formId}/check}).
 */
@Path("forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FormsResource {

    /** The answers' check: field key to what is wrong, empty when they could be submitted. */
    public record CheckJson(boolean valid, Map<String, String> errors) {
    }

    @EJB
    CommitteeForms forms;

    /** The committee's current form as applicants see it; 404 when it has none. */
    @GET
    @Path("committees/{id}")
    @PermitAll
    public CommitteeForms.Form current(@PathParam("id") String dacId) {
        return forms.current(dacId).orElseThrow(() -> new NotFoundException("This committee has no form."));
    }

    /** Checks answers (an object of field key to answer) against a published version. */
    @POST
    @Path("{formId}/check")
    @Consumes(MediaType.APPLICATION_JSON)
    @PermitAll
    public CheckJson check(@PathParam("formId") String formId, String answers) {
        Map<String, String> errors = forms.check(formId, answers);
        return new CheckJson(errors.isEmpty(), errors);
    }
}
