package eu.consulate.interfaces.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * The deep link into a request: {@code /catalogue/apply?dataset=<id>[&dataset=<id>...]} leads to
 * the request form with those datasets chosen, through the login when the visitor has not logged
 * in (the callback reads the destination kept in the session). Anything but dataset ids is
 * refused (400), so the link cannot send anyone elsewhere.
 */
@WebServlet("/catalogue/apply")
public class CatalogueApplyServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    /** The session attribute the login callback reads: where to go after logging in. */
    static final String AFTER_LOGIN = "consulate.after-login";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String[] given = request.getParameterValues("dataset");
        if (given == null || given.length == 0 || given.length > CatalogueCart.MAX) {
            response.sendError(400, "Name one to " + CatalogueCart.MAX + " datasets: /catalogue/apply?dataset=<id>");
            return;
        }
        List<String> ids = new ArrayList<>();
        for (String id : given) {
            if (!CatalogueCart.ID.matcher(id).matches()) {
                response.sendError(400, "Not a dataset id: " + id.substring(0, Math.min(id.length(), 40)));
                return;
            }
            if (!ids.contains(id)) {
                ids.add(id);
            }
        }
        String form = "/applicant/new.xhtml?" + String.join("&", ids.stream().map(id -> "dataset=" + id).toList());
        request.getSession().setAttribute(AFTER_LOGIN, form);
        response.sendRedirect(request.getContextPath() + form);
    }
}
