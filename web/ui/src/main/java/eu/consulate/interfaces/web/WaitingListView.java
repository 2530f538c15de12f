package eu.consulate.interfaces.web;

import java.util.ArrayList;
import java.util.List;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.DataAccessRequests.BulkDecision;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.BulkOutcome;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.RequestListQuery;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * The reviews and legal checks waiting for the user, oldest first, with bulk decisions on the
 * selected rows: each request is checked and decided as if decided alone.
 */
@Named
@ViewScoped
public class WaitingListView extends RequestListView {

    private static final long serialVersionUID = 1L;

    @EJB
    transient DataAccessRequests requests;

    @EJB
    transient eu.consulate.application.RequestLists lists;

    @Inject
    transient UiActor actor;

    private List<ApplicationSummary> selected = new ArrayList<>();
    private String remark;

    public WaitingListView() {
        setScope("waiting");
    }

    @Override
    protected RequestPage list(RequestListQuery query) {
        return lists.committeeRequests(actor.get(), query);
    }

    @Override
    protected List<ApplicationSummary> rows(RequestListQuery query) {
        return lists.committeeRequestRows(actor.get(), query);
    }

    @Override
    protected List<ApplicationSummary> exportList(RequestListQuery query) {
        return lists.committeeRequestsForExport(actor.get(), query);
    }

    @Override
    protected String exportName() {
        return "waiting-for-me.csv";
    }

    public String approveSelected() {
        return decide(BulkDecision.APPROVE_REVIEW);
    }

    public String rejectSelected() {
        return decide(BulkDecision.REJECT_REVIEW);
    }

    public String passSelected() {
        return decide(BulkDecision.PASS_LEGAL_CHECK);
    }

    public String failSelected() {
        return decide(BulkDecision.FAIL_LEGAL_CHECK);
    }

    private String decide(BulkDecision decision) {
        List<BulkOutcome> outcomes;
        try {
            outcomes = requests.decideMany(actor.get(), decision, selected.stream().map(ApplicationSummary::id).toList(),
                    remark);
        } catch (ApplicationRuleViolation e) {
            Messages.error("waiting:remark", e.getMessage());
            return null;
        }
        long done = outcomes.stream().filter(BulkOutcome::done).count();
        Messages.info(done + " of " + outcomes.size() + " requests decided.", null);
        for (BulkOutcome outcome : outcomes) {
            if (!outcome.done()) {
                String title = selected.stream().filter(s -> s.id().equals(outcome.applicationId()))
                        .map(ApplicationSummary::title).findFirst().orElse(outcome.applicationId());
                Messages.warn("Not decided: " + title, outcome.message());
            }
        }
        return "/committee/index?faces-redirect=true";
    }

    public List<ApplicationSummary> getSelected() {
        return selected;
    }

    public void setSelected(List<ApplicationSummary> selected) {
        this.selected = selected == null ? new ArrayList<>() : new ArrayList<>(selected);
    }

    public String getRemark() {
        return remark;
    }

    public void setRemark(String remark) {
        this.remark = remark;
    }

    /** Text shown for a request's step. */
    public String stepLabel(String step) {
        return step == null ? "" : switch (step) {
            case "review" -> "Committee review";
            case "legal-check" -> "Legal check";
            default -> "Permit";
        };
    }
}
