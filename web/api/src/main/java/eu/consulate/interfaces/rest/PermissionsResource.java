package eu.consulate.interfaces.rest;

import java.util.List;
import java.util.Map;

import eu.consulate.application.Passports;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * A user's GA4GH passport: the visas that grant access now. Downstream systems (role
 * {@code consulate.visa.reader-role}) may read anyone's; everybody else only their own, i.e. the
 * token claim {@code consulate.visa.subject-claim} must equal {@code {user}}.
 */
@Path("permissions")
@RequestScoped
public class PermissionsResource {

    public static final String PASSPORT_CLAIM = "ga4gh_passport_v1";

    @Context
    SecurityContext security;

    @Inject
    Passports passports;

    @Inject
    @ConfigProperty(name = "consulate.visa.reader-role", defaultValue = ApiRoles.VISA_READER)
    String readerRole;

    @Inject
    CallerActor callers;

    @GET
    @Path("{user}")
    @Produces(MediaType.APPLICATION_JSON)
    // brokers call this most: their role first (each role is one authorization check of the server)
    @RolesAllowed({ApiRoles.VISA_READER, ApiRoles.APPLICANT, ApiRoles.DAC_MEMBER, ApiRoles.DAC_CHAIR,
            ApiRoles.LEGAL_OFFICER, ApiRoles.DAC_ADMIN})
    public Map<String, List<String>> passport(@PathParam("user") String user) {
        JsonWebToken token = BearerToken.of(security);
        boolean downstream = isReader(token);
        var reader = new Passports.Reader(downstream ? null : callers.subjectOrNull(token), downstream);
        return Map.of(PASSPORT_CLAIM, passports.currentVisas(reader, user));
    }

    /** The token's groups are its roles (checked as such by the mechanism); no second authorization call. */
    private boolean isReader(JsonWebToken token) {
        return token.getGroups() != null && token.getGroups().contains(readerRole);
    }
}
