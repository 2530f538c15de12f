package eu.consulate.interfaces.pull;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import eu.consulate.application.Passports;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.infrastructure.security.ApiRoles;
import eu.consulate.infrastructure.security.BearerTokenVerifier;
import eu.consulate.infrastructure.security.VerifiedToken;
import eu.consulate.infrastructure.web.ProblemBody;
import jakarta.enterprise.inject.spi.CDI;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * {@code GET /api/permissions/{user}}: a user's GA4GH passport, the visas that grant access now.
 * Downstream systems (role {@code consulate.visa.reader-role}) may read anyone's; a person with a
 * Consulate role only their own (token claim {@code consulate.visa.subject-claim} equal to
 * {@code {user}}).
 *
 * <p>Brokers pull this more than everything else together, so it is one servlet in a web module
 * of its own (context root {@code /api/permissions}): no JAX-RS, no CDI injection, no container
 * authentication mechanism. It checks the bearer token itself with the API's
 * {@link BearerTokenVerifier} (the same checks and the same remembered tokens) and reads the
 * passport from {@link Passports}' cache; both beans are looked up once (ADR 7). The body of a
 * cached passport is written once ({@link PassportBodies}), and the module runs without the
 * Jakarta Security module Soteria puts into every web module ({@link WithoutAuthenticationModule}, ADR 10).
 */
@WebServlet(urlPatterns = "/*", loadOnStartup = 1)
public class PassportServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    public static final String PASSPORT_CLAIM = "ga4gh_passport_v1";
    private static final String BEARER = "Bearer ";

    private transient BearerTokenVerifier verifier;
    private transient Passports passports;
    private transient PassportBodies bodies;
    private String readerRole;
    private String subjectClaim;

    @Override
    public void init() throws ServletException {
        verifier = CDI.current().select(BearerTokenVerifier.class).get();
        passports = CDI.current().select(Passports.class).get();
        bodies = new PassportBodies();
        Config config = ConfigProvider.getConfig();
        readerRole = config.getOptionalValue("consulate.visa.reader-role", String.class).orElse(ApiRoles.VISA_READER);
        subjectClaim = config.getOptionalValue("consulate.visa.subject-claim", String.class).orElse("sub");
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            response.setHeader("Allow", "GET, HEAD");
            ProblemBody.write(response, HttpServletResponse.SC_METHOD_NOT_ALLOWED, "Method Not Allowed",
                    "The passport is read with GET.");
            return;
        }
        String user = user(request.getPathInfo());
        if (user == null) {
            ProblemBody.write(response, HttpServletResponse.SC_NOT_FOUND, "Not Found",
                    "A passport is read at /api/permissions/{user}.");
            return;
        }
        String header = request.getHeader("Authorization");
        if (header == null || header.isBlank()) {
            response.setHeader("WWW-Authenticate", "Bearer");
            ProblemBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "Reading a passport needs a bearer token.");
            return;
        }
        Optional<VerifiedToken> token = header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? verifier.verify(header.substring(BEARER.length()).strip()) : Optional.empty();
        if (token.isEmpty()) {
            response.setHeader("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            ProblemBody.write(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized",
                    "The bearer token is malformed, expired, not signed by the identity provider, "
                            + "or not issued for this API.");
            return;
        }
        Set<String> roles = token.get().getGroups();
        boolean downstream = roles.contains(readerRole);
        if (!downstream && roles.stream().noneMatch(ApiRoles.PERSON::contains)) {
            ProblemBody.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden",
                    "Your token has no role that may read passports.");
            return;
        }
        List<String> visas;
        try {
            visas = passports.currentVisas(
                    new Passports.Reader(downstream ? null : ApiRoles.claimText(token.get(), subjectClaim), downstream), user);
        } catch (ApplicationRuleViolation e) {
            if (e.kind() != ApplicationRuleViolation.Kind.FORBIDDEN) {
                throw e;
            }
            ProblemBody.write(response, HttpServletResponse.SC_FORBIDDEN, "Forbidden", e.getMessage());
            return;
        }
        byte[] body = bodies.of(user, visas);
        response.setStatus(HttpServletResponse.SC_OK);
        response.setContentType("application/json;charset=UTF-8");
        response.setHeader("Cache-Control", "no-store");
        response.setContentLength(body.length);
        if ("HEAD".equals(request.getMethod())) {
            return;
        }
        response.getOutputStream().write(body);
    }

    /** The one path segment after the context root, or null (none, empty, or more than one). */
    static String user(String pathInfo) {
        if (pathInfo == null || pathInfo.length() < 2 || pathInfo.indexOf('/', 1) >= 0) {
            return null;
        }
        return pathInfo.substring(1);
    }
}
