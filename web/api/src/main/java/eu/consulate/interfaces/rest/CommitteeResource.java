package eu.consulate.interfaces.rest;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.Catalog;
import eu.consulate.application.CommitteeAdministration;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.DacRole;
import eu.consulate.domain.model.dac.Dataset;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** Committees, their members and datasets: for DAC administrators only. */
@Path("admin/dacs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class CommitteeResource {

    public record MemberJson(String username, String role) {
    }

    public record DacJson(String id, String name, String source, List<MemberJson> members) {
    }

    public record DatasetJson(String id, String url, String title, String dacId) {
    }

    @EJB
    Catalog catalog;

    @EJB
    CommitteeAdministration administration;

    @GET
    public List<DacJson> committees() {
        return catalog.committees().stream().map(CommitteeResource::json).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DacJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"name\", \"source\", \"members\": [{\"username\", \"role\"}]}.");
        }
        Map<String, DacRole> members = new LinkedHashMap<>();
        for (MemberJson m : body.members() == null ? List.<MemberJson>of() : body.members()) {
            if (m == null || m.username() == null || m.username().isBlank()) {
                throw new BadRequestException("Every member needs a username.");
            }
            members.put(m.username().strip(), CommitteeAdministration.role(m.role()));
        }
        Dac dac = administration.createCommittee(body.name(), body.source(), members);
        return Response.created(URI.create("admin/dacs/" + dac.id())).entity(json(dac)).build();
    }

    @POST
    @Path("{id}/datasets")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addDataset(@PathParam("id") String dacId, DatasetJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"url\", \"title\"}.");
        }
        if (catalog.committee(dacId).isEmpty()) {
            return Problem.response(Response.Status.NOT_FOUND, "There is no committee " + dacId + ".");
        }
        Dataset dataset = administration.addDataset(dacId, body.url(), body.title());
        return Response.created(URI.create("admin/dacs/" + dacId + "/datasets/" + dataset.id()))
                .entity(new DatasetJson(dataset.id(), dataset.url(), dataset.title(), dacId)).build();
    }

    private static DacJson json(Dac d) {
        return new DacJson(d.id(), d.name(), d.sourceUrl(),
                d.members().stream().map(m -> new MemberJson(m.username(), m.role().name())).toList());
    }
}
