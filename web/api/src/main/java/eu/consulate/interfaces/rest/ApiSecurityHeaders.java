package eu.consulate.interfaces.rest;

import eu.consulate.infrastructure.web.SecurityHeaders;
import jakarta.servlet.annotation.WebFilter;

/** The API serves JSON only: nothing of it may run, load or be framed in a browser. */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class ApiSecurityHeaders extends SecurityHeaders {

    private static final long serialVersionUID = 1L;

    @Override
    protected String contentSecurityPolicy() {
        return JSON_ONLY_POLICY;
    }
}
