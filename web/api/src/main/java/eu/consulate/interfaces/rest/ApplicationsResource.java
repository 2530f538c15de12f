package eu.consulate.interfaces.rest;

import java.net.URI;
import java.util.List;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.Views.ApplicationDetails;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.application.RequestListExport;
import eu.consulate.domain.model.application.RequestListQuery;
import eu.consulate.application.Views.EventView;
import eu.consulate.application.Views;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Data access requests over HTTP: the applicant submits and follows, committee members review,
 * legal officers check. Roles are checked here, ownership and state by the domain.
 */
@Path("applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ApplicationsResource {

    /**
     * A new request; {@code use} is "research" (default) or "care"; {@code organisationType} is
     * "academic" (default), "public" or "commercial".
     */
    public record SubmitJson(String title, String researchPurpose, List<String> datasetIds, String use,
            String organisationType, CodedPurposeJson codedPurpose, List<String> acceptedTerms,
            jakarta.json.JsonObject forms, String signingOfficial) {
    }

    /**
     * The research purpose in DUO terms (optional): {@code category} DS, HMB, POA or GRU (shorthand
     * or CURIE), {@code diseases} for DS, and the flags (absent: false). Matched against each
     * dataset and stored with the request.
     */
    public record CodedPurposeJson(String category, List<String> diseases, Boolean commercial,
            Boolean forProfitOrganisation, Boolean methodsDevelopment, Boolean geneticStudy, Boolean controlSet) {
        eu.consulate.domain.model.datause.ResearchPurpose purpose() {
            return eu.consulate.domain.model.datause.ResearchPurpose.of(category, diseases,
                    Boolean.TRUE.equals(commercial), Boolean.TRUE.equals(forProfitOrganisation),
                    Boolean.TRUE.equals(methodsDevelopment), Boolean.TRUE.equals(geneticStudy),
                    Boolean.TRUE.equals(controlSet));
        }
    }

    /** The applicant's answer to a return; a non-blank {@code researchPurpose} replaces the purpose. */
    public record ResubmitJson(String response, String researchPurpose) {
    }

    /** A vote: approve, reject (with the reason in comment) or abstain. */
    public record VoteJson(String choice, String comment) {
    }

    /** An extension of the decision period (ISO-8601, e.g. P1M) with its reason. */
    public record ExtensionJson(String period, String reason) {
    }

    /** A decision on an open step: approve/reject (review) or pass/fail (legal check). */
    public record DecisionJson(String decision, String comment) {
    }

    @EJB
    DataAccessRequests requests;

    @EJB
    eu.consulate.application.RequestLists lists;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    @Context
    jakarta.ws.rs.core.UriInfo uri;

    private JsonWebToken token() {
        return BearerToken.of(security);
    }

    private Actor actor() {
        return callers.of(token());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.APPLICANT)
    public Response submit(SubmitJson body) {
        if (body == null) {
            throw new BadRequestException("Send a JSON body with title, researchPurpose and datasetIds.");
        }
        String id = requests.submit(actor(), callers.subject(token()), body.title(), body.researchPurpose(),
                body.datasetIds(), body.use(), body.organisationType(),
                body.codedPurpose() == null ? null : body.codedPurpose().purpose(), body.acceptedTerms(),
                FormAnswersJson.byCommittee(body.forms()), body.signingOfficial());
        return Response.created(URI.create("applications/" + id)).entity(requests.details(actor(), id)).build();
    }

    /**
     * A page of the caller's own requests. Parameters as for {@link #committeeRequests}; a
     * malformed or unknown one is a 400.
     */
    @GET
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public RequestPage mine() {
        return lists.myRequests(actor(), query());
    }

    /** The caller's own requests, whole (at most 10,000 rows), as CSV. */
    @GET
    @Path("export")
    @Produces("text/csv")
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public Response exportMine() {
        return csv(lists.myRequestsForExport(actor(), query()), "my-requests.csv");
    }

    /** The reviews and legal checks waiting for the caller: the committee list with {@code scope=waiting}. */
    @GET
    @Path("tasks")
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER})
    public RequestPage tasks() {
        var parameters = new java.util.HashMap<>(uri.getQueryParameters());
        if (parameters.containsKey("scope")) {
            throw new BadRequestException("The task list is the waiting part of /applications/committee; it takes no scope.");
        }
        parameters.put("scope", List.of("waiting"));
        return lists.committeeRequests(actor(), RequestListQuery.parse(parameters));
    }

    /**
     * A page of the requests of the caller's committees: {@code scope} (waiting, open, decided,
     * all), {@code state} and {@code step} (repeatable), {@code q} (title, applicant, id),
     * {@code dataset}, {@code applicant}, {@code submittedFrom}/{@code submittedTo} and
     * {@code decidedFrom}/{@code decidedTo} (YYYY-MM-DD, UTC, inclusive), {@code due} (soon,
     * overdue), {@code sort} (submitted, updated, title, state, due, decided), {@code dir} (asc,
     * desc), {@code page} (from 0), {@code size} (1–100). A malformed or unknown parameter is a 400.
     */
    @GET
    @Path("committee")
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public RequestPage committeeRequests() {
        return lists.committeeRequests(actor(), query());
    }

    /** The same list, whole (at most 10,000 rows), as CSV. */
    @GET
    @Path("committee/export")
    @Produces("text/csv")
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public Response exportCommitteeRequests() {
        return csv(lists.committeeRequestsForExport(actor(), query()), "committee-requests.csv");
    }

    /** One decision on several requests: {@code decision} (approve-review, reject-review, pass-legal-check, fail-legal-check), {@code ids}, {@code comment}. */
    public record BulkJson(String decision, List<String> ids, String comment) {
    }

    /**
     * The same decision on up to 100 requests, each checked as a single decision and done in its
     * own transaction; the answer says, per request, whether it was done or why not.
     */
    @POST
    @Path("decisions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER})
    public List<Views.BulkOutcome> decideMany(BulkJson body) {
        if (body == null || body.decision() == null) {
            throw new BadRequestException("Send {\"decision\": \"approve-review\" | \"reject-review\" | "
                    + "\"pass-legal-check\" | \"fail-legal-check\", \"ids\": [...], \"comment\": \"...\"}.");
        }
        DataAccessRequests.BulkDecision decision;
        try {
            decision = DataAccessRequests.BulkDecision.valueOf(
                    body.decision().strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw new BadRequestException("Unknown decision '" + body.decision()
                    + "'; known: approve-review, reject-review, pass-legal-check, fail-legal-check.");
        }
        return requests.decideMany(actor(), decision, body.ids(), body.comment());
    }

    private RequestListQuery query() {
        return RequestListQuery.parse(uri.getQueryParameters());
    }

    private static Response csv(List<ApplicationSummary> rows, String fileName) {
        jakarta.ws.rs.core.StreamingOutput body = out -> RequestListExport.write(rows,
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"").build();
    }

    @GET
    @Path("{id}")
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public ApplicationDetails details(@PathParam("id") String id) {
        return requests.details(actor(), id);
    }

    @GET
    @Path("{id}/events")
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public List<EventView> events(@PathParam("id") String id) {
        return requests.events(actor(), id);
    }

    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR})
    public ApplicationDetails review(@PathParam("id") String id, DecisionJson body) {
        return acting(id, actor -> {
            switch (decision(body, "approve", "reject")) {
                case "approve" -> requests.approveReview(actor, id, body.comment());
                default -> requests.rejectReview(actor, id, body.comment());
            }
        });
    }

    @POST
    @Path("{id}/legal-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.LEGAL_OFFICER)
    public ApplicationDetails legalCheck(@PathParam("id") String id, DecisionJson body) {
        return acting(id, actor -> {
            switch (decision(body, "pass", "fail")) {
                case "pass" -> requests.passLegalCheck(actor, id, body.comment());
                default -> requests.failLegalCheck(actor, id, body.comment());
            }
        });
    }

    /** The completeness check: complete, or incomplete with the message for the applicant in comment. */
    @POST
    @Path("{id}/completeness")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public ApplicationDetails completeness(@PathParam("id") String id, DecisionJson body) {
        boolean complete = decision(body, "complete", "incomplete").equals("complete");
        return acting(id, actor -> requests.checkCompleteness(actor, id, complete, body.comment()));
    }

    @POST
    @Path("{id}/resubmission")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.APPLICANT)
    public ApplicationDetails resubmit(@PathParam("id") String id, ResubmitJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"response\": \"...\", \"researchPurpose\": \"... (optional)\"}.");
        }
        return acting(id, actor -> requests.resubmit(actor, id, body.response(), body.researchPurpose()));
    }

    @EJB
    eu.consulate.application.RequestDrafts drafts;

    /**
     * A new draft with the content of one of the caller's own requests (any state): 201 with it
     * ({@code /api/drafts/{id}}); 403 for a request that is not theirs.
     */
    @POST
    @Path("{id}/copy")
    @RolesAllowed(ApiRoles.APPLICANT)
    public Response copy(@PathParam("id") String id) {
        var draft = drafts.copyOf(actor(), id);
        return Response.created(URI.create("drafts/" + draft.id()))
                .entity(DraftsResource.SavedDraftJson.of(draft)).build();
    }

    /** {@code {"reason"}} (optional): why the applicant withdraws. */
    public record WithdrawalJson(String reason) {
    }

    /**
     * The applicant withdraws the request before it is decided: 200 with the request (state
     * WITHDRAWN); its workflow ends. 403 for anybody else, 409 once decided or ended.
     */
    @POST
    @Path("{id}/withdrawal")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.APPLICANT)
    public ApplicationDetails withdraw(@PathParam("id") String id, WithdrawalJson body) {
        return acting(id, actor -> requests.withdraw(actor, id, body == null ? null : body.reason()));
    }

    /** The applicant accepts the fee the process asks, or declines it (which withdraws the request). */
    @POST
    @Path("{id}/fee")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.APPLICANT)
    public ApplicationDetails fee(@PathParam("id") String id, DecisionJson body) {
        return acting(id, actor -> {
            if (decision(body, "accept", "decline").equals("accept")) {
                requests.acceptFee(actor, id);
            } else {
                requests.declineFee(actor, id, body.comment());
            }
        });
    }

    @POST
    @Path("{id}/votes")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR})
    public ApplicationDetails vote(@PathParam("id") String id, VoteJson body) {
        if (body == null || body.choice() == null || !List.of("approve", "reject", "abstain").contains(body.choice())) {
            throw new BadRequestException("Send {\"choice\": \"approve\", \"reject\" or \"abstain\", \"comment\": \"...\"}"
                    + " (a \"reject\" needs the reason in comment).");
        }
        return acting(id, actor -> requests.castVote(actor, id, body.choice(), body.comment()));
    }

    /** The caller declares a conflict of interest and is recused from the request's vote. */
    @POST
    @Path("{id}/conflict")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR})
    public ApplicationDetails declareConflict(@PathParam("id") String id, DecisionJson body) {
        return acting(id, actor -> requests.declareConflict(actor, id, body == null ? null : body.comment()));
    }

    /**
     * The chair closes the vote. The tally decides; {@code decision} (approve or reject) counts
     * only when the votes give no majority. A rejection needs the reason in comment.
     */
    @POST
    @Path("{id}/vote-closure")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public ApplicationDetails closeVote(@PathParam("id") String id, DecisionJson body) {
        Boolean tieBreak = null;
        if (body != null && body.decision() != null) {
            tieBreak = decision(body, "approve", "reject").equals("approve");
        }
        Boolean chosen = tieBreak;
        return acting(id, actor -> requests.closeVote(actor, id, chosen, body == null ? null : body.comment()));
    }

    @POST
    @Path("{id}/ethics-opinion")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public ApplicationDetails ethicsOpinion(@PathParam("id") String id, DecisionJson body) {
        boolean favourable = decision(body, "favourable", "unfavourable").equals("favourable");
        return acting(id, actor -> requests.recordEthicsOpinion(actor, id, favourable, body.comment()));
    }

    @POST
    @Path("{id}/clock-extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public ApplicationDetails extendClock(@PathParam("id") String id, ExtensionJson body) {
        if (body == null) {
            throw new BadRequestException("Send {\"period\": \"P1M\", \"reason\": \"...\"}.");
        }
        return acting(id, actor -> requests.extendDecisionClock(actor, id, body.period(), body.reason()));
    }

    /** The request's process model (BPMN XML) with the current step, for the diagram on the request page. */
    @GET
    @Path("{id}/process")
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public Views.ProcessView process(@PathParam("id") String id) {
        return requests.process(actor(), id);
    }

    /** Runs the caller's action on the request, then answers with the request as they now see it. */
    private ApplicationDetails acting(String id, java.util.function.Consumer<Actor> action) {
        Actor actor = actor();
        action.accept(actor);
        return requests.details(actor, id);
    }

    private static String decision(DecisionJson body, String yes, String no) {
        if (body == null || body.decision() == null
                || !(body.decision().equals(yes) || body.decision().equals(no))) {
            throw new BadRequestException("Send {\"decision\": \"" + yes + "\" or \"" + no + "\", \"comment\": \"...\"}"
                    + " (a \"" + no + "\" needs the reason in comment).");
        }
        return body.decision();
    }
}
