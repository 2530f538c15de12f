package eu.consulate.domain.model.application;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.conflict;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.forbidden;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import eu.consulate.domain.model.permit.PermitTerms;

/**
 * The rules of an issued permit's life, for {@link DataAccessApplication}: who may revoke,
 * extend, amend, suspend or resume it, how a holder asks for a change and the committee decides,
 * and when its timer may expire it. Reads the aggregate's state and returns events; changes
 * nothing (the aggregate applies the events). Split from the aggregate so that each file has one
 * reason to change (issue 10).
 */
final class PermitRules {

    private final DataAccessApplication a;

    PermitRules(DataAccessApplication application) {
        this.a = application;
    }

    private Instant end() {
        return a.permitValidUntil().orElse(null);
    }

    /** Whether {@code permitId} is this request's permit, issued and neither revoked nor expired. */
    private boolean running(String permitId) {
        return a.state() == ApplicationState.PERMIT_ISSUED && !a.permitExpired() && permitId != null
                && permitId.equals(a.permitId().orElse(null));
    }

    private PermitChangeRequested pending() {
        return a.pendingPermitChange().orElse(null);
    }

    /**
     * The committee's chair or one of its administrators withdraws the permit for good, with a
     * reason the holder reads. Only an issued permit can be revoked, and only once.
     */
    List<ApplicationEvent> revokePermit(String permitId, String reason, Actor actor, Instant now) {
        requirePermitChange(permitId, actor, "revoke", "This permit was already revoked.");
        String why = Remarks.requiredReason(reason, "A revocation needs a reason: the holder reads it.");
        return List.of(new PermitRevoked(a.id(), actor.subject(), DataAccessApplication.requireTime(now), permitId, why));
    }

    /**
     * The committee's chair or one of its administrators extends the permit to {@code validUntil},
     * with a reason the holder reads. Only an issued, not revoked permit, only to an end later than
     * its current one (and than now): a shorter permit is a revocation or, later, an amendment.
     */
    List<ApplicationEvent> extendPermit(String permitId, Instant validUntil, String reason, Actor actor,
            Instant now) {
        requirePermitChange(permitId, actor, "extend");
        Instant at = DataAccessApplication.requireTime(now);
        if (validUntil == null) {
            throw invalidInput("An extension needs the permit's new end.");
        }
        if (!validUntil.isAfter(end()) || !validUntil.isAfter(at)) {
            throw invalidInput("The new end must be later than the permit's current end (" + end()
                    + ") and than now.");
        }
        if (validUntil.isAfter(at.plus(java.time.Duration.ofDays(PermitTerms.MAX_DAYS)))) {
            throw invalidInput("A permit can be extended to at most " + PermitTerms.MAX_DAYS
                    + " days from now.");
        }
        requireWithinTimeLimit(validUntil);
        String why = Remarks.requiredReason(reason, "An extension needs a reason: the holder reads it.");
        return List.of(new PermitExtended(a.id(), actor.subject(), at, permitId, validUntil, why));
    }

    /**
     * The committee's chair or one of its administrators suspends the permit for a while, with a
     * reason the holder reads (e.g. while a breach is examined): its visas are not served until
     * it is resumed. Only an issued permit that is not suspended.
     */
    List<ApplicationEvent> suspendPermit(String permitId, String reason, Actor actor, Instant now) {
        requirePermitChange(permitId, actor, "suspend");
        if (a.permitSuspended()) {
            throw conflict("This permit is already suspended.");
        }
        String why = Remarks.requiredReason(reason, "A suspension needs a reason: the holder reads it.");
        return List.of(new PermitSuspended(a.id(), actor.subject(), DataAccessApplication.requireTime(now), permitId, why));
    }

    /** The committee's chair or one of its administrators resumes a suspended permit, with a reason. */
    List<ApplicationEvent> resumePermit(String permitId, String reason, Actor actor, Instant now) {
        requirePermitChange(permitId, actor, "resume");
        if (!a.permitSuspended()) {
            throw conflict("This permit is not suspended.");
        }
        String why = Remarks.requiredReason(reason, "Resuming a permit needs a reason: the holder reads it.");
        return List.of(new PermitResumed(a.id(), actor.subject(), DataAccessApplication.requireTime(now), permitId, why));
    }

    /** At most this many conditions on a permit, each at most {@link #MAX_CONDITION} characters. */
    public static final int MAX_CONDITIONS = 20;
    public static final int MAX_CONDITION = 500;

    /**
     * The committee's chair or one of its administrators amends the permit, with a reason the
     * holder reads: the datasets it covers (at least one, all of this committee) and the
     * conditions it carries (the full lists after the amendment). An amendment that changes
     * nothing is refused.
     */
    List<ApplicationEvent> amendPermit(String permitId, AmendPermit command, Actor actor, Instant now) {
        requirePermitChange(permitId, actor, "amend");
        Objects.requireNonNull(command, "command");
        List<String> ids = checkedDatasets(command.datasets());
        List<String> conditions = new java.util.ArrayList<>();
        for (String condition : command.conditions()) {
            String clean = condition.strip();
            if (clean.isEmpty()) {
                continue;
            }
            if (clean.length() > MAX_CONDITION) {
                throw invalidInput("A condition has at most " + MAX_CONDITION + " characters.");
            }
            conditions.add(clean);
        }
        if (conditions.size() > MAX_CONDITIONS) {
            throw invalidInput("A permit carries at most " + MAX_CONDITIONS + " conditions.");
        }
        List<String> coHolders = command.coHolders() == null ? a.permitCoHolders() : checkedCoHolders(command.coHolders());
        Instant latestEnd = latestEnd(command.datasets());
        if (latestEnd != null && end().isAfter(latestEnd)) {
            AmendPermit.DatasetRef limiting = command.datasets().stream().filter(d -> d.timeLimitMonths() > 0)
                    .min(java.util.Comparator.comparingInt(AmendPermit.DatasetRef::timeLimitMonths)).orElseThrow();
            throw invalidInput("Dataset " + name(limiting) + " may be used for " + limiting.timeLimitMonths()
                    + " months from the permit's start (time limit on use, DUO TS), through " + lastDay(latestEnd)
                    + "; the permit runs through " + lastDay(end()) + ". It cannot cover that dataset.");
        }
        if (new java.util.HashSet<>(ids).equals(new java.util.HashSet<>(a.permitDatasetIds()))
                && conditions.equals(a.permitConditions())
                && new java.util.HashSet<>(coHolders).equals(new java.util.HashSet<>(a.permitCoHolders()))) {
            throw invalidInput("The amendment changes nothing: the permit already covers these datasets, with these "
                    + "holders and these conditions.");
        }
        String why = Remarks.requiredReason(command.reason(), "An amendment needs a reason: the holder reads it.");
        return List.of(new PermitAmended(a.id(), actor.subject(), DataAccessApplication.requireTime(now), permitId, ids,
                conditions, why, coHolders, command.dataUseConditions(), latestEnd));
    }

    /**
     * The permit's holder asks the committee to extend the permit to {@code validUntil} or to
     * amend it to cover {@code datasets} (all of this committee), with a reason the committee
     * reads. One request at a time; only a running permit.
     */
    List<ApplicationEvent> requestPermitChange(String permitId, String changeId, String kind, Instant validUntil,
            List<AmendPermit.DatasetRef> datasets, String reason, Actor actor, Instant now) {
        Objects.requireNonNull(actor, "actor");
        if (!new StepGuard(a).isApplicant(actor)) {
            throw forbidden("Only the permit's holder can ask to change it.");
        }
        Instant at = DataAccessApplication.requireTime(now);
        if (!running(permitId)) {
            throw conflict("This request holds no running permit to change (it is: " + a.statusLabel() + ").");
        }
        if (pending() != null) {
            throw conflict("A change of this permit is already waiting for the committee's decision.");
        }
        List<String> ids = List.of();
        if (PermitChangeRequested.EXTENSION.equals(kind)) {
            if (validUntil == null || !validUntil.isAfter(end())) {
                throw invalidInput("An extension asks for an end later than the permit's current end ("
                        + end() + ").");
            }
            if (validUntil.isAfter(at.plus(java.time.Duration.ofDays(PermitTerms.MAX_DAYS)))) {
                throw invalidInput("A permit can be extended to at most " + PermitTerms.MAX_DAYS
                        + " days from now.");
            }
            requireWithinTimeLimit(validUntil);
        } else if (PermitChangeRequested.AMENDMENT.equals(kind)) {
            ids = checkedDatasets(datasets);
            if (new java.util.HashSet<>(ids).equals(new java.util.HashSet<>(a.permitDatasetIds()))) {
                throw invalidInput("The permit already covers exactly these datasets.");
            }
            validUntil = null;
        } else {
            throw invalidInput("A change request is an extension or an amendment, not '" + kind + "'.");
        }
        String why = Remarks.requiredReason(reason, "A change request needs a reason: the committee reads it.");
        return List.of(new PermitChangeRequested(a.id(), actor.subject(), at, permitId, changeId, kind, validUntil, ids, why));
    }

    /**
     * The committee's chair or one of its administrators decides on the holder's waiting change
     * request: refused (a reason is required), or approved, which carries the change out as the
     * decider's extension or amendment (the conditions stay). {@code datasets}: the requested
     * datasets as the catalogue knows them now, for an amendment.
     */
    List<ApplicationEvent> decidePermitChange(String permitId, String changeId, boolean approve, String reason,
            List<AmendPermit.DatasetRef> datasets, List<String> dataUseConditions, Actor actor, Instant now) {
        requirePermitChange(permitId, actor, "decide on changes of");
        if (pending() == null || !pending().changeId().equals(changeId)) {
            throw conflict("No such change request is waiting for a decision.");
        }
        Instant at = DataAccessApplication.requireTime(now);
        if (!approve) {
            String why = Remarks.requiredReason(reason, "A refusal needs a reason: the holder reads it.");
            return List.of(new PermitChangeDecided(a.id(), actor.subject(), at, permitId, changeId, false, why));
        }
        String why = reason == null || reason.isBlank() ? "Approved as the holder asked: " + pending().reason()
                : reason.strip();
        List<ApplicationEvent> change = PermitChangeRequested.EXTENSION.equals(pending().kind())
                ? extendPermit(permitId, pending().validUntil(), why, actor, at)
                : amendPermit(permitId, new AmendPermit(datasets, a.permitConditions(), why, null,
                        dataUseConditions == null ? a.permitDataUseConditions() : dataUseConditions), actor, at);
        List<ApplicationEvent> events = new java.util.ArrayList<>();
        events.add(new PermitChangeDecided(a.id(), actor.subject(), at, permitId, changeId, true, why));
        events.addAll(change);
        return events;
    }

    /** The change request's timer: the committee has not decided in time. Nothing when it was decided. */
    List<ApplicationEvent> permitChangeOverdue(String changeId, Actor actor, Instant now) {
        DataAccessApplication.requireSystem(actor, "Only the change request's timer marks it overdue.");
        if (pending() == null || !pending().changeId().equals(changeId) || a.pendingPermitChangeOverdue()) {
            return List.of();
        }
        return List.of(new PermitChangeOverdue(a.id(), actor.subject(), DataAccessApplication.requireTime(now), a.permitId().orElseThrow(), changeId));
    }



    /** At most this many people hold a permit besides the applicant. */
    public static final int MAX_CO_HOLDERS = 50;

    private List<String> checkedCoHolders(List<AmendPermit.HolderRef> holders) {
        List<String> subjects = new java.util.ArrayList<>();
        for (AmendPermit.HolderRef holder : holders) {
            if (holder.subject().equals(a.applicantSubject())) {
                throw invalidInput("The applicant holds the permit already; co-holders are the other people who use the data.");
            }
            if (!holder.known()) {
                throw invalidInput("Nobody with the identity " + holder.subject() + " has signed in to Consulate yet; "
                        + "a co-holder signs in once before they can be added.");
            }
            if (!subjects.contains(holder.subject())) {
                subjects.add(holder.subject());
            }
        }
        if (subjects.size() > MAX_CO_HOLDERS) {
            throw invalidInput("A permit has at most " + MAX_CO_HOLDERS + " co-holders.");
        }
        return subjects;
    }

    /** The end the datasets' time limits on use allow, from the permit's start; null for none. */
    private Instant latestEnd(List<AmendPermit.DatasetRef> datasets) {
        Instant start = a.permitValidFrom().orElseThrow();
        return datasets.stream().filter(d -> d.timeLimitMonths() > 0)
                .map(d -> PermitTerms.timeLimitEnd(start, d.timeLimitMonths()))
                .min(Instant::compareTo).orElse(null);
    }

    private void requireWithinTimeLimit(Instant validUntil) {
        Instant latest = a.permitLatestEnd().orElse(null);
        if (latest != null && validUntil.isAfter(latest)) {
            throw invalidInput("The permit's datasets may be used through " + lastDay(latest)
                    + " at most (time limit on use, DUO TS); the permit cannot be extended past that day.");
        }
    }

    /** The last day (UTC) of a validity that ends, excluded, at {@code end}. */
    private static String lastDay(Instant end) {
        return end.minusMillis(1).atZone(java.time.ZoneOffset.UTC).toLocalDate().toString();
    }

    private static String name(AmendPermit.DatasetRef dataset) {
        return dataset.title() == null ? dataset.id() : dataset.title();
    }

    private List<String> checkedDatasets(List<AmendPermit.DatasetRef> datasets) {
        if (datasets == null || datasets.isEmpty()) {
            throw invalidInput("A permit covers at least one dataset; to end it, revoke it.");
        }
        List<String> ids = new java.util.ArrayList<>();
        for (AmendPermit.DatasetRef dataset : datasets) {
            if (!dataset.dacId().equals(a.dacId())) {
                throw invalidInput("Dataset " + (dataset.title() == null ? dataset.id() : dataset.title())
                        + " belongs to another committee; a permit covers only datasets of its own committee.");
            }
            if (!ids.contains(dataset.id())) {
                ids.add(dataset.id());
            }
        }
        return ids;
    }



    /** See {@link DataAccessApplication#permitExpiringSoon}. */
    List<ApplicationEvent> permitExpiringSoon(String permitId, java.time.Duration notice, Actor actor, Instant now) {
        DataAccessApplication.requireSystem(actor, "Only the permit's timer warns that it ends soon.");
        Instant at = DataAccessApplication.requireTime(now);
        if (!running(permitId) || end().equals(a.permitWarnedFor().orElse(null)) || at.isBefore(end().minus(notice))
                || !at.isBefore(end())) {
            return List.of();
        }
        return List.of(new PermitExpiringSoon(a.id(), actor.subject(), at, permitId, end()));
    }

    /**
     * The permit's timer fired: the permit reached its end. Only the workflow's timer, only on the
     * permit this request holds, not revoked, not expired already, and not before its end (an
     * extension moved the timer; a timer that fires early changes nothing).
     */
    List<ApplicationEvent> expirePermit(String permitId, Actor actor, Instant now) {
        DataAccessApplication.requireSystem(actor, "Only the permit's timer lets a permit expire.");
        Instant at = DataAccessApplication.requireTime(now);
        if (!running(permitId)) {
            throw conflict("This request holds no running permit " + permitId + " to expire (it is: " + a.statusLabel() + ").");
        }
        if (at.isBefore(end())) {
            throw conflict("The permit runs until " + end() + "; it does not expire yet.");
        }
        return List.of(new PermitExpired(a.id(), actor.subject(), at, permitId));
    }


    private void requirePermitChange(String permitId, Actor actor, String verb) {
        requirePermitChange(permitId, actor, verb, "This permit was revoked; a revoked permit cannot be changed.");
    }

    /** The chair or an administrator of the committee, on the permit this request holds, not revoked. */
    private void requirePermitChange(String permitId, Actor actor, String verb, String whenRevoked) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.isChairOf(a.dacId()) && !actor.isAdminOf(a.dacId())) {
            throw forbidden("Only the committee's chair or one of its administrators can " + verb + " its permits.");
        }
        if (a.state() == ApplicationState.PERMIT_REVOKED) {
            throw conflict(whenRevoked);
        }
        if (a.permitExpired()) {
            throw conflict("This permit expired on " + end() + "; an expired permit cannot be changed. "
                    + "The holder can apply again.");
        }
        if (a.state() != ApplicationState.PERMIT_ISSUED || permitId == null || !permitId.equals(a.permitId().orElse(null))) {
            throw conflict("This request holds no such permit to " + verb + " (it is: " + a.statusLabel() + ").");
        }
    }
}
