package eu.consulate.infrastructure.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Browser protections on every response of a web module: no MIME sniffing, no referrer to other
 * sites, no framing (legacy {@code X-Frame-Options} next to CSP's {@code frame-ancestors}), HSTS
 * when the request came over https. Each web module subclasses it as its {@code @WebFilter}
 * and may add its own Content-Security-Policy (the pages leave theirs to PrimeFaces, which adds
 * a nonce per response).
 */
public abstract class SecurityHeaders extends HttpFilter {

    private static final long serialVersionUID = 1L;

    /** The module's policy, or null when something else in the module sends it. */
    protected abstract String contentSecurityPolicy();

    /** The policy of JSON endpoints: nothing of them may run, load or be framed in a browser. */
    public static final String JSON_ONLY_POLICY =
            "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        response.setHeader("X-Content-Type-Options", "nosniff");
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Frame-Options", "DENY");
        String policy = contentSecurityPolicy();
        if (policy != null) {
            response.setHeader("Content-Security-Policy", policy);
        }
        if (request.isSecure()) {
            response.setHeader("Strict-Transport-Security", "max-age=31536000; includeSubDomains");
        }
        chain.doFilter(request, response);
    }
}
