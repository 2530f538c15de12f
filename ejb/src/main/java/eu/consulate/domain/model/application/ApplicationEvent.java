package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;

/**
 * Something that happened to a data access request. The events are the only record of a request:
 * {@link DataAccessApplication} derives all its state by replaying them, so they are never changed
 * or deleted once stored. {@link #type()} is the name under which an event is stored and published;
 * it names the intent, not the Java class, so classes can be renamed without migrating data.
 */
public sealed interface ApplicationEvent
        permits ApplicationCreated, PurposeCoded, TermsAccepted, ApplicationSubmitted, StepOpened, FoundComplete, ReturnedForChanges,
                Resubmitted, VoteCast, ConflictDeclared, VoteClosed, ReviewApproved, ReviewRejected,
                EthicsOpinionRecorded, LegalCheckPassed, LegalCheckFailed, PermitIssued, PermitExtended, PermitAmended, PermitSuspended, PermitResumed,
                PermitRevoked, PermitExpiringSoon, PermitExpired, PermitChangeRequested, PermitChangeDecided, PermitChangeOverdue,
                RequestLapsed,
                ReminderDue, DecisionOverdue, DecisionClockExtended, FeeAccepted, FeeDeclined, Withdrawn,
                AttachmentAdded, TeamMemberInvited, TeamMemberJoined, FormAnswered, TeamInvitationCancelled,
                AttachmentRemoved, SigningOfficialAsked, SigningOfficialConfirmed, SigningOfficialDeclined {

    /** Every stored type name, in the order a request normally goes through them. */
    List<String> TYPES = List.of(
            ApplicationCreated.TYPE,
            PurposeCoded.TYPE,
            TermsAccepted.TYPE,
            ApplicationSubmitted.TYPE,
            StepOpened.TYPE,
            FoundComplete.TYPE,
            ReturnedForChanges.TYPE,
            Resubmitted.TYPE,
            VoteCast.TYPE,
            ConflictDeclared.TYPE,
            VoteClosed.TYPE,
            ReviewApproved.TYPE,
            ReviewRejected.TYPE,
            EthicsOpinionRecorded.TYPE,
            LegalCheckPassed.TYPE,
            LegalCheckFailed.TYPE,
            PermitIssued.TYPE,
            PermitExtended.TYPE,
            PermitAmended.TYPE,
            PermitSuspended.TYPE,
            PermitResumed.TYPE,
            PermitRevoked.TYPE,
            PermitExpiringSoon.TYPE,
            PermitExpired.TYPE,
            PermitChangeRequested.TYPE,
            PermitChangeDecided.TYPE,
            PermitChangeOverdue.TYPE,
            RequestLapsed.TYPE,
            ReminderDue.TYPE,
            DecisionOverdue.TYPE,
            DecisionClockExtended.TYPE,
            FeeAccepted.TYPE,
            FeeDeclined.TYPE,
            Withdrawn.TYPE,
            AttachmentAdded.TYPE,
            TeamMemberInvited.TYPE,
            TeamMemberJoined.TYPE,
            FormAnswered.TYPE,
            TeamInvitationCancelled.TYPE,
            AttachmentRemoved.TYPE,
            SigningOfficialAsked.TYPE,
            SigningOfficialConfirmed.TYPE,
            SigningOfficialDeclined.TYPE);

    /**
     * Whether the applicant (and a recused member) must not see the event: who voted what,
     * who declared a conflict, and the committee's internal reminders.
     */
    default boolean isCommitteePrivate() {
        return this instanceof VoteCast || this instanceof ConflictDeclared || this instanceof ReminderDue
                || this instanceof DecisionOverdue
                || (this instanceof AttachmentAdded added && added.committeeOnly())
                || (this instanceof AttachmentRemoved removed && removed.committeeOnly())
                || (this instanceof FormAnswered answered && answered.byCommittee());
    }

    String applicationId();

    /** The identity provider's subject of whoever caused the event ("system" for the workflow engine). */
    String actor();

    Instant occurredAt();

    String type();
}
