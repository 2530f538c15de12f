package eu.consulate.interfaces.rest;

import java.util.List;

import eu.consulate.application.Permits;
import eu.consulate.application.Views.PermitPage;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.permit.PermitListQuery;
import eu.consulate.domain.model.permit.PermitTerms;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import eu.consulate.application.Views;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;

/**
 * Permit lists, a page at a time, latest decision first: the caller's own, or those of the
 * committees the caller administers. {@code status} (valid, expired, revoked), {@code page},
 * {@code size}; anything else is a 400.
 */
@Path("permits")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PermitsResource {

    @EJB
    Permits permits;

    @EJB
    eu.consulate.application.PermitDocuments documents;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    @Context
    UriInfo uri;

    @GET
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public PermitPage mine() {
        return permits.mine(callers.of(BearerToken.of(security)), PermitListQuery.parse(uri.getQueryParameters()));
    }

    /** {@code {"reason": "..."}}: what the holder reads (revocation, suspension, resumption). */
    public record RevocationJson(String reason) {
    }

    /**
     * The committee's chair or one of its administrators revokes the permit: 200 with the
     * permit (status REVOKED); its visas leave the holder's passport at once. 403 for anyone
     * else, 404 for an unknown permit, 409 when it was already revoked, 400 without a reason.
     */
    @POST
    @Path("{id}/revocation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public Views.PermitView revoke(@PathParam("id") String id, RevocationJson body) {
        return permits.revoke(callers.of(BearerToken.of(security)), id, body == null ? null : body.reason());
    }

    /**
     * The committee's chair or one of its administrators suspends the permit, with a reason: 200
     * with the permit (status SUSPENDED); its visas are not served until it is resumed. 403 for
     * anyone else, 404 for an unknown permit, 409 when it is suspended already or revoked, 400
     * without a reason.
     */
    @POST
    @Path("{id}/suspension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public Views.PermitView suspend(@PathParam("id") String id, RevocationJson body) {
        return permits.suspend(callers.of(BearerToken.of(security)), id, body == null ? null : body.reason());
    }

    /** Resumes a suspended permit, with a reason: 200 (status ACTIVE); 409 when it is not suspended. */
    @POST
    @Path("{id}/resumption")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public Views.PermitView resume(@PathParam("id") String id, RevocationJson body) {
        return permits.resume(callers.of(BearerToken.of(security)), id, body == null ? null : body.reason());
    }

    /**
     * {@code {"validUntil": "2028-06-30", "reason": "..."}}: the new end, a date (valid through that
     * day, UTC) or an instant ({@code 2028-06-30T12:00:00Z}).
     */
    public record ExtensionJson(String validUntil, String reason) {
    }

    /**
     * The committee's chair or one of its administrators extends the permit to a later end: 200
     * with the permit; its visas are signed again with the new expiry and the old ones leave the
     * holder's passport at once. 403 for anyone else, 404 for an unknown permit, 409 when it was
     * revoked, 400 without a reason or with an end that is not later (or not a date).
     */
    @POST
    @Path("{id}/extension")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public Views.PermitView extend(@PathParam("id") String id, ExtensionJson body) {
        return permits.extend(callers.of(BearerToken.of(security)), id, body == null ? null : end(body.validUntil()),
                body == null ? null : body.reason());
    }

    /**
     * {@code {"datasets": [ids], "conditions": ["..."], "coHolders": [subjects], "reason": "..."}}:
     * the full lists after the amendment. {@code conditions}: the committee's own (those of the
     * datasets' data use are added); {@code coHolders}: the people besides the applicant, by
     * subject (absent: unchanged).
     */
    public record AmendmentJson(List<String> datasets, List<String> conditions, List<String> coHolders, String reason) {
    }

    /**
     * The committee's chair or one of its administrators amends the permit: 200 with the permit
     * (its datasets and conditions); its visas are signed again for the new datasets and the old
     * ones withdrawn; each co-holder gets visas of their own, a removed one's are withdrawn. 400 for
     * a dataset of another committee or unknown, a dataset whose time limit on use (DUO TS) ends
     * before the permit, a co-holder who never signed in, no dataset, nothing changed or no
     * reason; 403 for anyone else; 404 unknown permit; 409 revoked or expired.
     */
    @POST
    @Path("{id}/amendment")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public Views.PermitView amend(@PathParam("id") String id, AmendmentJson body) {
        if (body == null) {
            throw ApplicationRuleViolation.invalidInput("Send {\"datasets\": [...], \"conditions\": [...], \"reason\": \"...\"}.");
        }
        return permits.amend(callers.of(BearerToken.of(security)), id, body.datasets(), body.conditions(),
                body.coHolders(), body.reason());
    }

    /**
     * A holder's change request: {@code {"kind": "extension", "validUntil": "2028-06-30", "reason"}}
     * or {@code {"kind": "amendment", "datasets": [ids], "reason"}}.
     */
    public record ChangeRequestJson(String kind, String validUntil, List<String> datasets, String reason) {
    }

    public record ChangeDecisionJson(String decision, String reason) {
    }

    /**
     * The permit's holder asks the committee to extend or amend it: 201 with {@code {"changeId"}};
     * the request waits for the committee's decision. 400 for an end that is not later, a dataset
     * of another committee, no reason; 403 for anyone but the holder; 404 unknown permit; 409 when
     * a request is already waiting or the permit is not running.
     */
    @POST
    @Path("{id}/change-requests")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.APPLICANT})
    public jakarta.ws.rs.core.Response requestChange(@PathParam("id") String id, ChangeRequestJson body) {
        if (body == null) {
            throw ApplicationRuleViolation.invalidInput("Send {\"kind\": \"extension\" or \"amendment\", ...}.");
        }
        String changeId = permits.requestChange(callers.of(BearerToken.of(security)), id, body.kind(),
                end(body.validUntil()), body.datasets(), body.reason());
        return jakarta.ws.rs.core.Response.status(201).entity(java.util.Map.of("changeId", changeId, "permitId", id))
                .build();
    }

    /**
     * The committee's chair or one of its administrators approves ({@code "decision": "approve"})
     * or refuses ({@code "refuse"}, with a reason) the holder's change request: 200 with the permit
     * (extended or amended when approved). 409 when no such request waits.
     */
    @POST
    @Path("{id}/change-requests/{changeId}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({ApiRoles.DAC_CHAIR, ApiRoles.DAC_ADMIN})
    public Views.PermitView decideChange(@PathParam("id") String id, @PathParam("changeId") String changeId,
            ChangeDecisionJson body) {
        String decision = body == null ? null : body.decision();
        if (!"approve".equals(decision) && !"refuse".equals(decision)) {
            throw ApplicationRuleViolation.invalidInput("decision is approve or refuse.");
        }
        return permits.decideChange(callers.of(BearerToken.of(security)), id, changeId, "approve".equals(decision),
                body.reason());
    }

    static java.time.Instant end(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            return text.strip().length() == 10 ? PermitTerms.throughDay(java.time.LocalDate.parse(text.strip()))
                    : java.time.Instant.parse(text.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw ApplicationRuleViolation.invalidInput("validUntil: a date (2028-06-30, valid through that day, UTC) "
                    + "or an instant (2028-06-30T12:00:00Z), not '" + text.strip() + "'.");
        }
    }

    /**
     * The permit document (PDF) of the permit's current version, for whoever may see its request
     * (the holder, the committee): 403 for others, 404 for an unknown permit.
     */
    @GET
    @Path("{id}/document")
    @Produces("application/pdf")
    @RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public jakarta.ws.rs.core.Response document(@PathParam("id") String id) {
        byte[] pdf = documents.document(callers.of(BearerToken.of(security)), id);
        return jakarta.ws.rs.core.Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=\"permit-" + id + ".pdf\"")
                .header("Cache-Control", "private, no-store")
                .build();
    }

    @GET
    @Path("committee")
    @RolesAllowed(ApiRoles.DAC_ADMIN)
    public PermitPage ofMyCommittees() {
        return permits.ofMyCommittees(callers.of(BearerToken.of(security)), PermitListQuery.parse(uri.getQueryParameters()));
    }
}
