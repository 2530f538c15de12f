package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;

import eu.consulate.application.NoSuchDraft;
import eu.consulate.application.RequestDrafts;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The applicant's drafts on their requests page: open one to go on, or delete it. */
@Named
@ViewScoped
public class DraftsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient RequestDrafts drafts;

    @Inject
    transient UiActor actor;

    private List<RequestDrafts.DraftView> mine = List.of();

    @PostConstruct
    void load() {
        if (actor.get().hasRole(eu.consulate.domain.model.application.Actor.APPLICANT)) {
            mine = drafts.mine(actor.get());
        }
    }

    public String delete(String draftId) {
        try {
            drafts.delete(actor.get(), draftId);
            Messages.info("Draft deleted", null);
        } catch (NoSuchDraft e) {
            Messages.error(null, e.getMessage());
            return null;
        }
        return "/applicant/index?faces-redirect=true";
    }

    /** "Copy as a new draft" on one of the applicant's requests: the form opens with the copy. */
    public String copy(String applicationId) {
        try {
            var draft = drafts.copyOf(actor.get(), applicationId);
            Messages.info("Copied as a new draft", "Change it and submit it as a new request.");
            return "/applicant/new?faces-redirect=true&draft=" + draft.id();
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public List<RequestDrafts.DraftView> getMine() {
        return mine;
    }
}
