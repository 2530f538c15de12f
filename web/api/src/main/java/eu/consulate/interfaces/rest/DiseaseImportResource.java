package eu.consulate.interfaces.rest;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.List;

import eu.consulate.application.Diseases;
import eu.consulate.infrastructure.ontology.DiseaseStore;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The disease ontology's imports, for DAC administrators: {@code POST /api/admin/diseases?source=mondo.obo}
 * with an OBO file as the body replaces every disease (all or nothing); {@code GET} lists the imports.
 */
@Path("admin/diseases")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class DiseaseImportResource {

    public record ImportJson(String source, String version, int terms, String importedBy, String importedAt) {
        static ImportJson of(DiseaseStore.Import i) {
            return new ImportJson(i.source(), i.version(), i.terms(), i.importedBy(), i.importedAt().toString());
        }
    }

    @EJB
    Diseases diseases;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    /** 201 with the import; 400 with the parser's message (and line) for a file that is not valid OBO. */
    @POST
    @Consumes({MediaType.TEXT_PLAIN, MediaType.APPLICATION_OCTET_STREAM, "text/obo"})
    public Response importObo(@QueryParam("source") String source, InputStream body) {
        DiseaseStore.Import done = diseases.importObo(callers.of(BearerToken.of(security)), source,
                new InputStreamReader(body, StandardCharsets.UTF_8));
        return Response.status(Response.Status.CREATED).entity(ImportJson.of(done)).build();
    }

    /** The latest imports, newest first. */
    @GET
    public List<ImportJson> imports() {
        return diseases.imports(callers.of(BearerToken.of(security))).stream().map(ImportJson::of).toList();
    }
}
