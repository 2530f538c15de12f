package eu.consulate.interfaces.web;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The OpenID Connect redirect URI. The authentication mechanism has consumed the code by the
 * time this runs; the session gets a new id (a session id known before the login is worth
 * nothing after it), and the user goes on to the home page, or to the request form a catalogue
 * deep link asked for.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String next = "/index.xhtml";
        if (request.getUserPrincipal() != null && request.getSession(false) != null) {
            request.changeSessionId();
            // a deep link that sent the visitor to the login (only /catalogue/apply sets it, with checked ids)
            Object wanted = request.getSession().getAttribute(CatalogueApplyServlet.AFTER_LOGIN);
            if (wanted instanceof String path && path.startsWith("/applicant/new.xhtml?")) {
                request.getSession().removeAttribute(CatalogueApplyServlet.AFTER_LOGIN);
                next = path;
            }
        }
        response.sendRedirect(request.getContextPath() + next);
    }
}
