package eu.consulate.bench.baseline;

import java.util.Set;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Application;
import jakarta.ws.rs.core.MediaType;

/** The bare endpoint: what the server does for a JAX-RS call that does no work of its own. */
@ApplicationPath("/")
public class Baseline extends Application {

    private static final String FIXED = "{\"ga4gh_passport_v1\":[\"eyJhbGciOiJSUzI1NiJ9.e30.c2lnbmF0dXJl\"]}";

    @Override
    public Set<Class<?>> getClasses() {
        return Set.of(Fixed.class);
    }

    @Path("fixed")
    public static class Fixed {
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public String fixed() {
            return FIXED;
        }
    }
}
