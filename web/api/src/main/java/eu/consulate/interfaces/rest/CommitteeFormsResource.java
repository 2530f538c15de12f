package eu.consulate.interfaces.rest;

import java.net.URI;
import java.util.List;

import eu.consulate.application.CommitteeForms;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
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
 * A committee's form versions for its administrators (issue 8): list, publish a definition
 * (the JSON of docs/forms.md), or publish a copy of the shipped EHDS template.
 */
@Path("admin/dacs/{id}/forms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class CommitteeFormsResource {

    @EJB
    CommitteeForms forms;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    private Actor actor() {
        return callers.of(BearerToken.of(security));
    }

    @GET
    public List<CommitteeForms.FormVersion> versions(@PathParam("id") String dacId) {
        return forms.versions(actor(), dacId);
    }

    /** 201 with the new version (current from now on); 400 with every reason the definition cannot be used. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@PathParam("id") String dacId, String definition) {
        CommitteeForms.FormVersion version = forms.publish(actor(), dacId, definition);
        return Response.created(URI.create("forms/committees/" + dacId)).entity(version).build();
    }

    /** Publishes a copy of the EHDS template (EHDS Art. 67) as the next version. */
    @POST
    @Path("ehds")
    public Response useEhdsTemplate(@PathParam("id") String dacId) {
        CommitteeForms.FormVersion version = forms.useEhdsTemplate(actor(), dacId);
        return Response.created(URI.create("forms/committees/" + dacId)).entity(version).build();
    }
}
