package eu.consulate.domain.model.notification;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationSubmitted;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.DecisionOverdue;
import eu.consulate.domain.model.application.LegalCheckFailed;
import eu.consulate.domain.model.application.PermitAmended;
import eu.consulate.domain.model.application.PermitChangeDecided;
import eu.consulate.domain.model.application.PermitChangeOverdue;
import eu.consulate.domain.model.application.PermitChangeRequested;
import eu.consulate.domain.model.application.PermitExpired;
import eu.consulate.domain.model.application.PermitExtended;
import eu.consulate.domain.model.application.PermitIssued;
import eu.consulate.domain.model.application.PermitResumed;
import eu.consulate.domain.model.application.PermitRevoked;
import eu.consulate.domain.model.application.PermitSuspended;
import eu.consulate.domain.model.application.ReminderDue;
import eu.consulate.domain.model.application.RequestLapsed;
import eu.consulate.domain.model.application.Resubmitted;
import eu.consulate.domain.model.application.ReturnedForChanges;
import eu.consulate.domain.model.application.ReviewApproved;
import eu.consulate.domain.model.application.ReviewRejected;
import eu.consulate.domain.model.application.StepKind;
import eu.consulate.domain.model.application.StepOpened;
import eu.consulate.domain.model.dac.DacRole;

/**
 * Who hears of which event of a request. Applicants hear of their request's submission, return,
 * decision and permit; the permit's co-holders of their permit; committee members of new requests,
 * open votes and reviews and reminders; legal officers of legal checks waiting; the chair and the
 * committee's administrators of overdue decisions and a holder's change requests. Nobody is told of
 * what they did themselves, except that a submission is confirmed. Pure: the request after the event and the committee's seats in, notices
 * out.
 */
public final class NotificationRules {

    private NotificationRules() {
    }

    /**
     * The notices of {@code event}, given the request {@code after} it was applied and the seats of
     * the request's committee (subject to roles).
     */
    public static List<Notice> of(ApplicationEvent event, DataAccessApplication after, Map<String, Set<DacRole>> seats) {
        List<Notice> notices = new ArrayList<>();
        String applicant = after.applicantSubject();
        if (event instanceof ApplicationSubmitted) {
            notices.add(new Notice(Topic.REQUEST_SUBMITTED, applicant, Notice.Area.APPLICANT));
            committee(notices, Topic.REQUEST_NEW, seats, DacRole.MEMBER, DacRole.CHAIR);
        } else if (event instanceof Resubmitted) {
            committee(notices, Topic.REQUEST_NEW, seats, DacRole.MEMBER, DacRole.CHAIR);
        } else if (event instanceof ReturnedForChanges) {
            notices.add(new Notice(Topic.REQUEST_RETURNED, applicant, Notice.Area.APPLICANT));
        } else if (event instanceof ReviewApproved || event instanceof ReviewRejected || event instanceof LegalCheckFailed
                || event instanceof RequestLapsed || event instanceof eu.consulate.domain.model.application.VoteClosed) {
            notices.add(new Notice(Topic.REQUEST_DECIDED, applicant, Notice.Area.APPLICANT));
        } else if (event instanceof eu.consulate.domain.model.application.SigningOfficialDeclined) {
            notices.add(new Notice(Topic.REQUEST_DECIDED, applicant, Notice.Area.APPLICANT));
        } else if (event instanceof eu.consulate.domain.model.application.Withdrawn) {
            if (after.submittedAt() != null) {
                // a request withdrawn while its signing official had it never reached the committee
                committee(notices, Topic.REQUEST_WITHDRAWN, seats, DacRole.MEMBER, DacRole.CHAIR, DacRole.LEGAL_OFFICER);
            }
        } else if (event instanceof StepOpened opened) {
            stepOpened(notices, opened.kind(), seats, applicant);
        } else if (event instanceof ReminderDue) {
            after.openStep().ifPresent(step -> reminder(notices, step.kind(), seats, applicant));
        } else if (event instanceof DecisionOverdue) {
            committee(notices, Topic.DECISION_OVERDUE, seats, DacRole.CHAIR, DacRole.ADMIN);
        } else if (event instanceof PermitIssued) {
            holders(notices, Topic.PERMIT_ISSUED, after);
        } else if (event instanceof PermitExtended || event instanceof PermitAmended || event instanceof PermitSuspended
                || event instanceof PermitResumed) {
            holders(notices, Topic.PERMIT_CHANGED, after);
        } else if (event instanceof PermitRevoked) {
            holders(notices, Topic.PERMIT_REVOKED, after);
        } else if (event instanceof eu.consulate.domain.model.application.PermitExpiringSoon) {
            holders(notices, Topic.PERMIT_EXPIRING, after);
        } else if (event instanceof PermitExpired) {
            holders(notices, Topic.PERMIT_EXPIRED, after);
        } else if (event instanceof PermitChangeRequested) {
            committee(notices, Topic.CHANGE_REQUESTED, seats, DacRole.CHAIR, DacRole.ADMIN);
        } else if (event instanceof PermitChangeOverdue) {
            committee(notices, Topic.CHANGE_OVERDUE, seats, DacRole.CHAIR, DacRole.ADMIN);
        } else if (event instanceof PermitChangeDecided) {
            notices.add(new Notice(Topic.CHANGE_DECIDED, applicant, Notice.Area.APPLICANT));
        }
        // the confirmation of a submission is the one notice about one's own act
        return notices.stream().filter(n -> n.topic() == Topic.REQUEST_SUBMITTED || !n.subject().equals(event.actor()))
                .distinct().toList();
    }

    /**
     * The topic downstream systems hear this event under (webhooks), if any: a permit issued,
     * changed (extended, amended, suspended, resumed), revoked or expired; a request decided.
     */
    public static java.util.Optional<Topic> downstreamTopic(ApplicationEvent event) {
        Topic topic = null;
        if (event instanceof PermitIssued) {
            topic = Topic.PERMIT_ISSUED;
        } else if (event instanceof PermitExtended || event instanceof PermitAmended || event instanceof PermitSuspended
                || event instanceof PermitResumed) {
            topic = Topic.PERMIT_CHANGED;
        } else if (event instanceof PermitRevoked) {
            topic = Topic.PERMIT_REVOKED;
        } else if (event instanceof PermitExpired) {
            topic = Topic.PERMIT_EXPIRED;
        } else if (event instanceof ReviewApproved || event instanceof ReviewRejected || event instanceof LegalCheckFailed
                || event instanceof RequestLapsed || event instanceof eu.consulate.domain.model.application.VoteClosed) {
            topic = Topic.REQUEST_DECIDED;
        }
        return java.util.Optional.ofNullable(topic);
    }

    private static void stepOpened(List<Notice> notices, StepKind kind, Map<String, Set<DacRole>> seats, String applicant) {
        switch (kind) {
            case VOTE -> committee(notices, Topic.VOTE_OPEN, seats, DacRole.MEMBER, DacRole.CHAIR);
            // the first review or completeness check: "request-new" at the submission told them already
            case REVIEW, COMPLETENESS -> { }
            case ETHICS -> committee(notices, Topic.STEP_WAITING, seats, DacRole.MEMBER, DacRole.CHAIR);
            case CHAIR_DECISION -> committee(notices, Topic.STEP_WAITING, seats, DacRole.CHAIR);
            case LEGAL_CHECK -> committee(notices, Topic.LEGAL_CHECK_WAITING, seats, DacRole.LEGAL_OFFICER);
            case FEE -> notices.add(new Notice(Topic.STEP_WAITING, applicant, Notice.Area.APPLICANT));
            case REVISION -> { } // the return itself told the applicant
            default -> { }
        }
    }

    private static void reminder(List<Notice> notices, StepKind kind, Map<String, Set<DacRole>> seats, String applicant) {
        switch (kind) {
            case VOTE, REVIEW, COMPLETENESS, ETHICS -> committee(notices, Topic.REMINDER, seats, DacRole.MEMBER, DacRole.CHAIR);
            case CHAIR_DECISION -> committee(notices, Topic.REMINDER, seats, DacRole.CHAIR);
            case LEGAL_CHECK -> committee(notices, Topic.REMINDER, seats, DacRole.LEGAL_OFFICER);
            case REVISION, FEE -> notices.add(new Notice(Topic.REMINDER, applicant, Notice.Area.APPLICANT));
            default -> { }
        }
    }

    /** Everyone holding one of {@code roles} on the committee, in the committee's area (administrators: administration). */
    private static void committee(List<Notice> notices, Topic topic, Map<String, Set<DacRole>> seats, DacRole... roles) {
        Set<DacRole> wanted = Set.of(roles);
        seats.forEach((subject, held) -> {
            if (held.stream().anyMatch(wanted::contains)) {
                boolean onlyAdmin = held.stream().filter(wanted::contains).allMatch(r -> r == DacRole.ADMIN);
                notices.add(new Notice(topic, subject, onlyAdmin ? Notice.Area.ADMIN : Notice.Area.COMMITTEE));
            }
        });
    }

    private static void holders(List<Notice> notices, Topic topic, DataAccessApplication after) {
        Set<String> holders = new LinkedHashSet<>();
        holders.add(after.applicantSubject());
        holders.addAll(after.permitCoHolders());
        holders.forEach(subject -> notices.add(new Notice(topic, subject, Notice.Area.APPLICANT)));
    }
}
