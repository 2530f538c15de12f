package eu.consulate.interfaces.web;

import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;

/**
 * An unexpected error on a page: logged once with a short reference that the error page shows,
 * so a user can quote it and an administrator can find the stack trace (never shown to users).
 */
@Named
@RequestScoped
public class ErrorReport {

    private static final Logger LOG = Logger.getLogger(ErrorReport.class.getName());

    private String reference;

    public String getReference() {
        if (reference == null) {
            reference = UUID.randomUUID().toString().substring(0, 8);
            var request = FacesContext.getCurrentInstance().getExternalContext().getRequestMap();
            Object error = request.get(RequestDispatcher.ERROR_EXCEPTION);
            LOG.log(Level.SEVERE, "Page error " + reference + " on " + request.get(RequestDispatcher.ERROR_REQUEST_URI),
                    error instanceof Throwable t ? t : null);
        }
        return reference;
    }
}
