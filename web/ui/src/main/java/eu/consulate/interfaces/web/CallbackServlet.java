package eu.consulate.interfaces.web;

import java.io.IOException;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The OpenID Connect redirect URI. The authentication mechanism has consumed the code by the
 * time this runs; the session gets a new id (a session id known before the login is worth
 * nothing after it), and the user goes on to the home page.
 */
@WebServlet("/Callback")
public class CallbackServlet extends HttpServlet {

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getUserPrincipal() != null && request.getSession(false) != null) {
            request.changeSessionId();
        }
        response.sendRedirect(request.getContextPath() + "/index.xhtml");
    }
}
