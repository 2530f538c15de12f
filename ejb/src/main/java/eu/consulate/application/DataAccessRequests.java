package eu.consulate.application;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import eu.consulate.application.Views.ApplicationDetails;
import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.application.Views.DatasetView;
import eu.consulate.application.Views.EventView;
import eu.consulate.application.Views.TaskView;
import eu.consulate.application.WorkflowPort.Step;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.RequestListQuery;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.ApproveReview;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.FailLegalCheck;
import eu.consulate.domain.model.application.LegalCheckFailed;
import eu.consulate.domain.model.application.LegalCheckPassed;
import eu.consulate.domain.model.application.PassLegalCheck;
import eu.consulate.domain.model.application.RejectReview;
import eu.consulate.domain.model.application.ReviewApproved;
import eu.consulate.domain.model.application.ReviewRejected;
import eu.consulate.domain.model.application.SubmitApplication;
import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.infrastructure.persistence.ApplicationRepository;
import eu.consulate.infrastructure.persistence.ApplicationSummaryRow;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

/**
 * The use cases of a data access request: submit, follow, review, legal check. Each method is
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

    @Inject
    WorkflowPort workflow;

    /** The applicant submits a new request; returns its id. */
    public String submit(Actor actor, String applicantSubject, String title, String researchPurpose,
            List<String> datasetIds) {
        List<String> requested = datasetIds == null ? List.of() : datasetIds.stream()
                .filter(id -> id != null && !id.isBlank()).map(String::strip).distinct().toList();
        String dacId = owningCommittee(requested);
        String id = UUID.randomUUID().toString();
        List<ApplicationEvent> events = DataAccessApplication.submit(
                new SubmitApplication(id, title, researchPurpose, requested, dacId, applicantSubject), actor, Instant.now());
        applications.append(null, events);
        workflow.requestSubmitted(id, dacId);
        return id;
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
        Map<String, String> names = people.namesOf(application.history().stream().map(ApplicationEvent::actor)
                .collect(Collectors.toSet()));
        List<EventView> history = new java.util.ArrayList<>();
        int seq = 0;
        for (ApplicationEvent event : application.history()) {
            history.add(new EventView(++seq, event.type(), names.get(event.actor()), event.occurredAt(),
                    remarkOf(event)));
        }
        Views.PermitView permit = application.permitId().flatMap(permits::find).orElse(null);
        return new ApplicationDetails(application.id(), application.title(), application.researchPurpose(),
                application.applicantName(), application.dacId(), dacName, application.state().name(),
                application.state().label(), application.version(), application.submittedAt(),
                application.datasetIds().stream().map(datasets::get).filter(java.util.Objects::nonNull)
                        .map(d -> new DatasetView(d.id(), d.url(), d.title())).toList(),
                history, application.rejectionReason().orElse(null), permit,
                application.isAwaitingReviewBy(actor), application.isAwaitingLegalCheckBy(actor));
    }

    private static String remarkOf(ApplicationEvent event) {
        if (event instanceof ReviewApproved e) {
            return e.comment();
        } else if (event instanceof ReviewRejected e) {
            return e.reason();
        } else if (event instanceof LegalCheckPassed e) {
            return e.comment();
        } else if (event instanceof LegalCheckFailed e) {
            return e.reason();
        }
        return "";
    }

    public List<EventView> events(Actor actor, String applicationId) {
        return details(actor, applicationId).history();
    }

    public List<ApplicationSummary> mine(Actor actor) {
        return applications.summariesOf(actor.subject()).stream().map(DataAccessRequests::summary).toList();
    }

    /**
     * A page of the requests of the committees the actor sits on: every request where they
     * review (member, chair) or administer, and where they are the legal officer, those past the
     * committee's approval. Nobody else's.
     */
    public RequestPage committeeRequests(Actor actor, RequestListQuery query) {
        Set<String> full = new java.util.HashSet<>();
        Set<String> legal = new java.util.HashSet<>();
        for (String dacId : actor.seats().keySet()) {
            boolean reviews = (actor.hasRole(Actor.DAC_MEMBER) || actor.hasRole(Actor.DAC_CHAIR)) && actor.isMemberOf(dacId);
            if (reviews || actor.isAdminOf(dacId)) {
                full.add(dacId);
            } else if (actor.isLegalOfficerOf(dacId)) {
                legal.add(dacId);
            }
        }
        ApplicationRepository.Page page = applications.committeeRequests(full, legal,
                DataAccessApplication.VISIBLE_TO_LEGAL_OFFICERS, query);
        return new RequestPage(page.rows().stream().map(DataAccessRequests::summary).toList(), query.page(),
                query.size(), page.total(), page.countsByState());
    }

    /** The most rows one export holds: a larger list must be narrowed by its filter first. */
    public static final int EXPORT_MAX = 10_000;

    /**
     * The whole filtered list of the actor's committees' requests (same scope and filter as
     * {@link #committeeRequests}), for export; refused when it is longer than {@link #EXPORT_MAX}.
     */
    public List<ApplicationSummary> committeeRequestsForExport(Actor actor, RequestListQuery query) {
        RequestListQuery all = new RequestListQuery(query.states(), query.text(), query.sort(), query.ascending(), 0,
                RequestListQuery.MAX_SIZE);
        RequestPage first = committeeRequests(actor, all);
        if (first.total() > EXPORT_MAX) {
            throw ApplicationRuleViolation.invalidInput("The list has " + first.total() + " requests; an export holds at most "
                    + EXPORT_MAX + ". Narrow it with the state filter or a search.");
        }
        List<ApplicationSummary> rows = new java.util.ArrayList<>(first.items());
        for (int page = 1; rows.size() < first.total(); page++) {
            List<ApplicationSummary> more = committeeRequests(actor, new RequestListQuery(query.states(), query.text(),
                    query.sort(), query.ascending(), page, RequestListQuery.MAX_SIZE)).items();
            if (more.isEmpty()) {
                break; // rows went away while we read
            }
            rows.addAll(more);
        }
        return rows;
    }

    /** The open review and legal-check steps this user may act on, oldest first. */
    public List<TaskView> openTasks(Actor actor) {
        List<WorkflowPort.OpenTask> tasks = workflow.openTasksFor(actor.subject(), actor.roles());
        Map<String, ApplicationSummaryRow> summaries = applications.summaries(
                        tasks.stream().map(WorkflowPort.OpenTask::applicationId).collect(Collectors.toCollection(LinkedHashSet::new)))
                .stream().collect(Collectors.toMap(ApplicationSummaryRow::applicationId, Function.identity()));
        return tasks.stream()
                .filter(t -> summaries.containsKey(t.applicationId()))
                .filter(t -> !summaries.get(t.applicationId()).applicant().equals(actor.subject()))
                // the seat counts as it is now, not as it was when the step opened
                .filter(t -> mayAct(actor, t.step(), summaries.get(t.applicationId()).dacId()))
                .map(t -> {
                    ApplicationSummaryRow s = summaries.get(t.applicationId());
                    return new TaskView(t.taskId(), t.applicationId(), t.step().name(), s.title(), s.applicantName(),
                            Instant.ofEpochMilli(t.createdAt()), t.dueAt() == null ? null : Instant.ofEpochMilli(t.dueAt()));
                })
                .sorted(Comparator.comparing(TaskView::since))
                .toList();
    }

    private static boolean mayAct(Actor actor, Step step, String dacId) {
        return switch (step) {
            case DAC_REVIEW -> actor.isMemberOf(dacId);
            case LEGAL_CHECK -> actor.isLegalOfficerOf(dacId);
        };
    }

    public void approveReview(Actor actor, String applicationId, String comment) {
        decide(applicationId, a -> a.approveReview(new ApproveReview(comment), actor, Instant.now()), Step.DAC_REVIEW, true);
    }

    public void rejectReview(Actor actor, String applicationId, String reason) {
        decide(applicationId, a -> a.rejectReview(new RejectReview(reason), actor, Instant.now()), Step.DAC_REVIEW, false);
    }

    public void passLegalCheck(Actor actor, String applicationId, String comment) {
        decide(applicationId, a -> a.passLegalCheck(new PassLegalCheck(comment), actor, Instant.now()), Step.LEGAL_CHECK, true);
    }

    public void failLegalCheck(Actor actor, String applicationId, String reason) {
        decide(applicationId, a -> a.failLegalCheck(new FailLegalCheck(reason), actor, Instant.now()), Step.LEGAL_CHECK, false);
    }

    /** The domain decides (or refuses), the events are appended, then the workflow moves on. */
    private void decide(String applicationId, Function<DataAccessApplication, List<ApplicationEvent>> command,
            Step step, boolean approved) {
        DataAccessApplication application = load(applicationId);
        applications.append(application, command.apply(application));
        workflow.stepDecided(applicationId, step, approved);
    }

    private DataAccessApplication load(String applicationId) {
        return applications.find(applicationId).orElseThrow(() -> new NoSuchApplication(applicationId));
    }

    private DataAccessApplication visible(Actor actor, String applicationId) {
        DataAccessApplication application = load(applicationId);
        if (!application.canBeSeenBy(actor)) {
            throw ApplicationRuleViolation.forbidden("You may not see this request.");
        }
        return application;
    }

    private static ApplicationSummary summary(ApplicationSummaryRow row) {
        ApplicationState state = ApplicationState.valueOf(row.state());
        return new ApplicationSummary(row.applicationId(), row.title(), row.applicantName(), row.dacId(), state.name(),
                state.label(), Instant.ofEpochMilli(row.createdAt()), Instant.ofEpochMilli(row.updatedAt()));
    }
}
