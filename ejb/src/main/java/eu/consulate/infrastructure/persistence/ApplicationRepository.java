package eu.consulate.infrastructure.persistence;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import eu.consulate.domain.model.application.ApplicationEvent;
import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.RequestListQuery;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.application.DataAccessApplication;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;

/**
 * Loads applications by replaying their events and appends new events. Appending checks the
 * expected version: the unique (application, seq) key lets only one of two concurrent writers
 * through; the other gets a conflict and its transaction is rolled back with everything it did.
 * The summary read model is rewritten in the same transaction.
 */
@Stateless
public class ApplicationRepository {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    public Optional<DataAccessApplication> find(String applicationId) {
        List<ApplicationEvent> events = history(applicationId);
        return events.isEmpty() ? Optional.empty() : Optional.of(DataAccessApplication.replay(events));
    }

    public List<ApplicationEvent> history(String applicationId) {
        return em.createQuery("select e from StoredEvent e where e.applicationId = :id order by e.seq", StoredEvent.class)
                .setParameter("id", applicationId)
                .getResultList().stream()
                .map(e -> EventCodec.event(e.type(), e.applicationId(), e.actor(), Instant.ofEpochMilli(e.occurredAt()),
                        e.payload()))
                .toList();
    }

    /**
     * Appends events decided on {@code current} (null for a new application) and returns the
     * application with them applied.
     */
    public DataAccessApplication append(DataAccessApplication current, List<ApplicationEvent> events) {
        int seq = current == null ? 0 : current.version();
        for (ApplicationEvent event : events) {
            seq++;
            em.persist(new StoredEvent(UUID.randomUUID().toString(), event.applicationId(), seq, event.type(),
                    event.actor(), event.occurredAt().toEpochMilli(), EventCodec.payload(event)));
        }
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!isConcurrentChange(e)) {
                throw e; // ours, not a concurrent change: a 500 with a reference, never a 409
            }
            // another transaction appended the same sequence number first (unique key), or the
            // database chose this transaction as the loser of that race (deadlock, serialization)
            throw ApplicationRuleViolation.conflict(
                    "Someone else changed this request at the same time. Reload it and try again.");
        }
        DataAccessApplication updated = current == null ? DataAccessApplication.replay(events) : current.apply(events);
        writeSummary(updated);
        return updated;
    }

    private void writeSummary(DataAccessApplication application) {
        ApplicationSummaryRow row = em.find(ApplicationSummaryRow.class, application.id());
        if (row == null) {
            row = new ApplicationSummaryRow(application.id());
            em.persist(row);
        }
        row.update(application.applicant(), application.applicantName(), application.dacId(), application.title(), application.state().name(),
                application.version(), application.submittedAt().toEpochMilli(),
                application.lastChangedAt().toEpochMilli());
    }

    public List<ApplicationSummaryRow> summariesOf(String applicant) {
        return em.createQuery("select s from ApplicationSummaryRow s where s.applicant = :a order by s.createdAt desc",
                ApplicationSummaryRow.class).setParameter("a", applicant).getResultList();
    }

    public List<ApplicationSummaryRow> summaries(java.util.Collection<String> applicationIds) {
        if (applicationIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select s from ApplicationSummaryRow s where s.applicationId in :ids order by s.createdAt",
                ApplicationSummaryRow.class).setParameter("ids", applicationIds).getResultList();
    }

    /** One page of a list, the number of rows of the whole list, and how many of those are in each state. */
    public record Page(List<ApplicationSummaryRow> rows, long total, java.util.Map<String, Long> countsByState) {
    }

    /**
     * A page of the requests of the given committees, read from the summary read model (indexed
     * on committee and state, committee and dates): all of {@code fullView}'s, and of
     * {@code legalView}'s only those in {@code legalStates}. Counts ignore the state filter, so
     * that a list can show how many requests each state filter would give.
     */
    public Page committeeRequests(java.util.Collection<String> fullView, java.util.Collection<String> legalView,
            java.util.Collection<ApplicationState> legalStates, RequestListQuery query) {
        if (fullView.isEmpty() && legalView.isEmpty()) {
            return new Page(List.of(), 0, java.util.Map.of());
        }
        String scope = " from ApplicationSummaryRow s where (s.dacId in :full or (s.dacId in :legal and s.state in :legalStates))";
        String text = query.text() == null ? ""
                : " and (lower(s.title) like :q escape '!' or lower(s.applicantName) like :q escape '!' or s.applicationId = :id)";
        String states = query.states().isEmpty() ? "" : " and s.state in :states";
        String order = " order by s." + switch (query.sort()) {
            case SUBMITTED -> "createdAt";
            case UPDATED -> "updatedAt";
            case TITLE -> "title";
            case STATE -> "state";
        } + (query.ascending() ? " asc" : " desc") + ", s.applicationId" + (query.ascending() ? " asc" : " desc");
        var rows = bind(em.createQuery("select s" + scope + states + text + order, ApplicationSummaryRow.class),
                fullView, legalView, legalStates, query, true)
                .setFirstResult(query.offset()).setMaxResults(query.size()).getResultList();
        long total = bind(em.createQuery("select count(s)" + scope + states + text, Long.class),
                fullView, legalView, legalStates, query, true).getSingleResult();
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        bind(em.createQuery("select s.state, count(s)" + scope + text + " group by s.state", Object[].class),
                fullView, legalView, legalStates, query, false).getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return new Page(rows, total, counts);
    }

    private static <T> jakarta.persistence.TypedQuery<T> bind(jakarta.persistence.TypedQuery<T> jpql,
            java.util.Collection<String> fullView, java.util.Collection<String> legalView,
            java.util.Collection<ApplicationState> legalStates, RequestListQuery query, boolean withStates) {
        // an IN list must not be empty: "-" is no committee id
        jpql.setParameter("full", fullView.isEmpty() ? List.of("-") : List.copyOf(fullView));
        jpql.setParameter("legal", legalView.isEmpty() ? List.of("-") : List.copyOf(legalView));
        jpql.setParameter("legalStates", legalStates.stream().map(Enum::name).toList());
        if (withStates && !query.states().isEmpty()) {
            jpql.setParameter("states", query.states().stream().map(Enum::name).toList());
        }
        if (query.text() != null) {
            String escaped = query.text().toLowerCase(java.util.Locale.ROOT)
                    .replace("!", "!!").replace("%", "!%").replace("_", "!_");
            jpql.setParameter("q", "%" + escaped + "%");
            jpql.setParameter("id", query.text());
        }
        return jpql;
    }

    public long eventCount(String applicationId) {
        return em.createQuery("select count(e) from StoredEvent e where e.applicationId = :id", Long.class)
                .setParameter("id", applicationId).getSingleResult();
    }

    /**
     * Whether the database refused the append because another transaction got there first: SQL
     * state class 23 (integrity constraint: the unique (application, sequence) key) or 40
     * (transaction rollback: deadlock, serialization failure). Anything else is not a race.
     */
    public static boolean isConcurrentChange(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof java.sql.SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("23") || sql.getSQLState().startsWith("40"))) {
                return true;
            }
        }
        return false;
    }
}
