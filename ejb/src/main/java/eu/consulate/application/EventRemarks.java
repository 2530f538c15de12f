package eu.consulate.application;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.LegalCheckFailed;
import eu.consulate.domain.model.application.LegalCheckPassed;
import eu.consulate.domain.model.application.ReviewApproved;
import eu.consulate.domain.model.application.ReviewRejected;

/**
 * The remark a request's history shows beside each event: the reason, comment or change the event
 * carries, in words; null for events that carry none. Split from {@link DataAccessRequests}.
 */
final class EventRemarks {

    private EventRemarks() {
    }

    static String of(ApplicationEvent event) {
        if (event instanceof eu.consulate.domain.model.application.PurposeCoded e) {
            var outcomes = e.matches().stream().map(m -> m.match().map(r -> r.outcome().code()).orElse("undescribed"))
                    .collect(java.util.stream.Collectors.groupingBy(o -> o, java.util.TreeMap::new,
                            java.util.stream.Collectors.counting()));
            return "Purpose in DUO terms: " + e.purpose().category().shorthand() + "; datasets " + outcomes.entrySet()
                    .stream().map(o -> o.getValue() + " " + o.getKey()).collect(java.util.stream.Collectors.joining(", "));
        } else if (event instanceof eu.consulate.domain.model.application.TermsAccepted e) {
            return "Accepted " + e.terms().stream().map(t -> t.label() + " (" + t.url() + ")")
                    .collect(java.util.stream.Collectors.joining("; "));
        } else if (event instanceof ReviewApproved e) {
            return e.comment();
        } else if (event instanceof ReviewRejected e) {
            return e.reason();
        } else if (event instanceof LegalCheckPassed e) {
            return e.comment();
        } else if (event instanceof LegalCheckFailed e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.PermitRevoked e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.PermitSuspended e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.PermitResumed e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.PermitChangeRequested e) {
            return (e.validUntil() != null ? "Extension to " + e.validUntil() : "Amendment to " + e.datasetIds().size()
                    + " dataset(s)") + ": " + e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.PermitChangeDecided e) {
            return (e.approved() ? "Approved: " : "Refused: ") + e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.PermitChangeOverdue e) {
            return "The holder's change request waits for the committee's decision";
        } else if (event instanceof eu.consulate.domain.model.application.PermitAmended e) {
            return e.datasetIds().size() + " dataset(s), " + e.conditions().size() + " condition(s): " + e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.PermitExpiringSoon e) {
            return "The permit ends on " + e.validUntil() + "; ask for an extension in time if you need one";
        } else if (event instanceof eu.consulate.domain.model.application.PermitExpired e) {
            return "The permit reached its end";
        } else if (event instanceof eu.consulate.domain.model.application.PermitExtended e) {
            return "Valid until " + e.validUntil() + ": " + e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.StepOpened e) {
            return e.kind().label();
        } else if (event instanceof eu.consulate.domain.model.application.FoundComplete e) {
            return e.comment();
        } else if (event instanceof eu.consulate.domain.model.application.ReturnedForChanges e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.Resubmitted e) {
            return e.response();
        } else if (event instanceof eu.consulate.domain.model.application.VoteCast e) {
            return e.choice().toLowerCase(java.util.Locale.ROOT) + (e.comment().isEmpty() ? "" : ": " + e.comment());
        } else if (event instanceof eu.consulate.domain.model.application.ConflictDeclared e) {
            return e.comment();
        } else if (event instanceof eu.consulate.domain.model.application.VoteClosed e) {
            return (e.approved() ? "Approved" : "Rejected") + " (" + e.approvals() + " approve, " + e.rejections()
                    + " reject, " + e.abstentions() + " abstain, " + e.recusals() + " recused)"
                    + (e.reason().isEmpty() ? "" : ": " + e.reason());
        } else if (event instanceof eu.consulate.domain.model.application.EthicsOpinionRecorded e) {
            return (e.favourable() ? "Favourable" : "Unfavourable") + (e.remark().isEmpty() ? "" : ": " + e.remark());
        } else if (event instanceof eu.consulate.domain.model.application.FeeAccepted e) {
            return e.amount() + " " + e.currency();
        } else if (event instanceof eu.consulate.domain.model.application.FeeDeclined e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.Withdrawn e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.FormAnswered e) {
            return "form version " + e.formVersion() + (e.byCommittee() ? ", the committee's fields" : "");
        } else if (event instanceof eu.consulate.domain.model.application.TeamMemberInvited e) {
            return e.email();
        } else if (event instanceof eu.consulate.domain.model.application.SigningOfficialAsked e) {
            return e.email();
        } else if (event instanceof eu.consulate.domain.model.application.SigningOfficialConfirmed e) {
            return e.name();
        } else if (event instanceof eu.consulate.domain.model.application.SigningOfficialDeclined e) {
            return e.reason();
        } else if (event instanceof eu.consulate.domain.model.application.TeamInvitationCancelled e) {
            return e.email();
        } else if (event instanceof eu.consulate.domain.model.application.AttachmentRemoved e) {
            return e.fileName() + (e.committeeOnly() ? " (committee only)" : "");
        } else if (event instanceof eu.consulate.domain.model.application.TeamMemberJoined e) {
            return e.terms().isEmpty() ? "" : "accepted " + e.terms().stream()
                    .map(eu.consulate.domain.model.application.TermsAccepted.Terms::label)
                    .collect(java.util.stream.Collectors.joining("; "));
        } else if (event instanceof eu.consulate.domain.model.application.AttachmentAdded e) {
            return e.fileName() + " (" + e.contentType() + ", "
                    + eu.consulate.domain.model.application.AttachmentFile.readable(e.size())
                    + (e.committeeOnly() ? ", committee only" : "") + ")";
        } else if (event instanceof eu.consulate.domain.model.application.DecisionClockExtended e) {
            return e.period() + ": " + e.reason();
        }
        return "";
    }
}
