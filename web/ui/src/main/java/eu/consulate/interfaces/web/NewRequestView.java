package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.application.Catalog;
import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.Views.DatasetView;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** The applicant's form for a new data access request. */
@Named
@ViewScoped
public class NewRequestView implements Serializable {

    @EJB
    transient DataAccessRequests requests;

    @EJB
    transient Catalog catalog;

    @Inject
    transient UiActor actor;

    private String title;
    private String researchPurpose;
    private List<String> datasetIds = new ArrayList<>();
    private List<DatasetView> datasets;

    @PostConstruct
    void load() {
        datasets = catalog.requestable();
    }

    /** Research (secondary use, the default) or care (primary use): the committee's process for it runs the request. */
    private String use = "research";

    /** Academic (the default), public or commercial: commercial research may run on a process with a fee. */
    private String organisationType = "academic";

    public String getOrganisationType() {
        return organisationType;
    }

    public void setOrganisationType(String organisationType) {
        this.organisationType = organisationType;
    }

    public String getUse() {
        return use;
    }

    public void setUse(String use) {
        this.use = use;
    }

    public String submit() {
        try {
            String id = requests.submit(actor.get(), actor.subject(), title, researchPurpose, datasetIds, use,
                    organisationType);
            Messages.info("Request submitted", "The committee has been asked to review it.");
            return "/applicant/request?faces-redirect=true&id=" + id;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        }
    }

    public List<DatasetView> getDatasets() {
        return datasets;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getResearchPurpose() {
        return researchPurpose;
    }

    public void setResearchPurpose(String researchPurpose) {
        this.researchPurpose = researchPurpose;
    }

    public List<String> getDatasetIds() {
        return datasetIds;
    }

    public void setDatasetIds(List<String> datasetIds) {
        this.datasetIds = datasetIds;
    }
}
