package eu.consulate.interfaces.web;

import java.io.Serializable;

import eu.consulate.application.CommitteeForms;
import eu.consulate.application.FormRefused;
import eu.consulate.application.NoSuchApplication;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The committee's form on a request's page: every field the reader sees with its answer; the
 * applicant (while the request is returned to them, or a form added after they handed it in) or
 * the committee (its own fields) fills and saves theirs. Errors show at their fields.
 */
@Named
@ViewScoped
public class FormAnswersView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CommitteeForms forms;

    @Inject
    RequestView request;

    @Inject
    transient UiActor actor;

    @EJB
    transient eu.consulate.application.Notifications notifications;

    private CommitteeForms.FormOnRequest form;
    private FormFill fill;
    private boolean loaded;

    public CommitteeForms.FormOnRequest getForm() {
        if (!loaded && request.getId() != null && request.getDetails() != null) {
            loaded = true;
            form = forms.onRequest(actor.get(), request.getId()).orElse(null);
            if (form != null) {
                // labels and help in the reader's language (their notification settings: en or de)
                fill = new FormFill(form.name(), form.fields(), form.answers(),
                        notifications.settings(actor.get()).language(), form.mayAnswer() ? form.forCommittee() : null);
            }
        }
        return form;
    }

    /** The inputs and errors of the form on the page. */
    public FormFill getFill() {
        getForm();
        return fill;
    }

    /** Saves the answers of the fields the reader fills. */
    public String save() {
        try {
            forms.answer(actor.get(), request.getId(), fill.answers(fill.answering()));
            Messages.info("Answers saved", form.name());
            return RequestView.viewId() + "?faces-redirect=true&id=" + request.getId();
        } catch (FormRefused e) {
            fill.setErrors(e.fieldErrors());
            Messages.error(null, e.getMessage());
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchApplication e) {
            Messages.notFound(e);
            return null;
        }
    }
}
