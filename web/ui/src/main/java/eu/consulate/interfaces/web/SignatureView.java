package eu.consulate.interfaces.web;

import java.io.Serializable;

import eu.consulate.application.InvitationUnusable;
import eu.consulate.application.NoSuchInvitation;
import eu.consulate.application.RequestSignatures;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page a signing official's link leads to ({@code /applicant/sign.xhtml?token=...}): the
 * request as handed in, "Confirm" and "Decline" with a reason. An unknown, used or expired link
 * says so.
 */
@Named
@ViewScoped
public class SignatureView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestSignatures signatures;

    @Inject
    transient UiActor actor;

    private String token;
    private RequestSignatures.ToSign toSign;
    private String problem;
    private String reason;
    private String outcome;

    /** Called by f:viewAction. */
    public void load() {
        try {
            toSign = signatures.toSign(actor.get(), token);
        } catch (NoSuchInvitation | InvitationUnusable e) {
            problem = e.getMessage();
        }
    }

    public String confirm() {
        try {
            signatures.confirm(actor.get(), token);
            outcome = "You confirmed the request; it is now with the committee.";
            toSign = null;
        } catch (NoSuchInvitation | InvitationUnusable e) {
            problem = e.getMessage();
            toSign = null;
        } catch (ApplicationRuleViolation e) {
            // e.g. the applicant opened their own official's link: say why on the page
            Messages.error(null, e.getMessage());
        }
        return null;
    }

    public String decline() {
        try {
            signatures.decline(actor.get(), token, reason);
            outcome = "You declined the request; the applicant reads your reason.";
            toSign = null;
        } catch (NoSuchInvitation | InvitationUnusable e) {
            problem = e.getMessage();
            toSign = null;
        } catch (ApplicationRuleViolation e) {
            Messages.error(e.kind() == ApplicationRuleViolation.Kind.INVALID_INPUT ? "signature:reason" : null, e.getMessage());
        }
        return null;
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RequestSignatures.ToSign getToSign() {
        return toSign;
    }

    public String getProblem() {
        return problem;
    }

    public String getOutcome() {
        return outcome;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
