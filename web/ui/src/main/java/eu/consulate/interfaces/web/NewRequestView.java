package eu.consulate.interfaces.web;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.application.Catalog;
import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.DataUseMatching;
import eu.consulate.application.Diseases;
import eu.consulate.application.Views.DatasetView;
import eu.consulate.application.Views.MatchView;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.domain.model.datause.DiseaseTerm;
import eu.consulate.domain.model.datause.InvalidDataUse;
import eu.consulate.domain.model.datause.ResearchPurpose;
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

    @EJB
    transient DataUseMatching matching;

    @EJB
    transient Diseases diseases;

    @EJB
    transient eu.consulate.application.CommitteeTerms terms;

    @EJB
    transient eu.consulate.application.RequestDrafts drafts;

    @EJB
    transient eu.consulate.application.CommitteeForms forms;

    @EJB
    transient eu.consulate.application.Notifications notifications;

    /** The forms of the committees of the chosen datasets, as they are being filled in. */
    private final CommitteeFormsOnPage committeeForms = new CommitteeFormsOnPage();
    /** The e-mail address of the signing official, when a committee of the chosen datasets wants one. */
    private String signingOfficial;
    private boolean signingOfficialAsked;

    /** The draft this form is saved to; null until first saved. */
    private String draftId;
    private java.time.Instant draftSavedAt;
    private eu.consulate.domain.model.application.RequestDraft lastSaved;

    /** The ids of the terms versions the applicant ticked. */
    private List<String> acceptedTerms = new ArrayList<>();

    @Inject
    transient UiActor actor;

    /** The purpose in DUO terms: DS, HMB, POA or GRU, the diseases of DS, and the flags. */
    private String category;
    private List<String> purposeDiseases = new ArrayList<>();
    private boolean commercial;
    private boolean forProfitOrganisation;
    private boolean methodsDevelopment;
    private boolean geneticStudy;
    private boolean controlSet;
    private List<MatchView> matches;

    private String title;
    private String researchPurpose;
    private List<String> datasetIds = new ArrayList<>();
    private List<DatasetView> datasets;

    @PostConstruct
    void load() {
        datasets = catalog.requestable();
        // a catalogue deep link or cart: /applicant/new.xhtml?dataset=<id>&dataset=<id>
        String[] chosen = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterValuesMap().get("dataset");
        if (chosen != null) {
            java.util.Set<String> wanted = java.util.Set.of(chosen);
            datasetIds = new ArrayList<>(datasets.stream().map(DatasetView::id).filter(wanted::contains).toList());
        }
        // a draft: /applicant/new.xhtml?draft=<id> (another person's draft: 404)
        String draft = jakarta.faces.context.FacesContext.getCurrentInstance().getExternalContext()
                .getRequestParameterMap().get("draft");
        if (draft != null && !draft.isBlank()) {
            try {
                show(drafts.find(actor.get(), draft.strip()));
            } catch (eu.consulate.application.NoSuchDraft e) {
                Messages.sendError(404);
            }
        } else {
            refreshCommitteeForms();
            lastSaved = form(); // autosave starts once the applicant changed something
        }
    }

    /**
     * The chosen datasets changed: the forms of their committees show (a form already on the page
     * keeps what was typed; a committee no longer concerned drops out).
     */
    public void refreshCommitteeForms() {
        java.util.Map<String, String> committees = new java.util.LinkedHashMap<>();
        signingOfficialAsked = false;
        if (datasetIds != null && !datasetIds.isEmpty()) {
            java.util.Map<String, Dataset> byId = new java.util.HashMap<>();
            catalog.datasets(datasetIds).forEach(d -> byId.put(d.id(), d));
            for (String id : datasetIds) {
                Dataset d = byId.get(id);
                if (d != null) {
                    committees.putIfAbsent(d.dac().id(), d.dac().name());
                    signingOfficialAsked |= d.dac().signingOfficialRequired();
                }
            }
        }
        committeeForms.show(committees, forms::current, notifications.settings(actor.get()).language());
    }

    /** The committees' forms on the page (the page iterates them). */
    public List<CommitteeFormsOnPage.CommitteeForm> getCommitteeForms() {
        return committeeForms.forms();
    }

    private void show(eu.consulate.application.RequestDrafts.DraftView draft) {
        var f = draft.form();
        draftId = draft.id();
        draftSavedAt = draft.updatedAt();
        lastSaved = f;
        title = f.title();
        researchPurpose = f.researchPurpose();
        java.util.Set<String> requestable = new java.util.HashSet<>(datasets.stream().map(DatasetView::id).toList());
        datasetIds = new ArrayList<>(f.datasetIds().stream().filter(requestable::contains).toList());
        use = f.use() == null ? "research" : f.use();
        organisationType = f.organisationType() == null ? "academic" : f.organisationType();
        category = f.category();
        purposeDiseases = new ArrayList<>(f.diseases());
        commercial = f.commercial();
        forProfitOrganisation = f.forProfitOrganisation();
        methodsDevelopment = f.methodsDevelopment();
        geneticStudy = f.geneticStudy();
        controlSet = f.controlSet();
        committeeForms.restore(f.formAnswers());
        signingOfficial = f.signingOfficial();
        refreshCommitteeForms();
        lastSaved = form();
    }

    /** The form as it stands, as a draft, with the answers to the forms on the page. */
    private eu.consulate.domain.model.application.RequestDraft form() {
        return new eu.consulate.domain.model.application.RequestDraft(title, researchPurpose, datasetIds, use,
                organisationType, category, "DS".equals(category) ? purposeDiseases : List.of(), commercial,
                forProfitOrganisation, methodsDevelopment, geneticStudy, controlSet, committeeForms.answers(),
                signingOfficialAsked ? signingOfficial : null);
    }

    /** "Save draft": keeps the form as it is, complete or not. */
    public void saveDraft() {
        try {
            keep(form());
            Messages.info("Draft saved", "Open it again from My requests.");
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
        }
    }

    /** Saves the form every little while as the applicant types (nothing when it did not change or is empty). */
    public void autosave() {
        var form = form();
        if (form.equals(lastSaved) || (draftId == null && form.isEmpty())) {
            return;
        }
        try {
            keep(form);
        } catch (ApplicationRuleViolation e) {
            // over a limit while typing: the field's maxlength stops that in the page; the explicit save says why
        }
    }

    private void keep(eu.consulate.domain.model.application.RequestDraft form) {
        var saved = draftId == null ? drafts.create(actor.get(), form) : drafts.save(actor.get(), draftId, form);
        draftId = saved.id();
        draftSavedAt = saved.updatedAt();
        lastSaved = form;
    }

    public String getDraftStatus() {
        return draftSavedAt == null ? "Not saved as a draft yet" : "Draft saved " + new Formats().time(draftSavedAt);
    }

    public String getDraftId() {
        return draftId;
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
            // ticks of terms that no chosen dataset names (the applicant changed their mind) do not count
            java.util.Set<String> named = getTermsToAccept().stream().map(eu.consulate.application.Views.TermsVersionView::id)
                    .collect(java.util.stream.Collectors.toSet());
            var form = form();
            var problems = form.textProblems();
            if (!problems.isEmpty()) {
                problems.forEach((field, message) -> Messages.error(
                        field.equals("title") ? "request-form:title" : "request-form:purpose", message));
                return null;
            }
            // the draft, if any, is deleted with the submission
            List<String> ids = drafts.submit(actor.get(), actor.subject(), draftId, form,
                    acceptedTerms.stream().filter(named::contains).toList());
            Messages.info(ids.size() == 1 ? "Request submitted" : ids.size() + " linked requests submitted",
                    ids.size() == 1 ? "The committee has been asked to review it."
                            : "One to each committee; each request page shows the others.");
            return "/applicant/request?faces-redirect=true&id=" + ids.get(0);
        } catch (ApplicationRuleViolation e) {
            if (e.getMessage().startsWith(SIGNING_OFFICIAL_FIELD)) {
                String message = e.getMessage().substring(SIGNING_OFFICIAL_FIELD.length());
                Messages.error("request-form:signing-official", Character.toUpperCase(message.charAt(0)) + message.substring(1));
            } else if (e.getMessage().startsWith(TERMS_FIELD)) {
                String message = e.getMessage().substring(TERMS_FIELD.length());
                Messages.error("request-form:terms", Character.toUpperCase(message.charAt(0)) + message.substring(1));
            } else {
                Messages.refused(e);
            }
            return null;
        } catch (InvalidDataUse e) {
            Messages.error("request-form:category", e.getMessage());
            return null;
        } catch (eu.consulate.application.FormRefused e) {
            committeeForms.showErrors(e.fieldErrors());
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    private static final String TERMS_FIELD = "acceptedTerms: ";
    private static final String SIGNING_OFFICIAL_FIELD = "signingOfficial: ";

    public String getSigningOfficial() {
        return signingOfficial;
    }

    public void setSigningOfficial(String signingOfficial) {
        this.signingOfficial = signingOfficial;
    }

    /** Whether a committee of the chosen datasets wants a signing official to confirm the request. */
    public boolean isSigningOfficialAsked() {
        return signingOfficialAsked;
    }

    /** The terms the chosen datasets ask the applicant to accept, each version once. */
    public List<eu.consulate.application.Views.TermsVersionView> getTermsToAccept() {
        if (datasetIds == null || datasetIds.isEmpty()) {
            return List.of();
        }
        return terms.named(catalog.datasets(datasetIds));
    }

    public List<String> getAcceptedTerms() {
        return acceptedTerms;
    }

    public void setAcceptedTerms(List<String> acceptedTerms) {
        this.acceptedTerms = acceptedTerms == null ? new ArrayList<>() : acceptedTerms;
    }

    /** Matches the coded purpose against the chosen datasets and shows the result (before submitting). */
    public void checkMatches() {
        matches = null;
        if (datasetIds == null || datasetIds.isEmpty()) {
            Messages.error("request-form:datasets", "Choose the datasets to check the purpose against.");
            return;
        }
        try {
            ResearchPurpose purpose = purpose();
            List<Dataset> chosen = catalog.datasets(datasetIds);
            java.util.Map<String, Dataset> byId = new java.util.HashMap<>();
            chosen.forEach(d -> byId.put(d.id(), d));
            matches = matching.against(purpose, datasetIds.stream().map(byId::get).filter(java.util.Objects::nonNull)
                    .toList()).stream().map(MatchView::of).toList();
        } catch (InvalidDataUse e) {
            Messages.error("request-form:category", e.getMessage());
        }
    }

    private ResearchPurpose purpose() {
        return ResearchPurpose.of(category, "DS".equals(category) ? purposeDiseases : List.of(), commercial,
                forProfitOrganisation, methodsDevelopment, geneticStudy, controlSet);
    }

    /** Disease identifiers whose label or identifier contains the text typed. */
    public List<String> completeDisease(String query) {
        return diseases.ontology().search(query, 15).stream().map(DiseaseTerm::id).toList();
    }

    /** "lung cancer (MONDO:0008903)". */
    public String diseaseLabel(String id) {
        return id == null ? "" : diseases.ontology().named(id);
    }

    public List<MatchView> getMatches() {
        return matches;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        this.category = category;
    }

    public List<String> getPurposeDiseases() {
        return purposeDiseases;
    }

    public void setPurposeDiseases(List<String> purposeDiseases) {
        this.purposeDiseases = purposeDiseases == null ? new ArrayList<>() : purposeDiseases;
    }

    public boolean isCommercial() {
        return commercial;
    }

    public void setCommercial(boolean commercial) {
        this.commercial = commercial;
    }

    public boolean isForProfitOrganisation() {
        return forProfitOrganisation;
    }

    public void setForProfitOrganisation(boolean forProfitOrganisation) {
        this.forProfitOrganisation = forProfitOrganisation;
    }

    public boolean isMethodsDevelopment() {
        return methodsDevelopment;
    }

    public void setMethodsDevelopment(boolean methodsDevelopment) {
        this.methodsDevelopment = methodsDevelopment;
    }

    public boolean isGeneticStudy() {
        return geneticStudy;
    }

    public void setGeneticStudy(boolean geneticStudy) {
        this.geneticStudy = geneticStudy;
    }

    public boolean isControlSet() {
        return controlSet;
    }

    public void setControlSet(boolean controlSet) {
        this.controlSet = controlSet;
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
