package eu.consulate.interfaces.web;

import java.io.Serializable;

import eu.consulate.application.DataAccessRequests;
import eu.consulate.application.NoSuchApplication;
import eu.consulate.application.Views.ApplicationDetails;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * One request: its content, history and permit, and the decision the viewer may take on it.
 * Whether they may see it or decide is the domain's call; a refusal shows the 403 page.
 */
@Named
@ViewScoped
public class RequestView implements Serializable {

    @EJB
    transient DataAccessRequests requests;

    @EJB
    transient eu.consulate.application.Permits permits;

    @Inject
    transient UiActor actor;

    private String id;
    private String comment;
    private java.time.LocalDate permitEnd;
    private String changedPurpose;
    private String extension;
    private ApplicationDetails details;
    private java.util.List<String> permitDatasets = new java.util.ArrayList<>();
    private String permitConditions;
    private String permitCoHolders;

    @EJB
    transient eu.consulate.application.People people;
    private java.util.List<eu.consulate.application.Views.DatasetView> committeeDatasets = java.util.List.of();

    @EJB
    transient eu.consulate.application.Catalog catalog;
    private eu.consulate.application.Views.ProcessView process;

    /** Called by f:viewAction. */
    public void load() {
        if (id == null || id.isBlank()) {
            Messages.sendError(404);
            return;
        }
        try {
            details = requests.details(actor.get(), id);
            // no process yet while a signing official has the request
            process = details.process() == null ? null : requests.process(actor.get(), id);
            if (details.permit() != null) {
                permitDatasets = new java.util.ArrayList<>(details.permit().datasets().stream()
                        .map(eu.consulate.application.Views.DatasetView::id).toList());
                permitConditions = String.join("\n", details.permit().committeeConditions());
                permitCoHolders = String.join("\n", details.permit().coHolders().stream()
                        .map(eu.consulate.application.Views.PersonView::name).toList());
                if (details.permitRevocable() || details.mayRequestPermitChange()) {
                    committeeDatasets = catalog.datasets().stream().filter(d -> d.dac().id().equals(details.dacId()))
                            .map(d -> new eu.consulate.application.Views.DatasetView(d.id(), d.url(), d.title())).toList();
                }
            }
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
        } catch (NoSuchApplication e) {
            Messages.notFound(e);
        }
    }

    private String decide(Runnable decision, String done) {
        try {
            decision.run();
            Messages.info(done, null);
            comment = null;
            return viewId() + "?faces-redirect=true&id=" + id;
        } catch (ApplicationRuleViolation e) {
            Messages.refused(e);
            return null;
        } catch (NoSuchApplication e) {
            Messages.notFound(e);
            return null;
        } catch (eu.consulate.application.NoSuchPermit e) {
            Messages.error(null, e.getMessage());
            return null;
        }
    }

    static String viewId() {
        return jakarta.faces.context.FacesContext.getCurrentInstance().getViewRoot().getViewId().replace(".xhtml", "");
    }

    public String approve() {
        return decide(() -> requests.approveReview(actor.get(), id, comment), "Request approved by the committee");
    }

    public String reject() {
        return decide(() -> requests.rejectReview(actor.get(), id, comment), "Request rejected");
    }

    public String pass() {
        return decide(() -> requests.passLegalCheck(actor.get(), id, comment), "Legal check passed; permit issued");
    }

    public String fail() {
        return decide(() -> requests.failLegalCheck(actor.get(), id, comment), "Legal check failed");
    }

    public String complete() {
        return decide(() -> requests.checkCompleteness(actor.get(), id, true, comment), "Request found complete");
    }

    public String returnIncomplete() {
        return decide(() -> requests.checkCompleteness(actor.get(), id, false, comment),
                "Request returned to the applicant");
    }

    public String voteApprove() {
        return decide(() -> requests.castVote(actor.get(), id, "approve", comment), "Your vote is recorded");
    }

    public String voteReject() {
        return decide(() -> requests.castVote(actor.get(), id, "reject", comment), "Your vote is recorded");
    }

    public String voteAbstain() {
        return decide(() -> requests.castVote(actor.get(), id, "abstain", comment), "Your abstention is recorded");
    }

    public String declareConflict() {
        return decide(() -> requests.declareConflict(actor.get(), id, comment),
                "Conflict of interest declared: you are recused from this vote");
    }

    public String closeVote() {
        return decide(() -> requests.closeVote(actor.get(), id, null, comment), "Vote closed");
    }

    public String closeVoteApproving() {
        return decide(() -> requests.closeVote(actor.get(), id, true, comment), "Vote closed: approved");
    }

    public String closeVoteRejecting() {
        return decide(() -> requests.closeVote(actor.get(), id, false, comment), "Vote closed: rejected");
    }

    public String favourable() {
        return decide(() -> requests.recordEthicsOpinion(actor.get(), id, true, comment), "Ethics opinion recorded");
    }

    public String unfavourable() {
        return decide(() -> requests.recordEthicsOpinion(actor.get(), id, false, comment), "Ethics opinion recorded");
    }

    public String acceptFee() {
        return decide(() -> requests.acceptFee(actor.get(), id), "Fee accepted");
    }

    /** The applicant withdraws the request (reason in {@code comment}, optional). */
    public String withdraw() {
        return decide(() -> requests.withdraw(actor.get(), id, comment), "Request withdrawn");
    }

    public String declineFee() {
        return decide(() -> requests.declineFee(actor.get(), id, comment), "Fee declined: the request is withdrawn");
    }

    public String resubmit() {
        return decide(() -> requests.resubmit(actor.get(), id, comment, changedPurpose), "Request resubmitted");
    }

    public String extendClock() {
        return decide(() -> requests.extendDecisionClock(actor.get(), id, extension, comment),
                "Decision period extended");
    }

    public String revokePermit() {
        return decide(() -> permits.revoke(actor.get(), details.permit().id(), comment),
                "Permit revoked: its visas are no longer served");
    }

    public String suspendPermit() {
        return decide(() -> permits.suspend(actor.get(), details.permit().id(), comment),
                "Permit suspended: its visas are not served until it is resumed");
    }

    public String resumePermit() {
        return decide(() -> permits.resume(actor.get(), details.permit().id(), comment),
                "Permit resumed: its visas are served again");
    }

    public String askExtension() {
        return decide(() -> permits.requestChange(actor.get(), details.permit().id(), "extension",
                        permitEnd == null ? null : eu.consulate.domain.model.permit.PermitTerms.throughDay(permitEnd),
                        java.util.List.of(), comment),
                "Your request was sent to the committee");
    }

    public String askAmendment() {
        return decide(() -> permits.requestChange(actor.get(), details.permit().id(), "amendment", null,
                permitDatasets, comment), "Your request was sent to the committee");
    }

    public String approveChange() {
        return decide(() -> permits.decideChange(actor.get(), details.permit().id(),
                details.pendingChange().changeId(), true, comment), "Change approved and carried out");
    }

    public String refuseChange() {
        return decide(() -> permits.decideChange(actor.get(), details.permit().id(),
                details.pendingChange().changeId(), false, comment), "Change refused");
    }

    /** What the holder asked for, in words. */
    public String getPendingChangeText() {
        var change = details == null ? null : details.pendingChange();
        if (change == null) {
            return "";
        }
        return "extension".equals(change.kind())
                ? "An extension through " + new Formats().lastDay(change.validUntil())
                : "The datasets " + String.join(", ", change.datasets());
    }

    public String amendPermit() {
        java.util.List<String> conditions = permitConditions == null ? java.util.List.of()
                : java.util.Arrays.asList(permitConditions.split("\\R"));
        java.util.List<String> coHolders = permitCoHolders == null ? java.util.List.of()
                : java.util.Arrays.stream(permitCoHolders.split("\\R")).map(String::strip).filter(s -> !s.isEmpty())
                        .toList();
        return decide(() -> permits.amend(actor.get(), details.permit().id(), permitDatasets, conditions,
                people.subjectsOf(coHolders), comment), "Permit amended: its visas were signed again for its datasets and holders");
    }

    public String getPermitCoHolders() {
        return permitCoHolders;
    }

    public void setPermitCoHolders(String permitCoHolders) {
        this.permitCoHolders = permitCoHolders;
    }

    /** The co-holders' names, for the permit panel. */
    public String getCoHolderNames() {
        return details == null || details.permit() == null ? "" : String.join(", ", details.permit().coHolders().stream()
                .map(eu.consulate.application.Views.PersonView::name).toList());
    }

    public java.util.List<String> getPermitDatasets() {
        return permitDatasets;
    }

    public void setPermitDatasets(java.util.List<String> permitDatasets) {
        this.permitDatasets = permitDatasets;
    }

    public String getPermitConditions() {
        return permitConditions;
    }

    public void setPermitConditions(String permitConditions) {
        this.permitConditions = permitConditions;
    }

    public java.util.List<eu.consulate.application.Views.DatasetView> getCommitteeDatasets() {
        return committeeDatasets;
    }

    /** The permit's datasets' titles, for the page. */
    public String getPermitDatasetTitles() {
        return details == null || details.permit() == null ? ""
                : String.join(", ", details.permit().datasets().stream().map(d -> d.title()).toList());
    }

    public String extendPermit() {
        return decide(() -> permits.extend(actor.get(), details.permit().id(),
                        permitEnd == null ? null : eu.consulate.domain.model.permit.PermitTerms.throughDay(permitEnd), comment),
                "Permit extended: its visas were signed again with the new end");
    }

    /** Whether the caller may take this action on the open step now. */
    public boolean allows(String action) {
        return details != null && details.openStep() != null && details.openStep().allows(action);
    }

    public String getChangedPurpose() {
        return changedPurpose;
    }

    public void setChangedPurpose(String changedPurpose) {
        this.changedPurpose = changedPurpose;
    }

    /** The new last day of a permit (valid through it, UTC), for an extension. */
    public java.time.LocalDate getPermitEnd() {
        return permitEnd;
    }

    public void setPermitEnd(java.time.LocalDate permitEnd) {
        this.permitEnd = permitEnd;
    }

    public String getExtension() {
        return extension;
    }

    public void setExtension(String extension) {
        this.extension = extension;
    }

    /** The request's process model and where it stands, for the diagram; null before it was loaded. */
    public eu.consulate.application.Views.ProcessView getProcess() {
        return process;
    }

    /** The ids of the active (or final) elements, comma-separated, for the diagram's marker. */
    public String getActiveActivities() {
        return process == null ? "" : String.join(",", process.activeActivities());
    }

    public ApplicationDetails getDetails() {
        return details;
    }

    public String getId() {
        return id;
    }

    public void setId(String id) {
        this.id = id;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
