package eu.consulate.interfaces.web;

import java.io.IOException;
import java.io.UncheckedIOException;

import eu.consulate.application.NoSuchApplication;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Turning outcomes into what the user sees: messages, or the 403/404 page. */
final class Messages {

    private Messages() {
    }

    static void info(String summary, String detail) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, summary, detail));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    /** A warning that survives the redirect after the action. */
    static void warn(String summary, String detail) {
        FacesContext context = FacesContext.getCurrentInstance();
        context.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_WARN, summary, detail));
        context.getExternalContext().getFlash().setKeepMessages(true);
    }

    static void error(String field, String message) {
        FacesContext.getCurrentInstance().addMessage(field,
                new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    }

    /** A refused command: input problems and conflicts become messages; a forbidden act the 403 page. */
    static void refused(ApplicationRuleViolation e) {
        if (e.kind() == ApplicationRuleViolation.Kind.FORBIDDEN) {
            sendError(403);
        } else {
            error(null, e.getMessage());
        }
    }

    static void notFound(NoSuchApplication e) {
        sendError(404);
    }

    static void sendError(int status) {
        FacesContext context = FacesContext.getCurrentInstance();
        try {
            context.getExternalContext().responseSendError(status, null);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        context.responseComplete();
    }
}
