package eu.consulate.interfaces.rest;

import java.util.List;

import eu.consulate.application.Catalog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Committees and their members: for DAC administrators only. */
@Path("admin/dacs")
@RequestScoped
public class CommitteeResource {

    public record MemberJson(String username, String role) {
    }

    public record DacJson(String id, String name, String source, List<MemberJson> members) {
    }

    @EJB
    Catalog catalog;

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.DAC_ADMIN)
    public List<DacJson> committees() {
        return catalog.committees().stream()
                .map(d -> new DacJson(d.id(), d.name(), d.sourceUrl(),
                        d.members().stream().map(m -> new MemberJson(m.username(), m.role().name())).toList()))
                .toList();
    }
}
