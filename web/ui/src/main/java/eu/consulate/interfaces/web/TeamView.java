package eu.consulate.interfaces.web;

import java.io.Serializable;

import eu.consulate.application.NoSuchApplication;
import eu.consulate.application.RequestTeams;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The team section of a request's page: members, open invitations, and the applicant's invite form. */
@Named
@ViewScoped
public class TeamView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestTeams teams;

    @Inject
    RequestView request;

    @Inject
    transient UiActor actor;

    private RequestTeams.Team team;
    private String email;

    public RequestTeams.Team getTeam() {
        if (team == null && request.getId() != null && request.getDetails() != null) {
            team = teams.team(actor.get(), request.getId());
        }
        return team;
    }

    /** Invites the address; the mail goes out with the link. */
    public String invite() {
        try {
            var invitation = teams.invite(actor.get(), request.getId(), email);
            Messages.info("Invitation sent", "An invitation to join the team went to " + invitation.email() + ".");
            return RequestView.viewId() + "?faces-redirect=true&id=" + request.getId();
        } catch (ApplicationRuleViolation e) {
            if (e.kind() == ApplicationRuleViolation.Kind.INVALID_INPUT) {
                Messages.error("team-invite:email", e.getMessage().replaceFirst("^email: ", ""));
            } else {
                Messages.refused(e);
            }
            return null;
        } catch (NoSuchApplication e) {
            Messages.notFound(e);
            return null;
        }
    }

    /** Cancels an open invitation; its link stops working. */
    public String cancel(String invitationId) {
        try {
            teams.cancel(actor.get(), request.getId(), invitationId);
            Messages.info("Invitation cancelled", "Its link no longer works.");
            return RequestView.viewId() + "?faces-redirect=true&id=" + request.getId();
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchApplication e) {
            Messages.notFound(e);
            return null;
        }
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }
}
