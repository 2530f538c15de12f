package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Set;

import eu.consulate.application.Views.ApplicationSummary;
import eu.consulate.application.Views.RequestPage;
import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.DataAccessApplication;
import eu.consulate.domain.model.application.RequestListQuery;
import eu.consulate.infrastructure.persistence.RequestListRepository;
import eu.consulate.infrastructure.persistence.RequestListScope;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;

/**
 * The request lists of every role (ADR 6): a page of one's own requests or of one's committees'
 * requests, and the same lists whole for export. Who sees which rows follows from the actor's
 * seats; the rows come from the summary read model.
 */
@Stateless
public class RequestLists {

    @EJB
    RequestListRepository lists;

    /** A page of the actor's own requests; scope waiting: those returned to them or asking them to accept a fee. */
    public RequestPage myRequests(Actor actor, RequestListQuery query) {
        return page(RequestListScope.applicant(actor.subject()), query);
    }

    /**
     * A page of the requests of the committees the actor sits on: every request where they
     * review (member, chair) or administer, and where they are the legal officer, those past the
     * committee's approval. Scope waiting: the reviews and legal checks they may do now (never
     * on their own request, never the legal check of a request whose review they approved).
     */
    public RequestPage committeeRequests(Actor actor, RequestListQuery query) {
        return page(committeeScope(actor), query);
    }

    /** A page of {@link #myRequests}' rows alone: the next page of a list whose counts the caller has. */
    public List<ApplicationSummary> myRequestRows(Actor actor, RequestListQuery query) {
        return rows(RequestListScope.applicant(actor.subject()), query);
    }

    /** A page of {@link #committeeRequests}' rows alone: the next page of a list whose counts the caller has. */
    public List<ApplicationSummary> committeeRequestRows(Actor actor, RequestListQuery query) {
        return rows(committeeScope(actor), query);
    }

    /** The most rows one export holds: a larger list must be narrowed by its filter first. */
    public static final int EXPORT_MAX = 10_000;

    /** The actor's own requests, whole (same filter as {@link #myRequests}), for export. */
    public List<ApplicationSummary> myRequestsForExport(Actor actor, RequestListQuery query) {
        return export(RequestListScope.applicant(actor.subject()), query);
    }

    /**
     * The whole filtered list of the actor's committees' requests (same scope and filter as
     * {@link #committeeRequests}), for export; refused when it is longer than {@link #EXPORT_MAX}.
     */
    public List<ApplicationSummary> committeeRequestsForExport(Actor actor, RequestListQuery query) {
        return export(committeeScope(actor), query);
    }

    private RequestPage page(RequestListScope scope, RequestListQuery query) {
        RequestListRepository.Page page = lists.requestList(scope, query, Instant.now());
        return new RequestPage(page.rows().stream().map(RequestLists::summary).toList(), query.page(),
                query.size(), page.total(), page.countsByState(), page.countsByStep(), page.exact());
    }

    private List<ApplicationSummary> rows(RequestListScope scope, RequestListQuery query) {
        return lists.requestRows(scope, query, Instant.now()).stream().map(RequestLists::summary).toList();
    }

    private List<ApplicationSummary> export(RequestListScope scope, RequestListQuery query) {
        // counts stop early (COUNT_LIMIT): read pages (rows only) until one is short, refusing past EXPORT_MAX
        List<ApplicationSummary> rows = new java.util.ArrayList<>();
        for (int page = 0; ; page++) {
            List<ApplicationSummary> more = rows(scope, query.at(page, RequestListQuery.MAX_SIZE));
            rows.addAll(more);
            if (rows.size() > EXPORT_MAX) {
                throw ApplicationRuleViolation.invalidInput("The list has more than " + EXPORT_MAX
                        + " requests; an export holds at most " + EXPORT_MAX + ". Narrow it with a filter first.");
            }
            if (more.size() < RequestListQuery.MAX_SIZE) {
                return rows;
            }
        }
    }

    private static RequestListScope committeeScope(Actor actor) {
        Set<String> full = new java.util.HashSet<>();
        Set<String> legal = new java.util.HashSet<>();
        Set<String> reviews = new java.util.HashSet<>();
        Set<String> chairs = new java.util.HashSet<>();
        for (String dacId : actor.seats().keySet()) {
            boolean reviewer = (actor.hasRole(Actor.DAC_MEMBER) || actor.hasRole(Actor.DAC_CHAIR)) && actor.isMemberOf(dacId);
            if (reviewer) {
                reviews.add(dacId);
            }
            if (actor.isChairOf(dacId)) {
                chairs.add(dacId);
            }
            if (actor.isLegalOfficerOf(dacId)) {
                legal.add(dacId);
            }
            if (reviewer || actor.isAdminOf(dacId)) {
                full.add(dacId);
            }
        }
        Set<String> checksLegally = Set.copyOf(legal);
        legal.removeAll(full); // seen whole already
        return new RequestListScope(null, actor.subject(), full, legal, DataAccessApplication.VISIBLE_TO_LEGAL_OFFICERS,
                reviews, checksLegally, chairs);
    }


    private static ApplicationSummary summary(RequestListRepository.ListRow row) {
        ApplicationState state = ApplicationState.valueOf(row.state());
        return new ApplicationSummary(row.applicationId(), row.title(), row.applicantName(), row.dacId(), state.name(),
                state.label(), state.step(), Instant.ofEpochMilli(row.createdAt()), Instant.ofEpochMilli(row.updatedAt()),
                row.decidedAt() == null ? null : Instant.ofEpochMilli(row.decidedAt()),
                row.dueAt() == null ? null : Instant.ofEpochMilli(row.dueAt()));
    }
}
