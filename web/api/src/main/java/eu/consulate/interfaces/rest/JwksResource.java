package eu.consulate.interfaces.rest;

import eu.consulate.infrastructure.visa.SigningKeys;
import jakarta.annotation.security.PermitAll;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * The public keys that verify Consulate's GA4GH visas (the {@code jku} of every visa). Public, and
 * cacheable for five minutes: after a rotation new visas carry a new {@code kid}; a verifier that meets an unknown {@code kid} reads the set again.
 */
@Path("jwk")
@RequestScoped
public class JwksResource {

    public static final String JWK_SET_JSON = "application/jwk-set+json";

    @EJB
    SigningKeys signingKeys;

    @GET
    @PermitAll
    @Produces({JWK_SET_JSON, MediaType.APPLICATION_JSON})
    public Response keys() {
        return Response.ok(signingKeys.publishedKeySet())
                .header("Cache-Control", "public, max-age=300")
                .build();
    }
}
