package eu.consulate.interfaces.rest;

import eu.consulate.application.RequestSignatures;
import eu.consulate.infrastructure.security.ApiRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/**
 * The signing official's side (issue 8): {@code /api/signatures/...}, with the token from the
 * mail in the body (not in an address that access logs keep). 404 for an unknown token, 410 for
 * a used or expired one, 403 for the request's own applicant or team.
 */
@Path("signatures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR, ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
public class SignaturesResource {

    /** {@code {"token"}} from the mail; {@code reason} when declining. */
    public record SignatureJson(String token, String reason) {
    }

    public record SignedJson(String applicationId) {
    }

    @EJB
    RequestSignatures signatures;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    /** The request the link asks to confirm: 200 with what the official reads. */
    @POST
    @Path("lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    public RequestSignatures.ToSign lookup(SignatureJson body) {
        return signatures.toSign(callers.of(BearerToken.of(security)), token(body));
    }

    /** The official confirms: 200; the request is submitted to its committee. */
    @POST
    @Path("confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public SignedJson confirm(SignatureJson body) {
        return new SignedJson(signatures.confirm(callers.of(BearerToken.of(security)), token(body)));
    }

    /** The official declines with a reason (400 without): 200; the request ends. */
    @POST
    @Path("decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public SignedJson decline(SignatureJson body) {
        return new SignedJson(signatures.decline(callers.of(BearerToken.of(security)), token(body), body.reason()));
    }

    private static String token(SignatureJson body) {
        if (body == null || body.token() == null || body.token().isBlank()) {
            throw new BadRequestException("Send {\"token\": \"...\"} (from the link in the mail).");
        }
        return body.token();
    }
}
