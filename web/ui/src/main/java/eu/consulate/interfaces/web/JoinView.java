package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;

import eu.consulate.application.InvitationUnusable;
import eu.consulate.application.NoSuchInvitation;
import eu.consulate.application.RequestTeams;
import eu.consulate.application.Views;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The page an invitation's link leads to ({@code /applicant/join.xhtml?token=...}): the request,
 * who invites, the terms to accept, and "Join the team". An unknown, used or expired link says so.
 */
@Named
@ViewScoped
public class JoinView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestTeams teams;

    @Inject
    transient UiActor actor;

    private String token;
    private RequestTeams.Invited invited;
    private String problem;
    private boolean accepted;

    /** Called by f:viewAction. */
    public void load() {
        try {
            invited = teams.invitation(actor.get(), token);
        } catch (NoSuchInvitation | InvitationUnusable e) {
            problem = e.getMessage();
        }
    }

    public String join() {
        if (!accepted && !invited.terms().isEmpty()) {
            Messages.error("join:accept", "Accept the terms to join the team.");
            return null;
        }
        try {
            List<String> terms = invited.terms().stream().map(Views.TermsVersionView::id).toList();
            String applicationId = teams.join(actor.get(), token, terms);
            Messages.info("You joined the team", invited.title());
            return "/applicant/request?faces-redirect=true&id=" + applicationId;
        } catch (NoSuchInvitation | InvitationUnusable e) {
            problem = e.getMessage();
            invited = null;
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public String getToken() {
        return token;
    }

    public void setToken(String token) {
        this.token = token;
    }

    public RequestTeams.Invited getInvited() {
        return invited;
    }

    public String getProblem() {
        return problem;
    }

    public boolean isAccepted() {
        return accepted;
    }

    public void setAccepted(boolean accepted) {
        this.accepted = accepted;
    }
}
