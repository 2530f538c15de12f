package eu.consulate.interfaces.web;

import eu.consulate.infrastructure.web.SecurityHeaders;
import jakarta.servlet.annotation.WebFilter;

/**
 * The pages' protections. Their Content-Security-Policy comes from PrimeFaces
 * ({@code primefaces.CSP} in web.xml), which puts a fresh nonce on every script it renders.
 */
@WebFilter(urlPatterns = "/*", asyncSupported = true)
public class PageSecurityHeaders extends SecurityHeaders {

    private static final long serialVersionUID = 1L;

    @Override
    protected String contentSecurityPolicy() {
        return null;
    }
}
