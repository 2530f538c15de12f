package eu.consulate.interfaces.rest;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import eu.consulate.application.RequestDrafts;
import eu.consulate.domain.model.application.RequestDraft;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * An applicant's drafts (issue 8): {@code /api/drafts}. The form's fields as in {@code POST
 * /api/applications}, the coded purpose flattened; nothing is checked but sizes until submitted.
 */
@Path("drafts")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(ApiRoles.APPLICANT)
public class DraftsResource {

    /** A draft's form. */
    public record DraftJson(String title, String researchPurpose, List<String> datasetIds, String use,
            String organisationType, String category, List<String> diseases, Boolean commercial,
            Boolean forProfitOrganisation, Boolean methodsDevelopment, Boolean geneticStudy, Boolean controlSet,
            JsonObject forms, String signingOfficial) {

        RequestDraft form() {
            return new RequestDraft(title, researchPurpose, datasetIds, use, organisationType, category, diseases,
                    Boolean.TRUE.equals(commercial), Boolean.TRUE.equals(forProfitOrganisation),
                    Boolean.TRUE.equals(methodsDevelopment), Boolean.TRUE.equals(geneticStudy),
                    Boolean.TRUE.equals(controlSet), FormAnswersJson.byCommittee(forms), signingOfficial);
        }

        static DraftJson of(RequestDraft d) {
            return new DraftJson(d.title(), d.researchPurpose(), d.datasetIds(), d.use(), d.organisationType(),
                    d.category(), d.diseases(), d.commercial(), d.forProfitOrganisation(), d.methodsDevelopment(),
                    d.geneticStudy(), d.controlSet(), FormAnswersJson.of(d.formAnswers()), d.signingOfficial());
        }
    }

    /** A saved draft: its id, its form, when it was created and last saved, the request it copies. */
    public record SavedDraftJson(String id, DraftJson form, Instant createdAt, Instant updatedAt, String copiedFrom) {
        static SavedDraftJson of(RequestDrafts.DraftView d) {
            return new SavedDraftJson(d.id(), DraftJson.of(d.form()), d.createdAt(), d.updatedAt(), d.copiedFrom());
        }
    }

    /** {@code {"acceptedTerms": [...]}} when submitting: the terms versions the datasets name. */
    public record SubmissionJson(List<String> acceptedTerms) {
    }

    public record SubmittedJson(List<String> ids) {
    }

    @EJB
    RequestDrafts drafts;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    private eu.consulate.domain.model.application.Actor actor() {
        return callers.of(BearerToken.of(security));
    }

    /** The caller's drafts, last saved first. */
    @GET
    public List<SavedDraftJson> mine() {
        return drafts.mine(actor()).stream().map(SavedDraftJson::of).toList();
    }

    /** Saves a new draft: 201; 400 for a field over its limit. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(DraftJson body) {
        RequestDrafts.DraftView saved = drafts.create(actor(), body == null ? RequestDraft.empty() : body.form());
        return Response.created(URI.create("drafts/" + saved.id())).entity(SavedDraftJson.of(saved)).build();
    }

    @GET
    @Path("{id}")
    public SavedDraftJson draft(@PathParam("id") String id) {
        return SavedDraftJson.of(drafts.find(actor(), id));
    }

    /** Replaces the draft's form: 200; 404 for a draft that is not the caller's. */
    @PUT
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public SavedDraftJson save(@PathParam("id") String id, DraftJson body) {
        if (body == null) {
            throw new BadRequestException("Send the draft's form: {\"title\", \"researchPurpose\", \"datasetIds\", ...}.");
        }
        return SavedDraftJson.of(drafts.save(actor(), id, body.form()));
    }

    @DELETE
    @Path("{id}")
    public Response delete(@PathParam("id") String id) {
        drafts.delete(actor(), id);
        return Response.noContent().build();
    }

    /**
     * Submits the draft as it is saved (one request per committee of its datasets) and deletes
     * it: 201 with the requests' ids; 400 with the first rule it breaks, the draft kept.
     */
    @POST
    @Path("{id}/submission")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@PathParam("id") String id, SubmissionJson body) {
        var actor = actor();
        var draft = drafts.find(actor, id);
        List<String> ids = drafts.submit(actor, callers.subject(BearerToken.of(security)), id, draft.form(),
                body == null ? null : body.acceptedTerms());
        return Response.created(URI.create("applications/" + ids.get(0))).entity(new SubmittedJson(ids)).build();
    }
}
