package eu.consulate.interfaces.web;

import java.io.IOException;

import eu.consulate.application.NoSuchApplication;
import eu.consulate.application.NoSuchPermit;
import eu.consulate.application.PermitDocuments;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

/**
 * {@code GET /permits/document?id=<permit>}: the permit's PDF for a signed-in person who may see
 * its request (the holder, the committee). 403 for others, 404 for an unknown permit; the
 * domain decides, as for the request page.
 */
@WebServlet("/permits/document")
public class PermitDocumentServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;

    @EJB
    transient PermitDocuments documents;

    @Inject
    transient UiActor actor;

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String id = request.getParameter("id");
        if (id == null || id.isBlank() || id.length() > 36) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        byte[] pdf;
        try {
            pdf = documents.document(actor.get(), id.strip());
        } catch (NoSuchPermit | NoSuchApplication e) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        } catch (ApplicationRuleViolation e) {
            response.sendError(HttpServletResponse.SC_FORBIDDEN);
            return;
        }
        response.setContentType("application/pdf");
        response.setHeader("Content-Disposition", "inline; filename=\"permit-" + id.strip() + ".pdf\"");
        response.setHeader("Cache-Control", "private, no-store");
        response.setContentLength(pdf.length);
        response.getOutputStream().write(pdf);
    }
}
