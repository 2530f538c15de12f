package eu.consulate.interfaces.rest;

import java.util.List;
import java.util.Map;

import eu.consulate.application.TermsAcceptances;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;

/**
 * Accepting a committee's terms: {@code POST /api/terms/acceptances {"committee": id}} and
 * {@code GET /api/terms/acceptances} (one's own). Each acceptance puts an
 * {@code AcceptedTermsAndPolicies} visa into the person's passport.
 */
@Path("terms/acceptances")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TermsResource {

    @EJB
    TermsAcceptances acceptances;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    public record AcceptJson(String committee) {
    }

    /** 201 with the acceptance (200 when these terms were accepted already); 404 unknown committee; 409 no terms. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.APPLICANT)
    public Response accept(AcceptJson body) {
        if (body == null || body.committee() == null || body.committee().isBlank()) {
            throw ApplicationRuleViolation.invalidInput("committee: say whose terms you accept.");
        }
        var token = BearerToken.of(security);
        TermsAcceptances.Accepted accepted = acceptances.accept(callers.of(token), callers.subject(token), body.committee());
        return Response.status(accepted.isNew() ? 201 : 200).entity(json(accepted.acceptance())).build();
    }

    /** The caller's acceptances whose visas are valid, latest first. */
    @GET
    @RolesAllowed(ApiRoles.APPLICANT)
    public List<Map<String, String>> mine() {
        var token = BearerToken.of(security);
        return acceptances.of(callers.of(token), callers.subject(token)).stream().map(TermsResource::json).toList();
    }

    private static Map<String, String> json(TermsAcceptances.Acceptance a) {
        Map<String, String> json = new java.util.LinkedHashMap<>(Map.of("committee", a.committeeId(), "committeeName",
                a.committee(), "termsUrl", a.termsUrl(), "acceptedAt", a.acceptedAt().toString(), "expiresAt",
                a.expiresAt().toString()));
        if (a.versionId() != null) {
            json.put("termsVersionId", a.versionId());
            json.put("termsVersion", a.version());
            json.put("termsTitle", a.title());
        }
        return json;
    }
}
