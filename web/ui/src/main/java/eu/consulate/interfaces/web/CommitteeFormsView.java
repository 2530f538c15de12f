package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;

import eu.consulate.application.CommitteeForms;
import eu.consulate.application.FormRefused;
import eu.consulate.application.NoSuchCommittee;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The application form section of a committee's administration page: its versions, the EHDS
 * template in one click, and a definition (JSON, docs/forms.md) to publish as the next version;
 * a refused definition lists every reason and keeps the text for correcting.
 */
@Named
@ViewScoped
public class CommitteeFormsView implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    transient CommitteeForms forms;

    @Inject
    CommitteeEditView committee;

    @Inject
    transient UiActor actor;

    private List<CommitteeForms.FormVersion> versions;
    private String definition;
    private List<String> refusals = List.of();

    public List<CommitteeForms.FormVersion> getVersions() {
        if (versions == null && committee.getId() != null && committee.getCommittee() != null) {
            versions = forms.versions(actor.get(), committee.getId());
            if (definition == null) {
                definition = forms.current(committee.getId()).map(CommitteeForms.Form::json).orElse("");
            }
        }
        return versions;
    }

    public String useEhdsTemplate() {
        return published(() -> forms.useEhdsTemplate(actor.get(), committee.getId()));
    }

    public String publish() {
        return published(() -> forms.publish(actor.get(), committee.getId(), definition));
    }

    private String published(java.util.function.Supplier<CommitteeForms.FormVersion> publishing) {
        try {
            CommitteeForms.FormVersion version = publishing.get();
            Messages.info("Form published", version.name() + ", version " + version.version()
                    + ": new requests to the committee are asked with it.");
            return "/admin/committee?faces-redirect=true&id=" + committee.getId();
        } catch (FormRefused e) {
            refusals = e.reasons();
            Messages.error("form:definition", e.getMessage() + " Nothing was published.");
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchCommittee e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    public String getDefinition() {
        return definition;
    }

    public void setDefinition(String definition) {
        this.definition = definition;
    }

    public List<String> getRefusals() {
        return refusals;
    }
}
