package eu.consulate.interfaces.rest;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** An RFC 9457 problem body: what went wrong, in words a client can show. */
public record Problem(String type, String title, int status, String detail) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** A problem with a list of reasons, e.g. everything wrong with an uploaded process model. */
    public record WithReasons(String type, String title, int status, String detail, java.util.List<String> reasons) {
    }

    public static Response response(Response.StatusType status, String detail) {
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail))
                .build();
    }

    /**
     * The same body written straight to a servlet response, for the places that answer before
     * JAX-RS runs (the authentication mechanism, the body-size filter).
     */
    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        eu.consulate.infrastructure.web.ProblemBody.write(response, status, title, detail);
    }
}
