package eu.consulate.interfaces.rest;

import java.util.List;

import eu.consulate.application.DatasetAdministration;
import eu.consulate.application.Views;
import eu.consulate.domain.model.datause.DataUse;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * A dataset's data-use conditions in the Data Use Ontology, for the administrators of its
 * committee: what a permit for it will carry as conditions, and the time limit on use that caps
 * its validity.
 */
@Path("admin/datasets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.DAC_ADMIN)
public class DataUseResource {

    /** A modifier: {@code code} (CURIE or shorthand) and, for GS, MOR, TS and RS, its {@code parameter}. */
    public record ModifierJson(String code, String parameter) {
    }

    /** What the catalogue shows of a dataset besides its data use. */
    public record DescriptionJson(String title, String description, List<String> keywords, List<String> countries,
            String dataType, String size) {
    }

    /** {@code {"permission": "HMB", "diseases": [], "modifiers": [{"code": "TS", "parameter": "12"}]}}. */
    public record DataUseJson(String permission, List<String> diseases, List<ModifierJson> modifiers) {
    }

    @EJB
    DatasetAdministration administration;

    @EJB
    eu.consulate.application.CommitteeTerms terms;

    /** {@code {"version": "<id>"}}: the version of its committee's terms a dataset's applicants accept; null: the current one. */
    public record TermsJson(String version) {
    }

    /**
     * Names the version of its committee's terms that the dataset's applicants accept ({@code
     * null}: the committee's current version). 200 with the version asked for now ({@code null}
     * fields when none); 400 for a version of another committee; 404 as above.
     */
    @PUT
    @Path("{id}/terms")
    @Consumes(MediaType.APPLICATION_JSON)
    public jakarta.ws.rs.core.Response nameTerms(@PathParam("id") String datasetId, TermsJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"version\": \"<id>\"} or {\"version\": null}.");
        }
        Views.TermsVersionView named = terms.nameForDataset(callers.of(BearerToken.of(security)), datasetId,
                body.version());
        return named == null ? jakarta.ws.rs.core.Response.noContent().build()
                : jakarta.ws.rs.core.Response.ok(named).build();
    }

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    /** The dataset's data use with DUO's labels and definitions; 404 for a dataset of a committee the caller does not keep. */
    @GET
    @Path("{id}/data-use")
    public Views.DataUseView dataUse(@PathParam("id") String datasetId) {
        return administration.dataUse(callers.of(BearerToken.of(security)), datasetId);
    }

    /**
     * Describes the dataset's data use anew: 200 with it as people read it (and the conditions a
     * permit will carry); 400 for anything DUO does not allow (no or two permissions, an unknown
     * modifier, a missing parameter, diseases without DS); 404 as above. Permits issued before keep
     * their conditions.
     */
    @PUT
    @Path("{id}/data-use")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.DataUseView describe(@PathParam("id") String datasetId, DataUseJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"permission\": \"GRU\", \"diseases\": [], \"modifiers\": [{\"code\", \"parameter\"}]}.");
        }
        List<DataUse.Requested> modifiers = body.modifiers() == null ? List.of() : body.modifiers().stream()
                .map(m -> m == null ? new DataUse.Requested(null, null) : new DataUse.Requested(m.code(), m.parameter()))
                .toList();
        return administration.describeDataUse(callers.of(BearerToken.of(security)), datasetId, body.permission(),
                body.diseases(), modifiers);
    }

    /**
     * Describes the dataset for the catalogue: 200 with its catalogue entry; 400 for a missing
     * title, an unknown country code (ISO 3166 alpha-2) or text over its limit; 404 as above.
     */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public Views.CatalogueDataset describeDataset(@PathParam("id") String datasetId, DescriptionJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"title\", \"description\", \"keywords\", \"countries\", "
                    + "\"dataType\", \"size\"}.");
        }
        return administration.describeDataset(callers.of(BearerToken.of(security)), datasetId, body.title(),
                body.description(), body.keywords(), body.countries(), body.dataType(), body.size());
    }

    /** Retires the dataset: out of the catalogue, no new requests; permits for it stay. 200 with its entry. */
    @jakarta.ws.rs.POST
    @Path("{id}/retirement")
    public Views.CatalogueDataset retire(@PathParam("id") String datasetId) {
        return administration.retireDataset(callers.of(BearerToken.of(security)), datasetId);
    }
}
