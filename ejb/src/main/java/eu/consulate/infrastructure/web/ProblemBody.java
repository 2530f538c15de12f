package eu.consulate.infrastructure.web;

import java.io.IOException;
import java.util.Map;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.servlet.http.HttpServletResponse;

/**
 * An RFC 9457 problem body written straight to a servlet response, for the places that answer
 * before or without JAX-RS (the API's mechanism and body-size filter, the visa pull).
 */
public final class ProblemBody {

    public static final String MEDIA_TYPE = "application/problem+json";
    private static final JsonBuilderFactory JSON = Json.createBuilderFactory(Map.of());

    private ProblemBody() {
    }

    public static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType(MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(JSON.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status).add("detail", detail)
                .build().toString());
    }
}
