package eu.consulate.interfaces.rest;

import java.net.URI;
import java.util.List;
import java.util.Map;

import eu.consulate.application.CommitteeProcesses;
import eu.consulate.application.WorkflowPort.ModelVersion;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A committee's process models, for its administrators: which model runs research and care
 * requests, the models it can choose from, uploading a new model version (checked before it is
 * deployed; see docs/workflows.md) and downloading one to edit in Camunda Modeler.
 */
@Path("admin/dacs/{id}/processes")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class CommitteeProcessesResource {

    /** The model chosen per use, and the models to choose from. */
    public record ProcessesJson(Map<String, String> choices, List<ModelVersion> models) {
    }

    public record ChoiceJson(String processKey) {
    }

    @EJB
    CommitteeProcesses processes;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    private Actor actor() {
        return callers.of(BearerToken.of(security));
    }

    @GET
    public ProcessesJson list(@PathParam("id") String dacId) {
        Actor actor = actor();
        return new ProcessesJson(processes.choices(actor, dacId), processes.models(actor, dacId));
    }

    /** Uploads a model (the BPMN XML as the body); 201 with its key and version, or 400 with every reason. */
    @POST
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, MediaType.APPLICATION_OCTET_STREAM})
    public Response upload(@PathParam("id") String dacId, @QueryParam("fileName") String fileName, byte[] model) {
        ModelVersion version = processes.upload(actor(), dacId, fileName, model);
        return Response.created(URI.create("admin/dacs/" + dacId + "/processes/" + version.key())).entity(version).build();
    }

    /** The committee's current model of this key (its own upload, else the shipped one), as BPMN XML. */
    @GET
    @Path("{key}")
    @Produces(MediaType.APPLICATION_XML)
    public Response download(@PathParam("id") String dacId, @PathParam("key") String key) {
        return Response.ok(processes.modelXml(actor(), dacId, key))
                .header("Content-Disposition", "attachment; filename=\"" + key.replaceAll("[^a-z0-9-]", "") + ".bpmn\"")
                .build();
    }

    /** Chooses the model that runs new requests of one track ("research", "care" or "commercial"). */
    @PUT
    @Path("choices/{use}")
    @Consumes(MediaType.APPLICATION_JSON)
    public ProcessesJson choose(@PathParam("id") String dacId, @PathParam("use") String use, ChoiceJson body) {
        if (body == null || body.processKey() == null) {
            throw new BadRequestException("Send {\"processKey\": \"...\"}.");
        }
        processes.choose(actor(), dacId, use, body.processKey());
        return list(dacId);
    }
}
