package eu.consulate.interfaces.pull;

import eu.consulate.infrastructure.web.SecurityHeaders;
import jakarta.servlet.annotation.WebFilter;

/** JSON only, as the rest of the API: nothing of it may run, load or be framed in a browser. */
@WebFilter(urlPatterns = "/*")
public class PullSecurityHeaders extends SecurityHeaders {

    private static final long serialVersionUID = 1L;

    @Override
    protected String contentSecurityPolicy() {
        return JSON_ONLY_POLICY;
    }
}
