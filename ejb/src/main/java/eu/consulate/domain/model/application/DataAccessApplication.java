package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.conflict;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.forbidden;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput;

/**
 * A request by an applicant for access to one or more datasets, all owned by one data access
 * committee (DAC).
 *
 * <p>Lifecycle:
 * <pre>
 *   submit ──► SUBMITTED ──approveReview──► REVIEW_APPROVED ──passLegalCheck──► LEGAL_CHECK_PASSED ──issuePermit──► PERMIT_ISSUED
 *                  │                              │
 *                  └─rejectReview─► REVIEW_REJECTED └─failLegalCheck─► LEGAL_CHECK_FAILED
 * </pre>
 * A member or chair of the owning committee reviews; its legal officer then checks; the workflow
 * engine (or a committee administrator) issues the permit. Nobody may decide on their own request.
 *
 * <p>The events are the only truth: an instance is built solely by {@link #replay} and is never
 * changed afterwards. Command methods check the rules against the current state and return the
 * events that would follow, leaving it to the caller to store them (guarding against concurrent
 * writers with {@link #version()}) and to replay them via {@link #apply}. This keeps every rule
 * pure and testable without storage.
 */
public final class DataAccessApplication {

    /** What a committee's legal officer may see: requests past the committee's approval. */
    public static final java.util.Set<ApplicationState> VISIBLE_TO_LEGAL_OFFICERS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.complementOf(java.util.EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.REVIEW_REJECTED)));

    /** The decision deadline after submission, in calendar months (EHDS: three). */
    public static final int DECISION_PERIOD_MONTHS = 3;

    /** The most datasets one request may cover; callers check it before looking them up. */
    public static final int MAX_DATASETS = ValidatedSubmission.DATASETS_MAX;

    private final List<ApplicationEvent> history;
    private final String id;
    private final String applicant;
    private final String applicantName;
    private final String applicantSubject;
    private final String dacId;
    private final String title;
    private final String researchPurpose;
    private final List<String> datasetIds;

    // Null until ApplicationSubmitted is applied; replay refuses a history that stays there.
    private ApplicationState state;
    private Instant submittedAt;
    private Instant lastChangedAt;
    private Instant decisionAt;
    /** When the outcome was settled: a rejection, a failed or a passed legal check. */
    private Instant decidedAt;
    private String permitId;
    private String rejectionReason;
    /** Who approved the committee review: they may not also pass or fail the legal check. */
    private String reviewApprovedBy;

    private DataAccessApplication(List<ApplicationEvent> events) {
        if (events == null || events.isEmpty()) {
            throw new IllegalArgumentException("An application cannot be rebuilt from an empty history.");
        }
        if (!(events.get(0) instanceof ApplicationCreated created)) {
            throw new IllegalArgumentException(
                    "An application's history must start with '" + ApplicationCreated.TYPE + "', not '"
                            + events.get(0).type() + "'.");
        }
        this.history = List.copyOf(events);
        this.id = created.applicationId();
        this.applicant = created.actor();
        this.applicantName = created.applicantName();
        this.applicantSubject = created.applicantSubject();
        this.dacId = created.dacId();
        this.title = created.title();
        this.researchPurpose = created.researchPurpose();
        this.datasetIds = created.datasetIds();
        this.lastChangedAt = created.occurredAt();
        for (ApplicationEvent event : history.subList(1, history.size())) {
            if (!id.equals(event.applicationId())) {
                throw new IllegalArgumentException("Event '" + event.type() + "' belongs to application "
                        + event.applicationId() + ", not " + id + ".");
            }
            when(event);
        }
        if (state == null) {
            throw new IllegalArgumentException("Application " + id + " was created but never submitted.");
        }
    }

    /**
     * Checks the applicant's form and returns the events that bring the request into existence.
     * The caller must already have checked that all datasets belong to {@code form.dacId()}.
     */
    public static List<ApplicationEvent> submit(SubmitApplication form, Actor actor, Instant now) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        if (!actor.hasRole(Actor.APPLICANT)) {
            throw forbidden("Only applicants can submit a data access request.");
        }
        ValidatedSubmission valid = ValidatedSubmission.of(form);
        return List.of(
                new ApplicationCreated(valid.applicationId(), actor.subject(), now, actor.name(),
                        valid.applicantSubject(), valid.dacId(), valid.title(), valid.researchPurpose(),
                        valid.datasetIds()),
                new ApplicationSubmitted(valid.applicationId(), actor.subject(), now));
    }

    /** Rebuilds a request from its complete history, oldest event first. */
    public static DataAccessApplication replay(List<ApplicationEvent> events) {
        return new DataAccessApplication(events);
    }

    /** The request as it is after {@code newEvents}, typically those a command method just returned. */
    public DataAccessApplication apply(List<ApplicationEvent> newEvents) {
        List<ApplicationEvent> all = new ArrayList<>(history);
        all.addAll(newEvents);
        return replay(all);
    }

    public List<ApplicationEvent> approveReview(ApproveReview command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        requireReviewer(actor);
        String comment = Remarks.optionalComment(command.comment());
        return List.of(new ReviewApproved(id, actor.subject(), requireTime(now), comment));
    }

    public List<ApplicationEvent> rejectReview(RejectReview command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        requireReviewer(actor);
        String reason = Remarks.requiredReason(command.reason(), "A rejection needs a reason.");
        return List.of(new ReviewRejected(id, actor.subject(), requireTime(now), reason));
    }

    public List<ApplicationEvent> passLegalCheck(PassLegalCheck command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        requireLegalOfficer(actor);
        String comment = Remarks.optionalComment(command.comment());
        return List.of(new LegalCheckPassed(id, actor.subject(), requireTime(now), comment));
    }

    public List<ApplicationEvent> failLegalCheck(FailLegalCheck command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        requireLegalOfficer(actor);
        String reason = Remarks.requiredReason(command.reason(), "A failed legal check needs a reason.");
        return List.of(new LegalCheckFailed(id, actor.subject(), requireTime(now), reason));
    }

    public List<ApplicationEvent> issuePermit(IssuePermit command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        requireState(ApplicationState.LEGAL_CHECK_PASSED, "awaiting permit issuance");
        if (!actor.isSystem() && !actor.hasRole(Actor.DAC_ADMIN)) {
            throw forbidden("Only the workflow or a committee administrator can issue a permit.");
        }
        if (command.permitId() == null || command.permitId().isBlank()) {
            throw invalidInput("A permit needs an identifier.");
        }
        if (command.validFrom() == null || command.validUntil() == null) {
            throw invalidInput("A permit needs a start and an end of its validity.");
        }
        if (!command.validUntil().isAfter(command.validFrom())) {
            throw invalidInput("A permit must end after it starts.");
        }
        return List.of(new PermitIssued(id, actor.subject(), requireTime(now), command.permitId().strip(),
                command.validFrom(), command.validUntil()));
    }

    /**
     * Whether the actor may see this request at all. Legal officers see it only once the committee
     * approved it: before that, or after a rejection, it is none of their business.
     */
    public boolean canBeSeenBy(Actor actor) {
        if (actor.subject().equals(applicant) || actor.isAdminOf(dacId) || sitsOnOwningCommittee(actor)) {
            return true;
        }
        return actor.isLegalOfficerOf(dacId) && VISIBLE_TO_LEGAL_OFFICERS.contains(state);
    }

    /** Whether the request belongs on the actor's review task list. */
    public boolean isAwaitingReviewBy(Actor actor) {
        return state == ApplicationState.SUBMITTED && !isApplicant(actor) && sitsOnOwningCommittee(actor);
    }

    /** Whether the request belongs on the actor's legal check task list. */
    public boolean isAwaitingLegalCheckBy(Actor actor) {
        return state == ApplicationState.REVIEW_APPROVED && !isApplicant(actor) && actor.isLegalOfficerOf(dacId)
                && !actor.subject().equals(reviewApprovedBy);
    }

    private void requireReviewer(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        requireState(ApplicationState.SUBMITTED, "awaiting committee review");
        if (isApplicant(actor)) {
            throw forbidden("You cannot review your own request.");
        }
        if (!sitsOnOwningCommittee(actor)) {
            throw forbidden("Only members of the committee that owns the datasets can review this request.");
        }
    }

    private void requireLegalOfficer(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        requireState(ApplicationState.REVIEW_APPROVED, "awaiting a legal check");
        if (!actor.isLegalOfficerOf(dacId)) {
            throw forbidden("Only a legal officer of the committee that owns the datasets can perform the legal check.");
        }
        if (isApplicant(actor)) {
            throw forbidden("You cannot perform the legal check on your own request.");
        }
        // separation of duties: the committee's approval and the legal check are two people's
        if (actor.subject().equals(reviewApprovedBy)) {
            throw forbidden("You approved the committee review of this request; another legal officer must "
                    + "perform its legal check.");
        }
    }

    private void requireState(ApplicationState expected, String expectation) {
        if (state != expected) {
            throw conflict("This request is not " + expectation + " (it is: " + state.label() + ").");
        }
    }

    // The realm role says the user reviews at all; the membership says for which committee.
    private boolean sitsOnOwningCommittee(Actor actor) {
        return (actor.hasRole(Actor.DAC_MEMBER) || actor.hasRole(Actor.DAC_CHAIR)) && actor.isMemberOf(dacId);
    }

    private boolean isApplicant(Actor actor) {
        return actor.subject().equals(applicant);
    }

    private static Instant requireTime(Instant now) {
        return Objects.requireNonNull(now, "now");
    }

    // Replay re-checks the transitions so a corrupted or hand-edited stream cannot produce a state
    // the commands would never have allowed.
    private void when(ApplicationEvent event) {
        if (event instanceof ApplicationSubmitted) {
            moveFrom(null, ApplicationState.SUBMITTED, event);
            submittedAt = event.occurredAt();
        } else if (event instanceof ReviewApproved) {
            moveFrom(ApplicationState.SUBMITTED, ApplicationState.REVIEW_APPROVED, event);
            reviewApprovedBy = event.actor();
        } else if (event instanceof ReviewRejected rejected) {
            moveFrom(ApplicationState.SUBMITTED, ApplicationState.REVIEW_REJECTED, event);
            rejectionReason = rejected.reason();
            decidedAt = event.occurredAt();
        } else if (event instanceof LegalCheckPassed) {
            moveFrom(ApplicationState.REVIEW_APPROVED, ApplicationState.LEGAL_CHECK_PASSED, event);
            decisionAt = event.occurredAt();
            decidedAt = event.occurredAt();
        } else if (event instanceof LegalCheckFailed failed) {
            moveFrom(ApplicationState.REVIEW_APPROVED, ApplicationState.LEGAL_CHECK_FAILED, event);
            rejectionReason = failed.reason();
            decidedAt = event.occurredAt();
        } else if (event instanceof PermitIssued issued) {
            moveFrom(ApplicationState.LEGAL_CHECK_PASSED, ApplicationState.PERMIT_ISSUED, event);
            permitId = issued.permitId();
        } else {
            throw new IllegalArgumentException("Event '" + event.type() + "' cannot occur after the first event.");
        }
        lastChangedAt = event.occurredAt();
    }

    private void moveFrom(ApplicationState expected, ApplicationState next, ApplicationEvent event) {
        if (state != expected) {
            throw new IllegalArgumentException("Event '" + event.type() + "' cannot follow state "
                    + (state == null ? "created" : state.name()) + " in application " + id + ".");
        }
        state = next;
    }

    public String id() {
        return id;
    }

    /** The identity provider's subject of the person who submitted the request. */
    public String applicant() {
        return applicant;
    }

    /** The applicant's username when they submitted, for display only. */
    public String applicantName() {
        return applicantName;
    }

    /** The applicant's stable identifier for downstream systems (e.g. the OIDC {@code sub}). */
    public String applicantSubject() {
        return applicantSubject;
    }

    public String dacId() {
        return dacId;
    }

    public String title() {
        return title;
    }

    public String researchPurpose() {
        return researchPurpose;
    }

    public List<String> datasetIds() {
        return datasetIds;
    }

    public ApplicationState state() {
        return state;
    }

    /** Number of events applied; the expected version when appending the next events. */
    public int version() {
        return history.size();
    }

    public Instant submittedAt() {
        return submittedAt;
    }

    public Instant lastChangedAt() {
        return lastChangedAt;
    }

    /** When access was decided, i.e. the legal check passed. */
    public Optional<Instant> decisionAt() {
        return Optional.ofNullable(decisionAt);
    }

    /**
     * When the outcome was settled, for "decided" lists: the committee's rejection, or the legal
     * check (failed, or passed, which grants access). Empty while a decision is still pending.
     */
    public Optional<Instant> decidedAt() {
        return Optional.ofNullable(decidedAt);
    }

    /**
     * The legal deadline of the decision while one is pending: {@link #DECISION_PERIOD_MONTHS}
     * calendar months (UTC) after submission (EHDS Art. 68: a decision within three months of a
     * complete application). Empty once decided.
     */
    public Optional<Instant> decisionDueAt() {
        if (decidedAt != null || state.isFinal()) {
            return Optional.empty();
        }
        return Optional.of(submittedAt.atZone(java.time.ZoneOffset.UTC).plusMonths(DECISION_PERIOD_MONTHS).toInstant());
    }

    /** Who approved the committee review; they may not also do the legal check. */
    public Optional<String> reviewApprovedBy() {
        return Optional.ofNullable(reviewApprovedBy);
    }

    public Optional<String> permitId() {
        return Optional.ofNullable(permitId);
    }

    /** Why the committee or the legal officer turned the request down. */
    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public List<ApplicationEvent> history() {
        return history;
    }
}
