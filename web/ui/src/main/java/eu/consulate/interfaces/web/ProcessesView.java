package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.List;
import java.util.Map;

import eu.consulate.application.CommitteeAdministration;
import eu.consulate.application.CommitteeProcesses;
import eu.consulate.application.ModelRefused;
import eu.consulate.application.Views;
import eu.consulate.application.WorkflowPort.ModelVersion;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.primefaces.model.file.UploadedFile;

/**
 * The DAC administrator's process models: which model runs research and care requests of each
 * committee they keep, the models to choose from, and uploading a new model version. Whether the
 * model is acceptable is the domain's call; a refusal lists every reason.
 */
@Named
@ViewScoped
public class ProcessesView implements Serializable {

    @Inject
    transient UiActor actor;

    @EJB
    transient CommitteeAdministration administration;

    @EJB
    transient CommitteeProcesses processes;

    private List<Views.CommitteeView> committees;
    private String committee;
    private Map<String, String> choices;
    private List<ModelVersion> models;
    private String use = "research";
    private String processKey;
    private transient UploadedFile file;
    private List<String> refusals = List.of();

    @PostConstruct
    void load() {
        committees = administration.administeredBy(actor.get());
    }

    /** Called by f:viewAction: the chosen committee (first one by default). */
    public void show() {
        if ((committee == null || committee.isBlank()) && !committees.isEmpty()) {
            committee = committees.get(0).id();
        }
        if (committee != null && committees.stream().anyMatch(c -> c.id().equals(committee))) {
            choices = processes.choices(actor.get(), committee);
            models = processes.models(actor.get(), committee);
        }
    }

    public String choose() {
        try {
            processes.choose(actor.get(), committee, use, processKey);
            Messages.info("Model chosen", "New " + use + " requests run on " + processKey + ".");
            return "/admin/processes?faces-redirect=true&committee=" + committee;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public String upload() {
        try {
            if (file == null || file.getSize() == 0) {
                Messages.error(null, "Choose a BPMN file to upload.");
                return null;
            }
            ModelVersion version = processes.upload(actor.get(), committee, file.getFileName(), file.getContent());
            Messages.info("Model uploaded", version.name() + " (" + version.key() + ") version " + version.version()
                    + " runs the committee's next requests of that model.");
            return "/admin/processes?faces-redirect=true&committee=" + committee;
        } catch (ModelRefused e) {
            refusals = e.reasons();
            Messages.error(null, "The model was refused; nothing was deployed.");
            return null;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public List<Views.CommitteeView> getCommittees() {
        return committees;
    }

    public String getCommittee() {
        return committee;
    }

    public void setCommittee(String committee) {
        this.committee = committee;
    }

    public Map<String, String> getChoices() {
        return choices;
    }

    public List<ModelVersion> getModels() {
        return models;
    }

    public String getUse() {
        return use;
    }

    public void setUse(String use) {
        this.use = use;
    }

    public String getProcessKey() {
        return processKey;
    }

    public void setProcessKey(String processKey) {
        this.processKey = processKey;
    }

    public UploadedFile getFile() {
        return file;
    }

    public void setFile(UploadedFile file) {
        this.file = file;
    }

    public List<String> getRefusals() {
        return refusals;
    }
}
