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
import eu.consulate.application.Views.TaskView;
import eu.consulate.domain.model.application.Actor;
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
import jakarta.ws.rs.QueryParam;
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

    /** A new request. */
    public record SubmitJson(String title, String researchPurpose, List<String> datasetIds) {
    }

    /** A decision on an open step: approve/reject (review) or pass/fail (legal check). */
    public record DecisionJson(String decision, String comment) {
    }

    @EJB
    DataAccessRequests requests;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

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
                body.datasetIds());
        return Response.created(URI.create("applications/" + id)).entity(requests.details(actor(), id)).build();
    }

    @GET
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public List<ApplicationSummary> mine() {
        return requests.mine(actor());
    }

    @GET
    @Path("tasks")
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER})
    public List<TaskView> tasks() {
        return requests.openTasks(actor());
    }

    /**
     * A page of the requests of the caller's committees: {@code state} (repeatable), {@code q}
     * (title, applicant, id), {@code sort} (submitted, updated, title, state), {@code dir} (asc,
     * desc), {@code page} (from 0), {@code size} (1–100). A malformed parameter is a 400.
     */
    @GET
    @Path("committee")
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public RequestPage committeeRequests(@QueryParam("state") List<String> states, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("dir") String direction, @QueryParam("page") String page,
            @QueryParam("size") String size) {
        return requests.committeeRequests(actor(), RequestListQuery.parse(states, text, sort, direction,
                number(page, "page"), number(size, "size")));
    }

    /** The same list, whole (at most 10,000 rows), as CSV. */
    @GET
    @Path("committee/export")
    @Produces("text/csv")
    @RolesAllowed({ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public Response exportCommitteeRequests(@QueryParam("state") List<String> states, @QueryParam("q") String text,
            @QueryParam("sort") String sort, @QueryParam("dir") String direction) {
        List<ApplicationSummary> rows = requests.committeeRequestsForExport(actor(),
                RequestListQuery.parse(states, text, sort, direction, null, null));
        jakarta.ws.rs.core.StreamingOutput body = out -> RequestListExport.write(rows,
                new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8));
        return Response.ok(body, "text/csv; charset=UTF-8")
                .header("Content-Disposition", "attachment; filename=\"committee-requests.csv\"").build();
    }

    // read as text: JAX-RS answers 404 to a query parameter it cannot convert
    private static Integer number(String value, String name) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Integer.valueOf(value.strip());
        } catch (NumberFormatException e) {
            throw new BadRequestException("The " + name + " is a whole number, not '" + value + "'.");
        }
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
        Actor actor = actor();
        switch (decision(body, "approve", "reject")) {
            case "approve" -> requests.approveReview(actor, id, body.comment());
            default -> requests.rejectReview(actor, id, body.comment());
        }
        return requests.details(actor, id);
    }

    @POST
    @Path("{id}/legal-check")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.LEGAL_OFFICER)
    public ApplicationDetails legalCheck(@PathParam("id") String id, DecisionJson body) {
        Actor actor = actor();
        switch (decision(body, "pass", "fail")) {
            case "pass" -> requests.passLegalCheck(actor, id, body.comment());
            default -> requests.failLegalCheck(actor, id, body.comment());
        }
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
