package eu.consulate.interfaces.pull;

import java.io.IOException;

import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;

/** RFC 9457 problem bodies, as the rest of the API writes them. */
final class Problems {

    private Problems() {
    }

    static void write(HttpServletResponse response, int status, String title, String detail) throws IOException {
        response.setStatus(status);
        response.setContentType("application/problem+json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", "about:blank").add("title", title).add("status", status).add("detail", detail)
                .build().toString());
    }
}
