package eu.consulate.interfaces.rest;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import eu.consulate.application.KeyAdministration;
import eu.consulate.infrastructure.security.ApiRoles;
import eu.consulate.infrastructure.visa.SigningKeys.KeyInfo;
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
import jakarta.ws.rs.core.SecurityContext;

/**
 * The visa signing keys for DAC administrators: {@code GET /api/keys} lists them,
 * {@code POST /api/keys/rotation {"passphrase": "..."}} makes a new key sign from now on. The
 * public keys themselves are served by {@link JwksResource}.
 */
@Path("keys")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class KeysResource {

    @EJB
    KeyAdministration keys;

    @Inject
    CallerActor callers;

    @Context
    SecurityContext security;

    public record RotationJson(String passphrase) {
    }

    static Map<String, Object> view(KeyInfo key) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("kid", key.kid());
        json.put("algorithm", key.algorithm());
        json.put("createdAt", key.createdAt().toString());
        json.put("retiredAt", key.retiredAt() == null ? null : key.retiredAt().toString());
        json.put("signing", key.signing());
        json.put("published", key.published());
        json.put("lastVisaExpiresAt", key.lastVisaExpiresAt() == null ? null : key.lastVisaExpiresAt().toString());
        return json;
    }

    /** Every key, newest first. 403 for anyone but a DAC administrator. */
    @GET
    @RolesAllowed(ApiRoles.DAC_ADMIN)
    public List<Map<String, Object>> list() {
        return keys.keys(callers.of(BearerToken.of(security))).stream().map(KeysResource::view).toList();
    }

    /**
     * Rotates the signing key: 200 with the new key. 400 without a passphrase, 403 when the
     * passphrase does not open the signing key (nothing changed) or the caller is not a DAC
     * administrator.
     */
    @POST
    @Path("rotation")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(ApiRoles.DAC_ADMIN)
    public Map<String, Object> rotate(RotationJson body) {
        return view(keys.rotate(callers.of(BearerToken.of(security)), body == null ? null : body.passphrase()));
    }
}
