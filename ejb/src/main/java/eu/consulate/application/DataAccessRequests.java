package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.consulate.application.Views.ApplicationDetails;
import eu.consulate.application.Views.DatasetView;
import eu.consulate.application.Views.EventView;
import eu.consulate.domain.model.application.TermsAccepted;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.ApproveReview;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.FailLegalCheck;
import eu.consulate.domain.model.application.PassLegalCheck;
import eu.consulate.domain.model.application.RejectReview;
import eu.consulate.domain.model.application.SubmitApplication;
import eu.consulate.domain.model.application.PurposeCoded;
import eu.consulate.domain.model.datause.ResearchPurpose;
import eu.consulate.domain.model.application.Vote;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The use cases of one data access request: submit, follow, and act on its steps. Each method is
 * one transaction: the domain decides, the events are appended, the workflow is told, or, on
 * any refusal, nothing at all is written.
 */
@Stateless
public class DataAccessRequests {

    @EJB
    ApplicationRepository applications;

    @EJB
    Catalog catalog;

    @EJB
    Permits permits;

    @EJB
    People people;

    @EJB
    DataUseMatching matching;

    @jakarta.persistence.PersistenceContext(unitName = "consulate")
    jakarta.persistence.EntityManager em;

    @EJB
    Diseases diseases;

    @Inject
    WorkflowPort workflow;

    @EJB
    CommitteeProcesses processes;

    @EJB
    CommitteeTerms terms;

    @EJB
    CommitteeForms forms;

    @EJB
    RequestSignatures signatures;

    @EJB
    TermsAcceptances acceptances;

    /**
     * The applicant submits a new request for research or for care ({@code use}, default
     * research), saying their organisation type ({@code organisation}: academic (default), public
     * or commercial); the committee's process for that use and organisation runs it. Returns its id.
     * <ul>
     * <li>{@code coded} (may be null): the research purpose in DUO terms, matched against each
     * requested dataset's data use and stored with the request, so that the reviewers read the
     * result the applicant saw; a denied match does not stop the submission.</li>
     * <li>{@code acceptedTerms}: exactly the terms versions the requested datasets name
     * ({@link CommitteeTerms}), else 400 and nothing submitted; recorded ({@code terms-accepted})
     * with an {@code AcceptedTermsAndPolicies} visa for each version not accepted before.</li>
     * <li>{@code formAnswers} (committee id to the JSON of the answers): a committee with a form
     * gets a request only with answers its applicant fields accept, else {@link FormRefused} (400,
     * every field's error) and nothing submitted; recorded with the request, pinning the version.</li>
     * <li>{@code signingOfficial}: their e-mail address when the committee wants a signing
     * official's confirmation (400 without a plausible one); the request then waits
     * ({@code AWAITING_SIGNATURE}) and its process starts only with the confirmation.</li>
     * </ul>
     */
    public String submit(Actor actor, String applicantSubject, String title, String researchPurpose,
            List<String> datasetIds, String use, String organisation, ResearchPurpose coded,
            java.util.Collection<String> acceptedTerms, Map<String, String> formAnswers, String signingOfficial) {
        List<String> requested = datasetIds == null ? List.of() : datasetIds.stream()
                .filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        String dacId = owningCommittee(requested);
        List<Views.TermsVersionView> named = dacId.isEmpty() ? List.of() : terms.named(catalog.datasets(requested));
        List<TermsAccepted.Terms> accepted = TermsAccepted.check(CommitteeTerms.forRequest(named), acceptedTerms);
        String id = UUID.randomUUID().toString();
        Instant now = Instant.now();
        PurposeCoded purposeCoded = null;
        if (coded != null && !dacId.isEmpty()) {
            java.util.Map<String, Dataset> byId = catalog.datasets(requested).stream()
                    .collect(Collectors.toMap(Dataset::id, d -> d));
            purposeCoded = new PurposeCoded(id, actor.subject(), now, coded,
                    matching.against(coded, requested.stream().map(byId::get).toList()));
        }
        DataAccessApplication.GivenAnswers answers = dacId.isEmpty() ? null
                : forms.handedIn(dacId, formAnswers == null ? null : formAnswers.get(dacId)).orElse(null);
        DataAccessApplication.SignatureAsked signature = dacId.isEmpty() ? null
                : signatures.askFor(dacId, signingOfficial).orElse(null);
        List<ApplicationEvent> events = DataAccessApplication.submit(
                new SubmitApplication(id, title, researchPurpose, requested, dacId, applicantSubject, use, organisation),
                purposeCoded, accepted, answers, signature, actor, now);
        DataAccessApplication created = applications.append(null, events);
        acceptances.acceptAll(actor, applicantSubject, named);
        if (created.signatureAsked().isPresent()) {
            signatures.mailLink(created);
        } else {
            workflow.requestSubmitted(id, dacId, processes.processFor(dacId, CommitteeProcesses.track(created)),
                    created.use());
        }
        return id;
    }

    /**
     * The applicant's cart: datasets of one or more committees become one request per committee,
     * all with the same content and coded purpose, submitted together and linked as a group (each
     * request page shows the others). All or nothing: a refusal of one submits none; every
     * committee's terms and form errors are reported together before anything is submitted.
     * Parameters as for {@link #submit}; returns the ids in the order of the committees' first datasets.
     */
    public List<String> submitLinked(Actor actor, String applicantSubject, String title, String researchPurpose,
            List<String> datasetIds, String use, String organisation, ResearchPurpose coded,
            java.util.Collection<String> acceptedTerms, Map<String, String> formAnswers, String signingOfficial) {
        Map<String, String> answersByCommittee = formAnswers == null ? Map.of() : formAnswers;
        List<String> requested = datasetIds == null ? List.of() : datasetIds.stream()
                .filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        if (requested.size() > DataAccessApplication.MAX_DATASETS) {
            throw ApplicationRuleViolation.invalidInput("A request can cover at most "
                    + DataAccessApplication.MAX_DATASETS + " datasets.");
        }
        Map<String, Dataset> found = catalog.datasets(requested).stream()
                .collect(Collectors.toMap(Dataset::id, Function.identity()));
        Map<String, List<String>> byCommittee = new java.util.LinkedHashMap<>();
        for (String id : requested) {
            Dataset dataset = found.get(id);
            // unknown ids go with the first group, where the usual check names them
            String committee = dataset == null ? "" : dataset.dac().id();
            byCommittee.computeIfAbsent(committee, k -> new java.util.ArrayList<>()).add(id);
        }
        if (byCommittee.size() <= 1) {
            return List.of(submit(actor, applicantSubject, title, researchPurpose, requested, use, organisation, coded,
                    acceptedTerms, answersByCommittee, signingOfficial));
        }
        if (byCommittee.containsKey("")) {
            owningCommittee(requested); // names the unknown datasets
        }
        // every committee's terms at once: a missing acceptance is reported before anything is submitted
        TermsAccepted.check(CommitteeTerms.forRequest(terms.named(List.copyOf(found.values()))), acceptedTerms);
        Map<String, String> formErrors = new java.util.LinkedHashMap<>();
        byCommittee.keySet().forEach(dac -> formErrors.putAll(forms.problemsAtSubmission(dac, answersByCommittee.get(dac))));
        if (!formErrors.isEmpty()) {
            throw new FormRefused("Some answers to the committees' forms are missing or wrong; nothing was submitted.",
                    formErrors);
        }
        String group = UUID.randomUUID().toString();
        List<String> ids = new java.util.ArrayList<>();
        for (List<String> datasets : byCommittee.values()) {
            Set<String> ownTerms = terms.named(catalog.datasets(datasets)).stream().map(Views.TermsVersionView::id)
                    .collect(Collectors.toSet());
            String id = submit(actor, applicantSubject, title, researchPurpose, datasets, use, organisation, coded,
                    ownTerms, answersByCommittee, signingOfficial);
            em.createNativeQuery("INSERT INTO application_link (application_id, group_id) VALUES (?, ?)")
                    .setParameter(1, id).setParameter(2, group).executeUpdate();
            ids.add(id);
        }
        return ids;
    }

    /**
     * One of the actor's own requests (they are its applicant), for copying it; 403 for a request
     * that is not theirs, 404 for an unknown one.
     */
    public DataAccessApplication ownRequest(Actor actor, String applicationId) {
        DataAccessApplication application = load(applicationId);
        if (!actor.subject().equals(application.applicant())) {
            throw ApplicationRuleViolation.forbidden("You may copy only your own requests.");
        }
        return application;
    }

    /** The latest resubmission compared with the submission before it; null while there was none. */
    private Views.RevisionView revision(DataAccessApplication application, Map<String, Dataset> datasets,
            String language) {
        List<eu.consulate.domain.model.application.Submission> rounds = application.submissions();
        if (rounds.size() < 2) {
            return null;
        }
        var latest = rounds.get(rounds.size() - 1);
        Map<String, String> titles = new java.util.HashMap<>();
        datasets.forEach((id, d) -> titles.put(id, d.title()));
        var previous = rounds.get(rounds.size() - 2);
        List<eu.consulate.domain.model.application.SubmissionDiff.FieldChange> changes = new java.util.ArrayList<>(
                eu.consulate.domain.model.application.SubmissionDiff.between(previous, latest, titles));
        application.answeredForm().flatMap(form -> CommitteeForms.applicantFieldsOf(em, form.formId()))
                .ifPresent(form -> changes.addAll(eu.consulate.domain.model.application.SubmissionDiff.answers(
                        form.fields(), answers(previous.formAnswers()), answers(latest.formAnswers()), language)));
        return new Views.RevisionView(latest.round(), latest.at(), List.copyOf(changes));
    }

    private static Map<String, Object> answers(String json) {
        return json == null ? Map.of() : eu.consulate.infrastructure.form.FormJson.readAnswers(json);
    }

    /** The other requests submitted with this one from the same cart that the actor may see. */
    private List<Views.LinkedRequestView> linked(Actor actor, String applicationId) {
        @SuppressWarnings("unchecked")
        List<String> others = em.createNativeQuery("SELECT o.application_id FROM application_link l "
                + "JOIN application_link o ON o.group_id = l.group_id "
                + "WHERE l.application_id = ? AND o.application_id <> ? ORDER BY o.application_id")
                .setParameter(1, applicationId).setParameter(2, applicationId).getResultList();
        List<Views.LinkedRequestView> views = new java.util.ArrayList<>();
        for (String other : others) {
            DataAccessApplication application = applications.find(other).orElse(null);
            if (application != null && application.canBeSeenBy(actor)) {
                views.add(new Views.LinkedRequestView(other, application.title(),
                        catalog.committee(application.dacId()).map(Dac::name).orElse(application.dacId()),
                        application.statusLabel()));
            }
        }
        return views;
    }

    private String owningCommittee(List<String> datasetIds) {
        if (datasetIds.isEmpty()) {
            return "";  // the domain reports the missing datasets
        }
        if (datasetIds.size() > DataAccessApplication.MAX_DATASETS) {
            // before the lookup: a long list must not reach the database's IN list
            throw ApplicationRuleViolation.invalidInput("A request can cover at most "
                    + DataAccessApplication.MAX_DATASETS + " datasets.");
        }
        List<Dataset> found = catalog.datasets(datasetIds);
        if (found.size() != datasetIds.size()) {
            Set<String> known = found.stream().map(Dataset::id).collect(Collectors.toSet());
            throw ApplicationRuleViolation.invalidInput("Unknown dataset: "
                    + datasetIds.stream().filter(id -> !known.contains(id)).collect(Collectors.joining(", ")) + ".");
        }
        List<String> retired = found.stream().filter(Dataset::isRetired).map(Dataset::title).toList();
        if (!retired.isEmpty()) {
            throw ApplicationRuleViolation.invalidInput("No longer in the catalogue (retired): "
                    + String.join(", ", retired) + ".");
        }
        Set<String> committees = found.stream().map(d -> d.dac().id()).collect(Collectors.toSet());
        if (committees.size() > 1) {
            throw ApplicationRuleViolation.invalidInput(
                    "All datasets of one request must belong to the same committee; make one request per committee.");
        }
        Dataset any = found.get(0);
        if (!any.dac().hasReviewers()) {
            throw ApplicationRuleViolation.conflict("The committee " + any.dac().name()
                    + " has no members yet, so nobody could review the request. Ask a DAC administrator.");
        }
        return committees.iterator().next();
    }

    public ApplicationDetails details(Actor actor, String applicationId) {
        DataAccessApplication application = visible(actor, applicationId);
        Map<String, Dataset> datasets = catalog.datasets(application.datasetIds()).stream()
                .collect(Collectors.toMap(Dataset::id, Function.identity()));
        String dacName = catalog.committee(application.dacId()).map(d -> d.name()).orElse(application.dacId());
        boolean seesVotes = application.maySeeVotes(actor);
        Map<String, String> names = people.namesOf(application.history().stream().map(ApplicationEvent::actor)
                .collect(Collectors.toSet()));
        List<EventView> history = new java.util.ArrayList<>();
        int seq = 0;
        for (ApplicationEvent event : application.history()) {
            ++seq;
            if (!event.isCommitteePrivate() || seesVotes) {
                history.add(new EventView(seq, event.type(), names.get(event.actor()), event.occurredAt(),
                        EventRemarks.of(event)));
            }
        }
        Views.PermitView permit = application.permitId().flatMap(permits::find).orElse(null);
        Views.StepView step = application.openStep().map(open -> new Views.StepView(open.key(), open.kind().modelName(),
                open.kind().label(), application.mayActOnOpenStep(actor), open.parameters(),
                application.allowedActions(actor))).orElse(null);
        String process = workflow.position(applicationId).map(p -> p.processKey() + " v" + p.version()).orElse(null);
        return new ApplicationDetails(application.id(), application.title(), application.researchPurpose(),
                application.applicantName(), application.dacId(), dacName, application.state().name(),
                application.state().label(), application.version(), application.submittedAt(),
                application.datasetIds().stream().map(datasets::get).filter(java.util.Objects::nonNull)
                        .map(d -> new DatasetView(d.id(), d.url(), d.title())).toList(),
                history, application.rejectionReason().orElse(null), permit,
                application.isAwaitingReviewBy(actor), application.isAwaitingLegalCheckBy(actor),
                application.use(), application.statusLabel(), step, voteView(application, actor, seesVotes, names),
                application.returnReason().orElse(null), application.decisionDueAt().orElse(null), process,
                application.mayRevokePermit(actor), application.revocationReason().orElse(null),
                application.pendingPermitChange().map(c -> new Views.PermitChangeView(c.changeId(), c.kind(),
                        c.validUntil(), catalog.datasets(c.datasetIds()).stream().map(Dataset::title).toList(), c.reason(),
                        c.occurredAt(), application.pendingPermitChangeOverdue())).orElse(null),
                application.state() == eu.consulate.domain.model.application.ApplicationState.PERMIT_ISSUED
                        && !application.permitExpired() && application.pendingPermitChange().isEmpty()
                        && actor.subject().equals(application.applicant()),
                application.codedPurpose().map(c -> Views.CodedPurposeView.of(c.purpose(), c.matches(),
                        diseases.ontology())).orElse(null), linked(actor, applicationId),
                application.acceptedTerms(), application.mayBeWithdrawnBy(actor), revision(application, datasets, "en"));
    }

    private static Views.VoteView voteView(DataAccessApplication application, Actor actor, boolean seesVotes,
            Map<String, String> names) {
        Vote vote = application.vote().orElse(null);
        if (vote == null) {
            return null;
        }
        // the ballots of the open vote or of the last one closed, for those who may see them
        List<Views.BallotView> ballots = seesVotes ? vote.votes().entrySet().stream()
                .map(v -> new Views.BallotView(names.getOrDefault(v.getKey(), v.getKey()), v.getValue().name(),
                        vote.comments().get(v.getKey())))
                .sorted(java.util.Comparator.comparing(Views.BallotView::voter)).toList() : null;
        Vote.Choice mine = vote.votes().get(actor.subject());
        var open = application.openStep().filter(s -> s.kind() == eu.consulate.domain.model.application.StepKind.VOTE);
        if (open.isPresent()) {
            Vote.Tally tally = vote.tally();
            return new Views.VoteView(true, tally.approvals(), tally.rejections(), tally.abstentions(), tally.recusals(),
                    open.get().quorum(), open.get().majority().name(), ballots, mine == null ? null : mine.name(),
                    vote.isRecused(actor.subject()));
        }
        return application.closedTally().map(t -> new Views.VoteView(false, t.approvals(), t.rejections(),
                t.abstentions(), t.recusals(), 0, null, ballots, mine == null ? null : mine.name(),
                vote.isRecused(actor.subject()))).orElse(null);
    }


    /** The request's process model and where it stands, for whoever may see the request. */
    public Views.ProcessView process(Actor actor, String applicationId) {
        visible(actor, applicationId);
        WorkflowPort.ProcessPosition position = workflow.position(applicationId)
                .orElseThrow(() -> new NoSuchApplication(applicationId));
        return new Views.ProcessView(position.processKey(), position.version(), position.activeActivities(),
                new String(workflow.definitionXml(position.processDefinitionId()), java.nio.charset.StandardCharsets.UTF_8));
    }

    public List<EventView> events(Actor actor, String applicationId) {
        return details(actor, applicationId).history();
    }

    /** The most requests one bulk decision may cover. */
    public static final int BULK_MAX = 100;

    /** A bulk decision: which step, and approve (review) / pass (legal check) or not. */
    public enum BulkDecision {
        APPROVE_REVIEW, REJECT_REVIEW, PASS_LEGAL_CHECK, FAIL_LEGAL_CHECK
    }

    @jakarta.annotation.Resource
    jakarta.ejb.SessionContext context;

    /**
     * The same decision on several requests, each with every check of the single decision, each
     * in its own transaction: one refusal (not on the list any more, decided by someone else
     * first, own request) leaves the others done. A rejection needs its reason like a single one.
     */
    @jakarta.ejb.TransactionAttribute(jakarta.ejb.TransactionAttributeType.NOT_SUPPORTED)
    public List<Views.BulkOutcome> decideMany(Actor actor, BulkDecision decision, List<String> applicationIds,
            String remark) {
        List<String> ids = applicationIds == null ? List.of() : applicationIds.stream()
                .filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        if (ids.isEmpty()) {
            throw ApplicationRuleViolation.invalidInput("Choose at least one request.");
        }
        if (ids.size() > BULK_MAX) {
            throw ApplicationRuleViolation.invalidInput("A bulk decision covers at most " + BULK_MAX + " requests.");
        }
        if ((decision == BulkDecision.REJECT_REVIEW || decision == BulkDecision.FAIL_LEGAL_CHECK)
                && (remark == null || remark.isBlank())) {
            // checked once up front, so that a missing reason is one message, not one per request
            throw ApplicationRuleViolation.invalidInput("A rejection needs a reason.");
        }
        DataAccessRequests self = context.getBusinessObject(DataAccessRequests.class);
        List<Views.BulkOutcome> outcomes = new java.util.ArrayList<>();
        for (String id : ids) {
            try {
                switch (decision) {
                    case APPROVE_REVIEW -> self.approveReview(actor, id, remark);
                    case REJECT_REVIEW -> self.rejectReview(actor, id, remark);
                    case PASS_LEGAL_CHECK -> self.passLegalCheck(actor, id, remark);
                    case FAIL_LEGAL_CHECK -> self.failLegalCheck(actor, id, remark);
                }
                outcomes.add(new Views.BulkOutcome(id, true, "Done."));
            } catch (ApplicationRuleViolation e) {
                outcomes.add(new Views.BulkOutcome(id, false, e.getMessage()));
            } catch (NoSuchApplication e) {
                outcomes.add(new Views.BulkOutcome(id, false, "No such request."));
            }
        }
        return outcomes;
    }

    public void approveReview(Actor actor, String applicationId, String comment) {
        act(applicationId, actor, a -> a.approveReview(new ApproveReview(comment), actor, Instant.now()));
    }

    public void rejectReview(Actor actor, String applicationId, String reason) {
        act(applicationId, actor, a -> a.rejectReview(new RejectReview(reason), actor, Instant.now()));
    }

    public void passLegalCheck(Actor actor, String applicationId, String comment) {
        act(applicationId, actor, a -> a.passLegalCheck(new PassLegalCheck(comment), actor, Instant.now()));
    }

    public void failLegalCheck(Actor actor, String applicationId, String reason) {
        act(applicationId, actor, a -> a.failLegalCheck(new FailLegalCheck(reason), actor, Instant.now()));
    }

    /** The completeness check: complete (the decision clock starts) or returned with a message. */
    public void checkCompleteness(Actor actor, String applicationId, boolean complete, String message) {
        act(applicationId, actor, a -> complete ? a.findComplete(message, actor, Instant.now())
                : a.returnIncomplete(message, actor, Instant.now()));
    }

    /** The applicant answers a return, optionally with a changed research purpose. */
    public void resubmit(Actor actor, String applicationId, String response, String changedPurpose) {
        act(applicationId, actor, a -> a.resubmit(response, changedPurpose, actor, Instant.now()));
    }

    public void acceptFee(Actor actor, String applicationId) {
        act(applicationId, actor, a -> a.acceptFee(actor, Instant.now()));
    }

    /**
     * The applicant withdraws their request before it is decided; its workflow ends (open steps and
     * timers with it) in the same transaction. 403 for anybody else; 409 once decided.
     */
    public void withdraw(Actor actor, String applicationId, String reason) {
        act(applicationId, actor, a -> a.withdraw(reason, actor, Instant.now()));
        workflow.requestWithdrawn(applicationId);
    }

    public void declineFee(Actor actor, String applicationId, String reason) {
        act(applicationId, actor, a -> a.declineFee(reason, actor, Instant.now()));
    }

    public void castVote(Actor actor, String applicationId, String choice, String comment) {
        Vote.Choice chosen = Vote.Choice.of(choice).orElseThrow(() -> ApplicationRuleViolation.invalidInput(
                "Choose approve, reject or abstain."));
        act(applicationId, actor, a -> a.castVote(chosen, comment, actor, Instant.now()));
    }

    public void declareConflict(Actor actor, String applicationId, String comment) {
        act(applicationId, actor, a -> a.declareConflict(comment, actor, Instant.now()));
    }

    /** The chair closes the vote; {@code tieBreak} decides only when the votes give no majority. */
    public void closeVote(Actor actor, String applicationId, Boolean tieBreak, String reason) {
        act(applicationId, actor, a -> a.closeVote(tieBreak, reason, actor, Instant.now()));
    }

    public void recordEthicsOpinion(Actor actor, String applicationId, boolean favourable, String remark) {
        act(applicationId, actor, a -> a.recordEthicsOpinion(favourable, remark, actor, Instant.now()));
    }

    public void extendDecisionClock(Actor actor, String applicationId, String period, String reason) {
        act(applicationId, actor, a -> a.extendClock(period, reason, actor, Instant.now()));
    }

    // ---- called by the workflow ----------------------------------------------------------------

    /**
     * The workflow opened a step of the model; returns when the decision is due, for the task's
     * due date (null when none is pending).
     */
    public Instant stepOpened(String applicationId, String stepKey, String kind, Map<String, String> parameters) {
        DataAccessApplication application = load(applicationId);
        DataAccessApplication updated = applications.append(application,
                application.openStep(stepKey, kind, parameters, Actor.system(), Instant.now()));
        return updated.decisionDueAt().orElse(null);
    }

    /** When the decision is due now, or null when none is pending (e.g. for a timer). */
    public Instant decisionDueAt(String applicationId) {
        return load(applicationId).decisionDueAt().orElse(null);
    }

    /** A reminder timer of the model fired; nothing happens when the step is closed. */
    public void reminderDue(String applicationId) {
        act(applicationId, a -> a.remind(Actor.system(), Instant.now()));
    }

    /** The overdue timer fired; escalates only when the decision is really overdue now. */
    public void decisionOverdue(String applicationId) {
        act(applicationId, a -> a.overdue(Actor.system(), Instant.now()));
    }

    /** The completion period ran out; a request still with the applicant lapses. */
    public void completionPeriodOver(String applicationId) {
        act(applicationId, a -> a.lapse(Actor.system(), Instant.now()));
    }

    /**
     * The domain decides (or refuses), the events are appended, and when they completed the open
     * step, the workflow moves on (in the same transaction: a failure there undoes the events).
     */
    private void act(String applicationId, Function<DataAccessApplication, List<ApplicationEvent>> command) {
        act(applicationId, null, command);
    }

    /**
     * As {@link #act(String, Function)}, first checking that the person may see the request at all,
     * so that nobody outside it learns from a refusal which step it stands at.
     */
    private void act(String applicationId, Actor actor, Function<DataAccessApplication, List<ApplicationEvent>> command) {
        DataAccessApplication application = actor == null ? load(applicationId) : visible(actor, applicationId);
        var open = application.openStep();
        List<ApplicationEvent> events = command.apply(application);
        if (events.isEmpty()) {
            return;
        }
        DataAccessApplication updated = applications.append(application, events);
        if (open.isPresent() && updated.openStep().isEmpty()) {
            // a lapse ends no task: the model's timer already left the step
            StepOutcome.ofClosing(events.get(events.size() - 1)).ifPresent(outcome ->
                    workflow.stepCompleted(applicationId, open.get().key(), outcome.name(), outcome.positive()));
        }
    }

    private DataAccessApplication load(String applicationId) {
        return applications.find(applicationId).orElseThrow(() -> new NoSuchApplication(applicationId));
    }

    private DataAccessApplication visible(Actor actor, String applicationId) {
        return VisibleRequests.load(applications, actor, applicationId);
    }
}
