package eu.consulate.domain.model.application;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import static eu.consulate.domain.model.application.ApplicationRuleViolation.conflict;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.forbidden;
import static eu.consulate.domain.model.application.ApplicationRuleViolation.invalidInput;

/**
 * A request by an applicant for access to one or more datasets, all owned by one data access
 * committee (DAC).
 *
 * <p>Lifecycle: the applicant submits; the committee's process model (BPMN) then opens one step
 * after another ({@link StepOpened}) and the aggregate accepts a command only while a step of the
 * command's kind is open and the actor may act on it. The model decides the order; the aggregate
 * keeps the rules that no model can change: nobody acts on their own request, negative outcomes
 * carry reasons, a legal officer never checks a request they decided on as a reviewer, a permit
 * needs a positive decision, and finished requests stay finished.
 * <pre>
 *   SUBMITTED ─(completeness: returned)─► RETURNED ─(revision: resubmitted)─► SUBMITTED
 *   SUBMITTED ─(vote closed / review / chair decision: yes)─► REVIEW_APPROVED ─(legal check passed)─► LEGAL_CHECK_PASSED
 *   REVIEW_APPROVED or LEGAL_CHECK_PASSED ─(permit issued)─► PERMIT_ISSUED ─(revoked by chair/admin)─► PERMIT_REVOKED
 *   PERMIT_ISSUED ─(extended by chair/admin: a later end; suspended, resumed)─► PERMIT_ISSUED
 *   negative outcomes: REVIEW_REJECTED, REJECTED_BY_ETHICS, LEGAL_CHECK_FAILED; RETURNED ─(completion period over)─► LAPSED
 * </pre>
 *
 * <p>The events are the only truth: an instance is built solely by {@link #replay} and is never
 * changed afterwards. Command methods check the rules against the current state and return the
 * events that would follow, leaving it to the caller to store them (guarding against concurrent
 * writers with {@link #version()}) and to replay them via {@link #apply}. This keeps every rule
 * pure and testable without storage.
 */
public final class DataAccessApplication {

    /** What a committee's legal officer may see: requests the committee approved, and what followed. */
    public static final java.util.Set<ApplicationState> VISIBLE_TO_LEGAL_OFFICERS = java.util.Collections.unmodifiableSet(
            java.util.EnumSet.of(ApplicationState.REVIEW_APPROVED, ApplicationState.LEGAL_CHECK_PASSED,
                    ApplicationState.LEGAL_CHECK_FAILED, ApplicationState.PERMIT_ISSUED, ApplicationState.PERMIT_REVOKED));

    /** The decision period when the model sets none (EHDS Art. 68: three months). */
    public static final Period DEFAULT_DECISION_PERIOD = Period.ofMonths(3);

    /** The longest extension of the decision period (EHDS Art. 68: up to three more months). */
    public static final Period LONGEST_EXTENSION = Period.ofMonths(3);

    /** The most datasets one request may cover; callers check it before looking them up. */
    public static final int MAX_DATASETS = ValidatedSubmission.DATASETS_MAX;

    private final List<ApplicationEvent> history;
    private final String id;
    private final String applicant;
    private final String applicantName;
    private final String applicantSubject;
    private final String dacId;
    private final String title;
    private final String use;
    private final String organisation;
    private String researchPurpose;
    /** What was handed in at each submission, the first one first. */
    private final List<Submission> submissions = new ArrayList<>();
    private SigningOfficialAsked signatureAsked;
    private SigningOfficialConfirmed signedBy;
    private SigningOfficialDeclined signatureDeclined;
    private final List<AttachmentAdded> attachments = new ArrayList<>();
    /** Invitations not used yet, by id; and the members who joined, in order. */
    private final Map<String, TeamMemberInvited> invitations = new java.util.LinkedHashMap<>();
    private final List<TeamMemberJoined> team = new ArrayList<>();
    /** The latest answers to the committee's form: the applicant's, and the committee's own fields. */
    private FormAnswered applicantAnswers;
    private FormAnswered committeeAnswers;
    private final List<String> datasetIds;

    // Null until ApplicationSubmitted is applied; replay refuses a history that stays there.
    private ApplicationState state;
    private Instant submittedAt;
    private Instant lastChangedAt;
    private Instant decisionAt;
    /** When the outcome was settled: a rejection, a failed or a passed legal check, a lapse, a permit. */
    private Instant decidedAt;
    private String permitId;
    /** The permit's end: from its issuance, then from each extension. */
    private Instant permitValidUntil;
    private List<String> permitDatasetIds = List.of();
    private List<String> permitConditions = List.of();
    private List<String> permitCoHolders = List.of();
    private List<String> permitDataUseConditions = List.of();
    private Instant permitValidFrom;
    private Instant permitLatestEnd;
    private Instant permitWarnedFor;
    private PermitChangeRequested pendingChange;
    private boolean pendingChangeOverdue;
    /** Whether the permit is suspended now (its visas not served). */
    private boolean permitSuspended;
    private boolean permitExpired;
    private String rejectionReason;
    private PurposeCoded coded;

    private List<TermsAccepted.Terms> acceptedTerms = List.of();
    private String revocationReason;
    /** The last message the committee sent with a return. */
    private String returnReason;
    /** Who decided for the committee (approvers, the chair who closed a vote): never its legal officer. */
    private final Set<String> deciders = new LinkedHashSet<>();
    private OpenStep openStep;
    /** Who acted for the committee on the request's steps so far, and before the open step opened. */
    private final Set<String> actedOnSteps = new LinkedHashSet<>();
    private Set<String> actedBeforeOpenStep = Set.of();
    /** The vote of the open vote step, or the last one closed. */
    private Vote vote;
    private Vote.Tally closedTally;
    private final DecisionClock clock = new DecisionClock();
    private final StepGuard guard = new StepGuard(this);
    private final PermitRules permitRules = new PermitRules(this);

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
        this.use = created.use();
        this.organisation = created.organisation();
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
        if (history.stream().noneMatch(e -> e instanceof StepOpened)) {
            openLegacyStep();
        }
    }

    /**
     * Requests submitted before steps were recorded run on the first model, whose tasks
     * {@code dacReview} and {@code legalCheck} are a review and a legal check.
     */
    private void openLegacyStep() {
        if (state == ApplicationState.SUBMITTED) {
            openStep = new OpenStep(LEGACY_REVIEW, StepKind.REVIEW, Map.of(), lastChangedAt);
        } else if (state == ApplicationState.REVIEW_APPROVED) {
            openStep = new OpenStep(LEGACY_LEGAL_CHECK, StepKind.LEGAL_CHECK, Map.of(), lastChangedAt);
        }
    }

    static final String LEGACY_REVIEW = "dacReview";
    static final String LEGACY_LEGAL_CHECK = "legalCheck";

    /**
     * Checks the applicant's form and returns the events that bring the request into existence.
     * The caller must already have checked that all datasets belong to {@code form.dacId()}.
     */
    public static List<ApplicationEvent> submit(SubmitApplication form, Actor actor, Instant now) {
        return submit(form, null, actor, now);
    }

    /**
     * As {@link #submit(SubmitApplication, Actor, Instant)}, with the research purpose coded in DUO
     * terms and its match against each requested dataset ({@code coded} null: none stated). The
     * matches name exactly the requested datasets.
     */
    public static List<ApplicationEvent> submit(SubmitApplication form, PurposeCoded coded, Actor actor, Instant now) {
        return submit(form, coded, List.of(), actor, now);
    }

    /**
     * As above, with the terms the requested datasets name ({@code terms}, checked by {@link
     * TermsAccepted#check}), recorded as accepted by the applicant in these exact versions.
     */
    public static List<ApplicationEvent> submit(SubmitApplication form, PurposeCoded coded,
            List<TermsAccepted.Terms> terms, Actor actor, Instant now) {
        return submit(form, coded, terms, null, actor, now);
    }

    /**
     * The applicant's answers to their committee's form, handed in with the request: already
     * checked against the applicant's fields of version {@code formVersion} of form {@code formId}
     * (the application service holds the form), {@code answers} the JSON of the kept answers.
     */
    public record GivenAnswers(String formId, int formVersion, String answers) {
        public GivenAnswers {
            Objects.requireNonNull(formId, "formId");
            Objects.requireNonNull(answers, "answers");
        }
    }

    /**
     * As above, with the answers to the committee's form ({@code answers} null: the committee has
     * none). They are recorded before the submission, so the first round holds them and the form
     * version is pinned from the start.
     */
    public static List<ApplicationEvent> submit(SubmitApplication form, PurposeCoded coded,
            List<TermsAccepted.Terms> terms, GivenAnswers answers, Actor actor, Instant now) {
        return submit(form, coded, terms, answers, null, actor, now);
    }

    /**
     * The confirmation a committee wants from a signing official of the applicant's institution
     * before the request reaches it: the link {@code signatureId} mailed to {@code email}, valid
     * until {@code expiresAt}.
     */
    public record SignatureAsked(String signatureId, String email, Instant expiresAt) {
        public SignatureAsked {
            Objects.requireNonNull(signatureId, "signatureId");
            Objects.requireNonNull(expiresAt, "expiresAt");
        }
    }

    /** The signing official's address, checked: a plausible e-mail address of at most 254 characters; else 400. */
    public static String signingOfficialAddress(String email) {
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw invalidInput("signingOfficial: the committee wants your institution's signing official to confirm"
                    + " the request; give their e-mail address.");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw invalidInput("signingOfficial: " + address + " is not an e-mail address.");
        }
        return address;
    }

    /**
     * As above; with {@code signature} (the committee wants a signing official's confirmation)
     * the request waits for it ({@link SigningOfficialAsked}) instead of being submitted.
     */
    public static List<ApplicationEvent> submit(SubmitApplication form, PurposeCoded coded,
            List<TermsAccepted.Terms> terms, GivenAnswers answers, SignatureAsked signature, Actor actor, Instant now) {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        if (!actor.hasRole(Actor.APPLICANT)) {
            throw forbidden("Only applicants can submit a data access request.");
        }
        ValidatedSubmission valid = ValidatedSubmission.of(form);
        List<ApplicationEvent> events = new ArrayList<>();
        events.add(new ApplicationCreated(valid.applicationId(), actor.subject(), now, actor.name(),
                valid.applicantSubject(), valid.dacId(), valid.title(), valid.researchPurpose(),
                valid.datasetIds(), valid.use(), valid.organisation()));
        if (coded != null) {
            List<String> matched = coded.matches().stream().map(m -> m.datasetId()).toList();
            if (!matched.equals(valid.datasetIds())) {
                throw new IllegalArgumentException("The purpose's matches name " + matched + ", the request "
                        + valid.datasetIds());
            }
            events.add(new PurposeCoded(valid.applicationId(), actor.subject(), now, coded.purpose(),
                    coded.matches()));
        }
        if (!terms.isEmpty()) {
            events.add(new TermsAccepted(valid.applicationId(), actor.subject(), now, terms));
        }
        if (answers != null) {
            events.add(new FormAnswered(valid.applicationId(), actor.subject(), now, answers.formId(),
                    answers.formVersion(), answers.answers(), false));
        }
        if (signature != null) {
            events.add(new SigningOfficialAsked(valid.applicationId(), actor.subject(), now, signature.signatureId(),
                    signingOfficialAddress(signature.email()), signature.expiresAt()));
        } else {
            events.add(new ApplicationSubmitted(valid.applicationId(), actor.subject(), now));
        }
        return List.copyOf(events);
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

    // ---- steps the workflow opens --------------------------------------------------------------

    /**
     * The workflow opened a step of the model. Refuses unknown kinds and parameters (the model
     * was checked on upload, so this guards against a model deployed some other way); on a
     * finished request there is nothing to open.
     */
    public List<ApplicationEvent> openStep(String stepKey, String kindName, Map<String, String> parameters,
            Actor actor, Instant now) {
        requireSystem(actor, "Only the workflow opens steps.");
        if (state.isFinal()) {
            return List.of();
        }
        StepKind kind = StepKind.ofModelName(kindName).orElseThrow(() -> new IllegalArgumentException(
                "Step " + stepKey + " names no known kind: " + kindName));
        Map<String, String> given = parameters == null ? Map.of() : parameters;
        for (var parameter : given.entrySet()) {
            if (!kind.parameters().contains(parameter.getKey())) {
                throw new IllegalArgumentException("Step " + stepKey + " of kind " + kind.modelName()
                        + " has no parameter " + parameter.getKey());
            }
        }
        OpenStep checked = new OpenStep(stepKey, kind, given, now);
        checked.clock();
        if (kind == StepKind.VOTE && (checked.quorum() < 1 || checked.majority() == null)) {
            throw new IllegalArgumentException("Step " + stepKey + " has no usable quorum");
        }
        return List.of(new StepOpened(id, actor.subject(), requireTime(now), stepKey, kind, given));
    }

    /** The step that is open now, if any. */
    public Optional<OpenStep> openStep() {
        return Optional.ofNullable(openStep);
    }

    // ---- completeness and revision -------------------------------------------------------------

    public List<ApplicationEvent> findComplete(String comment, Actor actor, Instant now) {
        guard.requireStep(StepKind.COMPLETENESS);
        guard.requireCommitteeHand(actor, "check this request's completeness");
        return List.of(new FoundComplete(id, actor.subject(), requireTime(now), Remarks.optionalComment(comment)));
    }

    public List<ApplicationEvent> returnIncomplete(String reason, Actor actor, Instant now) {
        guard.requireStep(StepKind.COMPLETENESS);
        guard.requireCommitteeHand(actor, "check this request's completeness");
        String why = Remarks.requiredReason(reason, "Say what is missing: the applicant reads this message.");
        return List.of(new ReturnedForChanges(id, actor.subject(), requireTime(now), why));
    }

    /** The applicant answers a return, optionally with a changed research purpose. */
    public List<ApplicationEvent> resubmit(String response, String changedPurpose, Actor actor, Instant now) {
        guard.requireStep(StepKind.REVISION);
        guard.requireApplicant(actor, "Only the applicant can resubmit this request.");
        String purpose = changedPurpose == null || changedPurpose.isBlank() ? researchPurpose
                : ValidatedSubmission.purpose(changedPurpose);
        return List.of(new Resubmitted(id, actor.subject(), requireTime(now), Remarks.optionalComment(response), purpose));
    }

    // ---- fees ----------------------------------------------------------------------------------

    /** The applicant accepts the fee the open fee step asks. */
    public List<ApplicationEvent> acceptFee(Actor actor, Instant now) {
        guard.requireStep(StepKind.FEE);
        guard.requireApplicant(actor, "Only the applicant can accept the fee.");
        return List.of(new FeeAccepted(id, actor.subject(), requireTime(now),
                openStep.parameters().getOrDefault("amount", "0"), openStep.parameters().getOrDefault("currency", "EUR")));
    }

    /** The applicant declines the fee, which withdraws the request. */
    public List<ApplicationEvent> declineFee(String reason, Actor actor, Instant now) {
        guard.requireStep(StepKind.FEE);
        guard.requireApplicant(actor, "Only the applicant can decline the fee.");
        return List.of(new FeeDeclined(id, actor.subject(), requireTime(now), Remarks.optionalComment(reason)));
    }

    /**
     * The applicant withdraws the request at any point before it is decided (with the committee,
     * returned to them, or approved and waiting for the legal check), with an optional reason.
     * A decided or ended request: 409.
     */
    public List<ApplicationEvent> withdraw(String reason, Actor actor, Instant now) {
        guard.requireApplicant(actor, "Only the applicant can withdraw the request.");
        if (state.isDecided()) {
            throw conflict("This request can no longer be withdrawn (it is: " + statusLabel() + ").");
        }
        return List.of(new Withdrawn(id, actor.subject(), requireTime(now), Remarks.optionalComment(reason)));
    }

    // ---- signing official ----------------------------------------------------------------------

    /**
     * The signing official confirms the request for the applicant's institution: it is submitted
     * and reaches the committee. Not the applicant themselves (403); only while it waits (409).
     */
    public List<ApplicationEvent> confirmAsSigningOfficial(Actor actor, Instant now) {
        requireSignatureAwaited(actor);
        return List.of(new SigningOfficialConfirmed(id, actor.subject(), requireTime(now), actor.name()),
                new ApplicationSubmitted(id, applicant, now));
    }

    /** The signing official declines, saying why (400 without a reason): the request ends before the committee. */
    public List<ApplicationEvent> declineAsSigningOfficial(String reason, Actor actor, Instant now) {
        requireSignatureAwaited(actor);
        String why = Remarks.requiredReason(reason, "Say why you do not confirm the request: the applicant reads this.");
        return List.of(new SigningOfficialDeclined(id, actor.subject(), requireTime(now), why));
    }

    private void requireSignatureAwaited(Actor actor) {
        if (state != ApplicationState.AWAITING_SIGNATURE) {
            throw conflict("This request does not wait for a signing official (it is: " + statusLabel() + ").");
        }
        if (guard.isApplicant(actor) || isTeamMember(actor)) {
            throw forbidden("The signing official is somebody other than the request's applicant and team.");
        }
    }

    /** The signing official's request while it is open (the request waits for them). */
    public Optional<SigningOfficialAsked> signatureAsked() {
        return Optional.ofNullable(state == ApplicationState.AWAITING_SIGNATURE ? signatureAsked : null);
    }

    /** Who confirmed the request for the applicant's institution, if a signing official did. */
    public Optional<SigningOfficialConfirmed> signedBy() {
        return Optional.ofNullable(signedBy);
    }

    /** Why the signing official declined, if they did. */
    public Optional<String> signatureDeclinedReason() {
        return Optional.ofNullable(signatureDeclined).map(SigningOfficialDeclined::reason);
    }

    // ---- team ----------------------------------------------------------------------------------

    /** Most people on a request's team besides the applicant, invited or joined. */
    public static final int MAX_TEAM = 20;
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s.]+");

    /**
     * The applicant invites a person by e-mail until the request is decided: a plausible address
     * of at most 254 characters, not invited twice while the first invitation is open, at most
     * {@link #MAX_TEAM} people.
     */
    public List<ApplicationEvent> invite(String invitationId, String email, Instant expiresAt, Actor actor, Instant now) {
        guard.requireApplicant(actor, "Only the applicant invites team members.");
        if (state.isDecided()) {
            throw conflict("Team members can be invited only until the request is decided (it is: " + statusLabel() + ").");
        }
        String address = email == null ? "" : email.strip();
        if (address.isEmpty()) {
            throw invalidInput("email: give the address of the person to invite.");
        }
        if (address.length() > 254 || !EMAIL.matcher(address).matches()) {
            throw invalidInput("email: " + address + " is not an e-mail address.");
        }
        if (invitations.values().stream().anyMatch(i -> i.email().equalsIgnoreCase(address))) {
            throw invalidInput("email: " + address + " is invited already; the invitation is still open.");
        }
        if (invitations.size() + team.size() >= MAX_TEAM) {
            throw invalidInput("A request's team has at most " + MAX_TEAM + " members besides the applicant.");
        }
        return List.of(new TeamMemberInvited(id, actor.subject(), requireTime(now), invitationId, address, expiresAt));
    }

    /**
     * The invited person joins, accepting the terms the datasets name: not the applicant, not
     * twice, and only while the request is undecided (its permit then covers them).
     */
    public List<ApplicationEvent> join(String invitationId, List<TermsAccepted.Terms> terms, Actor actor, Instant now) {
        if (!invitations.containsKey(invitationId)) {
            throw conflict("This invitation was used or cancelled already.");
        }
        if (guard.isApplicant(actor)) {
            throw invalidInput("You are this request's applicant; invite somebody else with this link.");
        }
        if (isTeamMember(actor)) {
            throw invalidInput("You are on this request's team already.");
        }
        if (state.isDecided()) {
            throw conflict("The request was decided (it is: " + statusLabel() + "); its team can no longer change.");
        }
        return List.of(new TeamMemberJoined(id, actor.subject(), requireTime(now), invitationId, terms));
    }

    /** The people who joined the team (subjects), in the order they joined. */
    public List<String> teamMembers() {
        return team.stream().map(TeamMemberJoined::actor).toList();
    }

    /** The members who joined, with when and the terms they accepted. */
    public List<TeamMemberJoined> teamJoins() {
        return List.copyOf(team);
    }

    /** The applicant cancels an invitation not used yet: its link stops working. */
    public List<ApplicationEvent> cancelInvitation(String invitationId, Actor actor, Instant now) {
        guard.requireApplicant(actor, "Only the applicant cancels invitations to the team.");
        TeamMemberInvited open = invitations.get(invitationId);
        if (open == null) {
            throw conflict("This invitation is no longer open: it was used or cancelled.");
        }
        return List.of(new TeamInvitationCancelled(id, actor.subject(), requireTime(now), invitationId, open.email()));
    }

    /** The invitations not used yet. */
    public List<TeamMemberInvited> openInvitations() {
        return List.copyOf(invitations.values());
    }

    public Optional<TeamMemberInvited> invitation(String invitationId) {
        return Optional.ofNullable(invitations.get(invitationId));
    }

    private boolean isTeamMember(Actor actor) {
        return team.stream().anyMatch(j -> j.actor().equals(actor.subject()));
    }

    // ---- the committee's form ------------------------------------------------------------------

    /**
     * Saves answers to the committee's form: the applicant's (checked answers to the form's
     * applicant fields) while the request is returned to them, or, until the decision, when they
     * have not answered yet (a form the committee added after the request was handed in); the
     * committee side at any time (its committee-only fields). What the applicant handed in does
     * not change under the reviewers' eyes: a change comes with a resubmission, which reviewers
     * see as a diff. The form version the request answered first is kept: later answers must be to it.
     */
    public List<ApplicationEvent> answerForm(String formId, int formVersion, String answersJson, Actor actor, Instant now) {
        boolean byCommittee;
        if (guard.isApplicant(actor)) {
            if (state.isDecided()) {
                throw conflict("The form can be answered only until the request is decided (it is: " + statusLabel() + ").");
            }
            if (applicantAnswers != null && state != ApplicationState.RETURNED) {
                throw conflict("Your answers were handed in with the request; you can change them when the committee"
                        + " returns it to you.");
            }
            byCommittee = false;
        } else if (isCommitteeSide(actor)) {
            byCommittee = true;
        } else {
            throw forbidden("Only the applicant and the committee answer this request's form.");
        }
        answeredForm().filter(pinned -> !pinned.formId().equals(formId)).ifPresent(pinned -> {
            throw conflict("This request answers version " + pinned.formVersion() + " of the committee's form.");
        });
        return List.of(new FormAnswered(id, actor.subject(), requireTime(now), formId, formVersion, answersJson, byCommittee));
    }

    /** The form version the request is answered with, if it was answered (the first answer pins it). */
    public Optional<FormAnswered> answeredForm() {
        return Optional.ofNullable(applicantAnswers != null ? applicantAnswers : committeeAnswers);
    }

    private String answersJson() {
        return applicantAnswers == null ? null : applicantAnswers.answers();
    }

    /** The applicant's latest answers (everyone who sees the request reads them). */
    public Optional<FormAnswered> applicantAnswers() {
        return Optional.ofNullable(applicantAnswers);
    }

    /** The committee's latest answers to its own fields, for the committee side only. */
    public Optional<FormAnswered> committeeAnswersFor(Actor actor) {
        return isCommitteeSide(actor) ? Optional.ofNullable(committeeAnswers) : Optional.empty();
    }

    /** Whether the actor fills the committee-only fields (else, if anybody, the applicant's). */
    public boolean answersForCommittee(Actor actor) {
        return !guard.isApplicant(actor) && isCommitteeSide(actor);
    }

    /** Whether the actor may save answers now. */
    public boolean mayAnswerForm(Actor actor) {
        return guard.isApplicant(actor)
                ? !state.isDecided() && (applicantAnswers == null || state == ApplicationState.RETURNED)
                : isCommitteeSide(actor);
    }

    // ---- attachments ---------------------------------------------------------------------------

    /**
     * Attaches a checked file. The applicant attaches until the request is decided, never
     * committee-only; the committee side (members, chair, the committee's administrators and, while
     * they see the request, its legal officers) attaches at any time, committee-only or for the
     * applicant to see. Anybody else: 403.
     */
    public List<ApplicationEvent> attach(String attachmentId, AttachmentFile file, boolean committeeOnly, String scan,
                                         Actor actor, Instant now) {
        requireMayAttach(actor, committeeOnly);
        return List.of(new AttachmentAdded(id, actor.subject(), requireTime(now), attachmentId, file.fileName(),
                file.contentType(), file.size(), file.sha256(), committeeOnly, scan));
    }

    /** The checks of {@link #attach} before any byte is read, scanned or stored. */
    public void requireMayAttach(Actor actor, boolean committeeOnly) {
        if (guard.isApplicant(actor)) {
            if (committeeOnly) {
                throw forbidden("Only the committee can add committee-only attachments.");
            }
            if (state.isDecided()) {
                throw conflict("Files can be attached only until the request is decided (it is: " + statusLabel() + ").");
            }
            return;
        }
        if (!isCommitteeSide(actor)) {
            throw forbidden("Only the applicant and the committee can attach files to this request.");
        }
    }

    /** Whether {@link #attach} would accept a file from the actor (for the page's upload form). */
    public boolean mayAttach(Actor actor, boolean committeeOnly) {
        if (guard.isApplicant(actor)) {
            return !committeeOnly && !state.isDecided();
        }
        return isCommitteeSide(actor);
    }

    /** The attachments the actor may see: committee-only ones only for the committee side. */
    public List<AttachmentAdded> attachmentsFor(Actor actor) {
        if (!canBeSeenBy(actor)) {
            return List.of();
        }
        boolean committee = isCommitteeSide(actor);
        return attachments.stream().filter(a -> !a.committeeOnly() || committee).toList();
    }

    /** One attachment the actor may see, or empty (unknown here or hidden from them). */
    public Optional<AttachmentAdded> attachmentFor(Actor actor, String attachmentId) {
        return attachmentsFor(actor).stream().filter(a -> a.attachmentId().equals(attachmentId)).findFirst();
    }

    /**
     * Removes a file the actor attached (they see it: {@code attachmentFor}): only who attached
     * it; the applicant until the request is decided, the committee side at any time.
     */
    public List<ApplicationEvent> removeAttachment(AttachmentAdded file, Actor actor, Instant now) {
        if (!attachments.contains(file)) {
            throw conflict("This file is no longer attached.");
        }
        if (!file.actor().equals(actor.subject())) {
            throw forbidden("Only who attached a file removes it.");
        }
        if (guard.isApplicant(actor) && state.isDecided()) {
            throw conflict("Files can be removed only until the request is decided (it is: " + statusLabel() + ").");
        }
        return List.of(new AttachmentRemoved(id, actor.subject(), requireTime(now), file.attachmentId(), file.fileName(),
                file.committeeOnly()));
    }

    /** Whether {@link #removeAttachment} would accept it (for the page's remove buttons). */
    public boolean mayRemoveAttachment(AttachmentAdded file, Actor actor) {
        return file.actor().equals(actor.subject()) && !(guard.isApplicant(actor) && state.isDecided());
    }

    /** Whether the actor may see who downloaded the files: the committee side. */
    public boolean maySeeDownloads(Actor actor) {
        return isCommitteeSide(actor);
    }

    /** The committee, its administrators and (while they see the request) its legal officers; never the applicant. */
    private boolean isCommitteeSide(Actor actor) {
        if (guard.isApplicant(actor)) {
            return false;
        }
        return guard.sitsOnOwningCommittee(actor) || actor.isAdminOf(dacId)
                || (actor.isLegalOfficerOf(dacId) && VISIBLE_TO_LEGAL_OFFICERS.contains(state));
    }

    // ---- votes ---------------------------------------------------------------------------------

    public List<ApplicationEvent> castVote(Vote.Choice choice, String comment, Actor actor, Instant now) {
        guard.requireStep(StepKind.VOTE);
        guard.requireVoter(actor);
        if (choice == null) {
            throw invalidInput("Choose approve, reject or abstain.");
        }
        String text = choice == Vote.Choice.REJECT
                ? Remarks.requiredReason(comment, "A vote to reject needs a reason.")
                : Remarks.optionalComment(comment);
        return List.of(new VoteCast(id, actor.subject(), requireTime(now), choice.name(), text));
    }

    public List<ApplicationEvent> declareConflict(String comment, Actor actor, Instant now) {
        guard.requireStep(StepKind.VOTE);
        guard.requireVoter(actor);
        return List.of(new ConflictDeclared(id, actor.subject(), requireTime(now), Remarks.optionalComment(comment)));
    }

    /**
     * The chair (or, when the chair is recused, an administrator) closes the vote. The tally
     * decides; only without a majority does {@code tieBreak} (approve or not) decide. A rejection
     * needs a reason; without quorum the vote stays open.
     */
    public List<ApplicationEvent> closeVote(Boolean tieBreak, String reason, Actor actor, Instant now) {
        guard.requireStep(StepKind.VOTE);
        guard.notOwnRequest(actor);
        boolean chair = guard.isChair(actor) && !vote.isRecused(actor.subject());
        if (!chair && !actor.isAdminOf(dacId)) {
            throw forbidden(guard.isChair(actor) ? "You are recused from this vote; a committee administrator closes it."
                    : "Only the committee's chair (or an administrator) can close the vote.");
        }
        guard.requireSeparate(actor);
        Vote.Tally tally = vote.tally();
        int quorum = openStep.quorum();
        if (tally.cast() < quorum) {
            throw conflict("The vote has " + tally.cast() + " of the " + quorum
                    + " votes it needs before it can be closed.");
        }
        boolean approved = switch (tally.outcome(openStep.majority())) {
            case APPROVED -> true;
            case REJECTED -> false;
            case NO_MAJORITY -> {
                if (tieBreak == null) {
                    throw invalidInput("The votes give no majority: decide whether the request is approved, and say why.");
                }
                Remarks.requiredReason(reason, "A decision that breaks a tie needs a reason.");
                yield tieBreak;
            }
        };
        String why = approved ? Remarks.optionalComment(reason)
                : Remarks.requiredReason(reason, "A rejection needs a reason: the applicant reads it.");
        return List.of(new VoteClosed(id, actor.subject(), requireTime(now), approved, tally.approvals(),
                tally.rejections(), tally.abstentions(), tally.recusals(), why));
    }

    /** The open vote (or the last one), for committee members who are not recused. */
    public Optional<Vote> vote() {
        return Optional.ofNullable(vote);
    }

    /** The tally recorded when the vote was closed; the applicant may see it, not who voted what. */
    public Optional<Vote.Tally> closedTally() {
        return Optional.ofNullable(closedTally);
    }

    // ---- decisions by one person -----------------------------------------------------------------

    public List<ApplicationEvent> approveReview(ApproveReview command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        guard.requireReviewer(actor);
        String comment = Remarks.optionalComment(command.comment());
        return List.of(new ReviewApproved(id, actor.subject(), requireTime(now), comment));
    }

    public List<ApplicationEvent> rejectReview(RejectReview command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        guard.requireReviewer(actor);
        String reason = Remarks.requiredReason(command.reason(), "A rejection needs a reason.");
        return List.of(new ReviewRejected(id, actor.subject(), requireTime(now), reason));
    }

    public List<ApplicationEvent> recordEthicsOpinion(boolean favourable, String remark, Actor actor, Instant now) {
        guard.requireStep(StepKind.ETHICS);
        guard.notOwnRequest(actor);
        if (!guard.isChair(actor) && !actor.isAdminOf(dacId)) {
            throw forbidden("Only the committee's chair or an administrator records the ethics board's opinion.");
        }
        guard.requireSeparate(actor);
        String text = favourable ? Remarks.optionalComment(remark)
                : Remarks.requiredReason(remark, "An unfavourable opinion needs its reason: the applicant reads it.");
        return List.of(new EthicsOpinionRecorded(id, actor.subject(), requireTime(now), favourable, text));
    }

    public List<ApplicationEvent> passLegalCheck(PassLegalCheck command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        guard.requireLegalOfficer(actor);
        String comment = Remarks.optionalComment(command.comment());
        return List.of(new LegalCheckPassed(id, actor.subject(), requireTime(now), comment));
    }

    public List<ApplicationEvent> failLegalCheck(FailLegalCheck command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        guard.requireLegalOfficer(actor);
        String reason = Remarks.requiredReason(command.reason(), "A failed legal check needs a reason.");
        return List.of(new LegalCheckFailed(id, actor.subject(), requireTime(now), reason));
    }

    /** Issued by the workflow (or an administrator) once the committee, and the legal check if any, said yes. */
    public List<ApplicationEvent> issuePermit(IssuePermit command, Actor actor, Instant now) {
        Objects.requireNonNull(command, "command");
        Objects.requireNonNull(actor, "actor");
        if (state != ApplicationState.REVIEW_APPROVED && state != ApplicationState.LEGAL_CHECK_PASSED) {
            throw conflict("This request has no positive decision to issue a permit for (it is: " + statusLabel() + ").");
        }
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
        if (command.latestEnd() != null && command.validUntil().isAfter(command.latestEnd())) {
            throw invalidInput("The permit would end after " + command.latestEnd()
                    + ", which its datasets' time limit on use (DUO TS) allows.");
        }
        return List.of(new PermitIssued(id, actor.subject(), requireTime(now), command.permitId().strip(),
                command.validFrom(), command.validUntil(), command.dataUseConditions(), command.latestEnd()));
    }

    /**
     * The committee's chair or one of its administrators withdraws the permit for good, with a
     * reason the holder reads. Only an issued permit can be revoked, and only once.
     */
    public List<ApplicationEvent> revokePermit(String permitId, String reason, Actor actor, Instant now) {
        return permitRules.revokePermit(permitId, reason, actor, now);
    }

    /**
     * The committee's chair or one of its administrators extends the permit to {@code validUntil},
     * with a reason the holder reads. Only an issued, not revoked permit, only to an end later than
     * its current one (and than now): a shorter permit is a revocation or, later, an amendment.
     */
    public List<ApplicationEvent> extendPermit(String permitId, Instant validUntil, String reason, Actor actor,
            Instant now) {
        return permitRules.extendPermit(permitId, validUntil, reason, actor, now);
    }

    /**
     * The committee's chair or one of its administrators suspends the permit for a while, with a
     * reason the holder reads (e.g. while a breach is examined): its visas are not served until
     * it is resumed. Only an issued permit that is not suspended.
     */
    public List<ApplicationEvent> suspendPermit(String permitId, String reason, Actor actor, Instant now) {
        return permitRules.suspendPermit(permitId, reason, actor, now);
    }

    /** The committee's chair or one of its administrators resumes a suspended permit, with a reason. */
    public List<ApplicationEvent> resumePermit(String permitId, String reason, Actor actor, Instant now) {
        return permitRules.resumePermit(permitId, reason, actor, now);
    }

    /**
     * The committee's chair or one of its administrators amends the permit, with a reason the
     * holder reads: the datasets it covers (at least one, all of this committee) and the
     * conditions it carries (the full lists after the amendment). An amendment that changes
     * nothing is refused.
     */
    public List<ApplicationEvent> amendPermit(String permitId, AmendPermit command, Actor actor, Instant now) {
        return permitRules.amendPermit(permitId, command, actor, now);
    }

    /**
     * The permit's holder asks the committee to extend the permit to {@code validUntil} or to
     * amend it to cover {@code datasets} (all of this committee), with a reason the committee
     * reads. One request at a time; only a running permit.
     */
    public List<ApplicationEvent> requestPermitChange(String permitId, String changeId, String kind, Instant validUntil,
            List<AmendPermit.DatasetRef> datasets, String reason, Actor actor, Instant now) {
        return permitRules.requestPermitChange(permitId, changeId, kind, validUntil, datasets, reason, actor, now);
    }

    /**
     * The committee's chair or one of its administrators decides on the holder's waiting change
     * request: refused (a reason is required), or approved, which carries the change out as the
     * decider's extension or amendment (the conditions stay). {@code datasets}: the requested
     * datasets as the catalogue knows them now, for an amendment.
     */
    public List<ApplicationEvent> decidePermitChange(String permitId, String changeId, boolean approve, String reason,
            List<AmendPermit.DatasetRef> datasets, Actor actor, Instant now) {
        return permitRules.decidePermitChange(permitId, changeId, approve, reason, datasets, null, actor, now);
    }

    /**
     * The same, with the conditions the new datasets' data use sets, for an amendment (the
     * committee's own conditions stay); null keeps those the permit carries.
     */
    public List<ApplicationEvent> decidePermitChange(String permitId, String changeId, boolean approve, String reason,
            List<AmendPermit.DatasetRef> datasets, List<String> dataUseConditions, Actor actor, Instant now) {
        return permitRules.decidePermitChange(permitId, changeId, approve, reason, datasets, dataUseConditions, actor, now);
    }

    /** The change request's timer: the committee has not decided in time. Nothing when it was decided. */
    public List<ApplicationEvent> permitChangeOverdue(String changeId, Actor actor, Instant now) {
        return permitRules.permitChangeOverdue(changeId, actor, now);
    }

    /**
     * The permit's timer fired: the permit reached its end. Only the workflow's timer, only on the
     * permit this request holds, not revoked, not expired already, and not before its end (an
     * extension moved the timer; a timer that fires early changes nothing).
     */
    public List<ApplicationEvent> expirePermit(String permitId, Actor actor, Instant now) {
        return permitRules.expirePermit(permitId, actor, now);
    }

    /** Whether the permit reached its end (a {@code permit-expired} event). */
    public boolean permitExpired() {
        return permitExpired;
    }
    /** The datasets the permit covers now (the request's, unless amended). */
    public List<String> permitDatasetIds() {
        return permitDatasetIds;
    }
    /** The conditions the permit carries now (none until amended). */
    public List<String> permitConditions() {
        return permitConditions;
    }

    /** The conditions the permit carries because of its datasets' data use (DUO). */
    public List<String> permitDataUseConditions() {
        return permitDataUseConditions;
    }

    /** Who holds the permit besides the applicant (subjects), as the last amendment set them. */
    public List<String> permitCoHolders() {
        return permitCoHolders;
    }

    /** When the permit started; empty before it is issued. */
    public Optional<Instant> permitValidFrom() {
        return Optional.ofNullable(permitValidFrom);
    }

    /** The end of which the holders were warned that it comes soon; empty before any warning. */
    public Optional<Instant> permitWarnedFor() {
        return Optional.ofNullable(permitWarnedFor);
    }

    /**
     * The permit's warning timer fired: when its end is at most {@code notice} away and the holders
     * were not yet warned of this end, the {@code permit-expiring-soon} event; else nothing.
     */
    public List<ApplicationEvent> permitExpiringSoon(String permitId, java.time.Duration notice, Actor actor, Instant now) {
        return permitRules.permitExpiringSoon(permitId, notice, actor, now);
    }

    /** The latest end the permit's datasets' time limits on use (DUO TS) allow; empty for none. */
    public Optional<Instant> permitLatestEnd() {
        return Optional.ofNullable(permitLatestEnd);
    }
    /** The holder's change request waiting for the committee, if any. */
    public Optional<PermitChangeRequested> pendingPermitChange() {
        return Optional.ofNullable(pendingChange);
    }
    /** Whether the waiting change request is past its workflow's deadline. */
    public boolean pendingPermitChangeOverdue() {
        return pendingChangeOverdue;
    }
    /** Whether the permit is suspended now. */
    public boolean permitSuspended() {
        return permitSuspended;
    }
    /** Whether {@link #revokePermit} would accept {@code actor} now (pages show the form). */
    /** Whether the actor is the applicant and the request is not decided yet (what {@link #withdraw} allows). */
    public boolean mayBeWithdrawnBy(Actor actor) {
        return !state.isDecided() && guard.isApplicant(actor);
    }

    public boolean mayRevokePermit(Actor actor) {
        return state == ApplicationState.PERMIT_ISSUED && !permitExpired
                && (actor.isChairOf(dacId) || actor.isAdminOf(dacId));
    }

    // ---- clocks ----------------------------------------------------------------------------------

    /** The completion period ran out: a request still with the applicant lapses; otherwise nothing happens. */
    public List<ApplicationEvent> lapse(Actor actor, Instant now) {
        requireSystem(actor, "Only the workflow's timer lets a request lapse.");
        return state == ApplicationState.RETURNED ? List.of(new RequestLapsed(id, actor.subject(), requireTime(now)))
                : List.of();
    }

    /** A reminder timer fired: a reminder is due while a step is still open, nothing otherwise. */
    public List<ApplicationEvent> remind(Actor actor, Instant now) {
        requireSystem(actor, "Only the workflow's timer sends reminders.");
        return openStep == null || state.isFinal() ? List.of()
                : List.of(new ReminderDue(id, actor.subject(), requireTime(now), openStep.key()));
    }

    /**
     * The overdue timer fired: escalate only when the decision is really overdue now (the clock
     * may have been paused or extended since the timer was set) and was not escalated already.
     */
    public List<ApplicationEvent> overdue(Actor actor, Instant now) {
        requireSystem(actor, "Only the workflow's timer escalates.");
        boolean already = history.get(history.size() - 1) instanceof DecisionOverdue;
        return decisionDueAt().filter(due -> !due.isAfter(now)).isPresent() && !already
                ? List.of(new DecisionOverdue(id, actor.subject(), requireTime(now)))
                : List.of();
    }

    /** The chair or an administrator extends the decision period once, with a reason. */
    public List<ApplicationEvent> extendClock(String period, String reason, Actor actor, Instant now) {
        guard.notOwnRequest(actor);
        if (!guard.isChair(actor) && !actor.isAdminOf(dacId)) {
            throw forbidden("Only the committee's chair or an administrator can extend the decision period.");
        }
        if (state.isDecided()) {
            throw conflict("This request is decided; there is no decision period to extend.");
        }
        if (clock.isExtended()) {
            throw conflict("The decision period was extended already; it can be extended once.");
        }
        Period more;
        try {
            more = Period.parse(period == null ? "" : period.strip());
        } catch (java.time.format.DateTimeParseException e) {
            throw invalidInput("Give the extension as a period, e.g. P1M for one month or P14D for fourteen days.");
        }
        if (more.isNegative() || more.isZero() || longerThan(more, LONGEST_EXTENSION)) {
            throw invalidInput("An extension lasts at least a day and at most " + LONGEST_EXTENSION.getMonths() + " months.");
        }
        String why = Remarks.requiredReason(reason, "An extension needs a reason: the applicant is told.");
        return List.of(new DecisionClockExtended(id, actor.subject(), requireTime(now), more.toString(), why));
    }

    private static boolean longerThan(Period a, Period b) {
        Instant from = Instant.EPOCH;
        return from.atZone(ZoneOffset.UTC).plus(a).isAfter(from.atZone(ZoneOffset.UTC).plus(b));
    }

    // ---- who may act ---------------------------------------------------------------------------

    /**
     * Whether the actor may see this request at all. Legal officers see it only once the committee
     * approved it: before that, or after a rejection, it is none of their business. Co-holders of
     * its permit see it as the applicant does (without the committee's private events).
     */
    public boolean canBeSeenBy(Actor actor) {
        if (actor.subject().equals(applicant) || permitCoHolders.contains(actor.subject()) || isTeamMember(actor)) {
            return true;
        }
        if (!state.reachedCommittee()) {
            // the signing official has it first; if they decline, it never reaches the committee
            return false;
        }
        if (actor.isAdminOf(dacId) || guard.sitsOnOwningCommittee(actor)) {
            return true;
        }
        return actor.isLegalOfficerOf(dacId) && VISIBLE_TO_LEGAL_OFFICERS.contains(state);
    }

    /** Whether the actor may see how each member voted: committee members who are not recused. */
    public boolean maySeeVotes(Actor actor) {
        return (guard.sitsOnOwningCommittee(actor) || actor.isAdminOf(dacId)) && !guard.isApplicant(actor)
                && (vote == null || !vote.isRecused(actor.subject()));
    }

    /**
     * Who can no longer act on the open step: on a vote, those who voted or are recused; on a step
     * with {@code separate=true}, those who acted on an earlier step. For the lists' "waiting for you".
     */
    public Set<String> doneWithOpenStep() {
        Set<String> done = new java.util.TreeSet<>();
        if (openStep == null || state.isFinal()) {
            return done;
        }
        if (openStep.kind() == StepKind.VOTE && vote != null) {
            done.addAll(vote.votes().keySet());
            done.addAll(vote.recused());
        }
        if ("true".equals(openStep.parameters().get(StepKind.SEPARATE))) {
            done.addAll(actedBeforeOpenStep);
        }
        return done;
    }

    /** Whether the open step is one the actor may act on now (the page shows its actions). */
    public boolean mayActOnOpenStep(Actor actor) {
        return allowedActions(actor).stream().anyMatch(a -> !a.equals(EXTEND_CLOCK));
    }

    /** The action that extends the decision period, allowed beside any step. */
    public static final String EXTEND_CLOCK = "extend-clock";

    /**
     * What the actor may do now, by the same rules the commands check (pages show these buttons,
     * the API lists them): e.g. {@code approve, reject} on a review, {@code vote, declare-conflict,
     * close-vote} on a vote, {@code resubmit} for the applicant of a returned request.
     */
    public List<String> allowedActions(Actor actor) {
        return guard.allowedActions(actor);
    }

    /** Whether the request belongs on the actor's review task list. */
    public boolean isAwaitingReviewBy(Actor actor) {
        return openStep != null && (openStep.kind() == StepKind.REVIEW || openStep.kind() == StepKind.CHAIR_DECISION)
                && mayActOnOpenStep(actor);
    }

    /** Whether the request belongs on the actor's legal check task list. */
    public boolean isAwaitingLegalCheckBy(Actor actor) {
        return openStep != null && openStep.kind() == StepKind.LEGAL_CHECK && mayActOnOpenStep(actor);
    }

    static void requireSystem(Actor actor, String message) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.isSystem()) {
            throw forbidden(message);
        }
    }

    static Instant requireTime(Instant now) {
        return Objects.requireNonNull(now, "now");
    }

    // ---- replay --------------------------------------------------------------------------------

    // Replay re-checks the transitions so a corrupted or hand-edited stream cannot produce a state
    // the commands would never have allowed.
    private void when(ApplicationEvent event) {
        if (event instanceof AttachmentAdded added) {
            attachments.add(added);
        } else if (event instanceof AttachmentRemoved removed) {
            attachments.removeIf(a -> a.attachmentId().equals(removed.attachmentId()));
        } else if (event instanceof TeamInvitationCancelled cancelled) {
            invitations.remove(cancelled.invitationId());
        } else if (event instanceof FormAnswered answered) {
            if (answered.byCommittee()) {
                committeeAnswers = answered;
            } else {
                applicantAnswers = answered;
                if (!submissions.isEmpty() && state != ApplicationState.RETURNED) {
                    // a form added after the request was handed in: the answers belong to the current round
                    submissions.set(submissions.size() - 1, submissions.get(submissions.size() - 1)
                            .withFormAnswers(answered.answers()));
                }
            }
        } else if (event instanceof TeamMemberInvited invited) {
            invitations.put(invited.invitationId(), invited);
        } else if (event instanceof TeamMemberJoined joined) {
            invitations.remove(joined.invitationId());
            team.add(joined);
        } else if (event instanceof SigningOfficialAsked asked) {
            moveFrom(EnumSet.noneOf(ApplicationState.class), ApplicationState.AWAITING_SIGNATURE, event);
            signatureAsked = asked;
        } else if (event instanceof SigningOfficialConfirmed confirmed) {
            if (state != ApplicationState.AWAITING_SIGNATURE) {
                throw new IllegalArgumentException("Event '" + event.type() + "' cannot follow state "
                        + (state == null ? "created" : state.name()) + " in application " + id + ".");
            }
            signedBy = confirmed;
        } else if (event instanceof SigningOfficialDeclined declined) {
            moveFrom(EnumSet.of(ApplicationState.AWAITING_SIGNATURE), ApplicationState.SIGNATURE_DECLINED, event);
            signatureDeclined = declined;
            decidedAt = event.occurredAt();
        } else if (event instanceof ApplicationSubmitted) {
            if (state == ApplicationState.AWAITING_SIGNATURE && signedBy == null) {
                throw new IllegalArgumentException("A request that waits for its signing official is submitted only"
                        + " after their confirmation (application " + id + ").");
            }
            moveFrom(state == null ? EnumSet.noneOf(ApplicationState.class) : EnumSet.of(ApplicationState.AWAITING_SIGNATURE),
                    ApplicationState.SUBMITTED, event);
            submittedAt = event.occurredAt();
            clock.submitted(submittedAt);
            submissions.add(new Submission(1, event.occurredAt(), title, researchPurpose, datasetIds, answersJson()));
        } else if (event instanceof StepOpened opened) {
            openStep = new OpenStep(opened.stepKey(), opened.kind(), opened.parameters(), opened.occurredAt());
            actedBeforeOpenStep = Set.copyOf(actedOnSteps);
            openStep.clock().ifPresent(clock::period);
            if (opened.kind() == StepKind.VOTE) {
                vote = new Vote();
                closedTally = null;
            }
        } else if (event instanceof FoundComplete) {
            closeStep(StepKind.COMPLETENESS, event);
            clock.started(event.occurredAt());
        } else if (event instanceof ReturnedForChanges returned) {
            closeStep(StepKind.COMPLETENESS, event);
            moveFrom(EnumSet.of(ApplicationState.SUBMITTED), ApplicationState.RETURNED, event);
            returnReason = returned.reason();
            clock.returned(event.occurredAt());
        } else if (event instanceof Resubmitted resubmitted) {
            closeStep(StepKind.REVISION, event);
            moveFrom(EnumSet.of(ApplicationState.RETURNED), ApplicationState.SUBMITTED, event);
            researchPurpose = resubmitted.researchPurpose();
            clock.resubmitted(event.occurredAt());
            submissions.add(new Submission(submissions.size() + 1, event.occurredAt(), title, researchPurpose, datasetIds,
                    answersJson()));
        } else if (event instanceof VoteCast cast) {
            requireOpen(StepKind.VOTE, event);
            vote.cast(event.actor(), Vote.Choice.valueOf(cast.choice()), cast.comment());
        } else if (event instanceof ConflictDeclared) {
            requireOpen(StepKind.VOTE, event);
            vote.recuse(event.actor());
        } else if (event instanceof VoteClosed closed) {
            closeStep(StepKind.VOTE, event);
            closedTally = new Vote.Tally(closed.approvals(), closed.rejections(), closed.abstentions(), closed.recusals());
            committeeDecided(closed.approved(), closed.reason(), event);
            if (closed.approved()) {
                deciders.addAll(vote.votes().entrySet().stream()
                        .filter(v -> v.getValue() == Vote.Choice.APPROVE).map(Map.Entry::getKey).toList());
            }
        } else if (event instanceof ReviewApproved) {
            closeStep(null, event);
            committeeDecided(true, null, event);
        } else if (event instanceof ReviewRejected rejected) {
            closeStep(null, event);
            committeeDecided(false, rejected.reason(), event);
        } else if (event instanceof EthicsOpinionRecorded opinion) {
            closeStep(StepKind.ETHICS, event);
            if (!opinion.favourable()) {
                moveFrom(EnumSet.of(ApplicationState.SUBMITTED, ApplicationState.REVIEW_APPROVED),
                        ApplicationState.REJECTED_BY_ETHICS, event);
                rejectionReason = opinion.remark();
                decidedAt = event.occurredAt();
            }
        } else if (event instanceof LegalCheckPassed) {
            closeStep(StepKind.LEGAL_CHECK, event);
            moveFrom(EnumSet.of(ApplicationState.REVIEW_APPROVED), ApplicationState.LEGAL_CHECK_PASSED, event);
            decisionAt = event.occurredAt();
            decidedAt = event.occurredAt();
        } else if (event instanceof LegalCheckFailed failed) {
            closeStep(StepKind.LEGAL_CHECK, event);
            moveFrom(EnumSet.of(ApplicationState.REVIEW_APPROVED), ApplicationState.LEGAL_CHECK_FAILED, event);
            rejectionReason = failed.reason();
            decidedAt = event.occurredAt();
        } else if (event instanceof PermitRevoked revoked) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_REVOKED, event);
            revocationReason = revoked.reason();
        } else if (event instanceof PermitSuspended) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            permitSuspended = true;
        } else if (event instanceof PermitResumed) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            permitSuspended = false;
        } else if (event instanceof PermitAmended amended) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            permitDatasetIds = amended.datasetIds();
            permitConditions = amended.conditions();
            permitCoHolders = amended.coHolders();
            permitDataUseConditions = amended.dataUseConditions();
            permitLatestEnd = amended.latestEnd();
        } else if (event instanceof PermitChangeRequested requested) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            pendingChange = requested;
            pendingChangeOverdue = false;
        } else if (event instanceof PermitChangeDecided) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            pendingChange = null;
            pendingChangeOverdue = false;
        } else if (event instanceof PermitChangeOverdue) {
            pendingChangeOverdue = true;
        } else if (event instanceof PermitExpiringSoon soon) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            permitWarnedFor = soon.validUntil();
        } else if (event instanceof PermitExpired) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            permitExpired = true;
        } else if (event instanceof PermitExtended extended) {
            moveFrom(EnumSet.of(ApplicationState.PERMIT_ISSUED), ApplicationState.PERMIT_ISSUED, event);
            permitValidUntil = extended.validUntil();
        } else if (event instanceof PermitIssued issued) {
            moveFrom(EnumSet.of(ApplicationState.REVIEW_APPROVED, ApplicationState.LEGAL_CHECK_PASSED),
                    ApplicationState.PERMIT_ISSUED, event);
            permitId = issued.permitId();
            permitValidUntil = issued.validUntil();
            permitValidFrom = issued.validFrom();
            permitLatestEnd = issued.latestEnd();
            permitDataUseConditions = issued.dataUseConditions();
            permitDatasetIds = datasetIds;
            permitCoHolders = teamMembers();  // the team that joined before the decision
            openStep = null;
            if (decisionAt == null) {
                decisionAt = event.occurredAt();
                decidedAt = event.occurredAt();
            }
        } else if (event instanceof RequestLapsed) {
            moveFrom(EnumSet.of(ApplicationState.RETURNED), ApplicationState.LAPSED, event);
            openStep = null;
            decidedAt = event.occurredAt();
        } else if (event instanceof FeeAccepted) {
            closeStep(StepKind.FEE, event);
        } else if (event instanceof FeeDeclined) {
            closeStep(StepKind.FEE, event);
            moveFrom(EnumSet.of(ApplicationState.SUBMITTED), ApplicationState.WITHDRAWN, event);
            decidedAt = event.occurredAt();
        } else if (event instanceof Withdrawn) {
            moveFrom(EnumSet.of(ApplicationState.AWAITING_SIGNATURE, ApplicationState.SUBMITTED, ApplicationState.RETURNED,
                            ApplicationState.REVIEW_APPROVED),
                    ApplicationState.WITHDRAWN, event);
            openStep = null;
            decidedAt = event.occurredAt();
        } else if (event instanceof DecisionClockExtended extended) {
            clock.extended(Period.parse(extended.period()));
        } else if (event instanceof PurposeCoded purposeCoded) {
            coded = purposeCoded;
        } else if (event instanceof TermsAccepted accepted) {
            acceptedTerms = accepted.terms();
        } else if (!(event instanceof ReminderDue) && !(event instanceof DecisionOverdue)) {
            throw new IllegalArgumentException("Event '" + event.type() + "' cannot occur after the first event.");
        }
        if (isCommitteeAct(event)) {
            actedOnSteps.add(event.actor());
        }
        lastChangedAt = event.occurredAt();
    }

    private static boolean isCommitteeAct(ApplicationEvent event) {
        return event instanceof FoundComplete || event instanceof ReturnedForChanges || event instanceof VoteCast
                || event instanceof VoteClosed || event instanceof ReviewApproved || event instanceof ReviewRejected
                || event instanceof EthicsOpinionRecorded || event instanceof LegalCheckPassed
                || event instanceof LegalCheckFailed;
    }

    private void committeeDecided(boolean approved, String reason, ApplicationEvent event) {
        if (approved) {
            moveFrom(EnumSet.of(ApplicationState.SUBMITTED), ApplicationState.REVIEW_APPROVED, event);
            deciders.add(event.actor());
        } else {
            moveFrom(EnumSet.of(ApplicationState.SUBMITTED), ApplicationState.REVIEW_REJECTED, event);
            rejectionReason = reason;
            decidedAt = event.occurredAt();
        }
    }

    /** The event completes the open step, which must be of {@code kind} (null: review or chair decision). */
    private void closeStep(StepKind kind, ApplicationEvent event) {
        // requests decided before steps were recorded (schema 8 and earlier) have no open step
        boolean legacy = history.stream().noneMatch(e -> e instanceof StepOpened);
        if (!legacy) {
            boolean matches = openStep != null && (kind == null
                    ? openStep.kind() == StepKind.REVIEW || openStep.kind() == StepKind.CHAIR_DECISION
                    : openStep.kind() == kind);
            if (!matches) {
                throw new IllegalArgumentException("Event '" + event.type() + "' closes no open step of application " + id + ".");
            }
        }
        openStep = null;
    }

    private void requireOpen(StepKind kind, ApplicationEvent event) {
        if (openStep == null || openStep.kind() != kind) {
            throw new IllegalArgumentException("Event '" + event.type() + "' needs an open " + kind.modelName()
                    + " step in application " + id + ".");
        }
    }

    private void moveFrom(Set<ApplicationState> expected, ApplicationState next, ApplicationEvent event) {
        boolean fits = state == null ? expected.isEmpty() : expected.contains(state);
        if (!fits) {
            throw new IllegalArgumentException("Event '" + event.type() + "' cannot follow state "
                    + (state == null ? "created" : state.name()) + " in application " + id + ".");
        }
        state = next;
    }

    OpenStep openStepOrNull() {
        return openStep;
    }

    Vote voteOrNull() {
        return vote;
    }

    java.util.Set<String> actedBeforeOpenStep() {
        return actedBeforeOpenStep;
    }

    boolean isClockExtended() {
        return clock.isExtended();
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

    /** The research purpose as last submitted (a resubmission may change it). */
    public String researchPurpose() {
        return researchPurpose;
    }

    /** The purpose in DUO terms with its matches at submission, when the applicant stated one. */
    public java.util.Optional<PurposeCoded> codedPurpose() {
        return java.util.Optional.ofNullable(coded);
    }

    /** The terms the applicant accepted with the request, each in the exact version; empty when none were named. */
    /** What the applicant handed in at each submission (first, then each resubmission), oldest first. */
    public List<Submission> submissions() {
        return List.copyOf(submissions);
    }

    public List<TermsAccepted.Terms> acceptedTerms() {
        return acceptedTerms;
    }

    /** {@code research} or {@code care}. */
    public String use() {
        return use;
    }

    /** The applicant's organisation type: {@code academic}, {@code public} or {@code commercial}. */
    public String organisation() {
        return organisation;
    }

    /** What people see as the request's status: the open step's name, or the state's label. */
    public String statusLabel() {
        if (permitExpired) {
            return "Permit expired";
        }
        if (openStep != null && !state.isFinal()) {
            if (openStep.kind() == StepKind.FEE) {
                return "Awaiting the applicant's fee acceptance";
            }
            return openStep.kind().isApplicants() ? "Returned to the applicant" : "Awaiting " + openStep.kind().label().toLowerCase(java.util.Locale.ROOT);
        }
        return state.label();
    }

    /** The committee's message with the last return, if the request was returned. */
    public Optional<String> returnReason() {
        return Optional.ofNullable(returnReason);
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

    /** When the request was submitted; null while it waits for its signing official (or they declined). */
    public Instant submittedAt() {
        return submittedAt;
    }

    /** When the applicant handed the request in: its submission, or before the signing official's confirmation its creation. */
    public Instant handedInAt() {
        return submittedAt != null ? submittedAt : history.get(0).occurredAt();
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
     * The legal deadline of the decision while one is pending (EHDS Art. 68): the model's decision
     * period (default three calendar months, UTC) from the completeness check (from submission
     * when the model has none), plus the extension, plus the time the request spent with the
     * applicant after the clock started. Empty once decided, and while the request is with the
     * applicant (the clock is paused).
     */
    public Optional<Instant> decisionDueAt() {
        if (decidedAt != null || state.isDecided() || state == ApplicationState.RETURNED
                || state == ApplicationState.AWAITING_SIGNATURE) {
            return Optional.empty();
        }
        return Optional.of(clock.dueAt());
    }

    /** When the decision clock started: at completeness, or at submission when the model checks none. */
    public Instant clockStartedAt() {
        return clock.startedAt();
    }

    /** The first of the committee's deciders (for the read model's column); see {@link #deciders()}. */
    public Optional<String> reviewApprovedBy() {
        return deciders.stream().findFirst();
    }

    /** Who decided for the committee: none of them may do the legal check. */
    public Set<String> deciders() {
        return Set.copyOf(deciders);
    }

    public Optional<String> permitId() {
        return Optional.ofNullable(permitId);
    }

    /** Why the committee or the legal officer turned the request down. */
    /** The permit's current end (issuance, then extensions); empty before a permit. */
    public Optional<Instant> permitValidUntil() {
        return Optional.ofNullable(permitValidUntil);
    }

    /** Why the committee revoked the permit, once it did. */
    public Optional<String> revocationReason() {
        return Optional.ofNullable(revocationReason);
    }

    public Optional<String> rejectionReason() {
        return Optional.ofNullable(rejectionReason);
    }

    public List<ApplicationEvent> history() {
        return history;
    }
}
