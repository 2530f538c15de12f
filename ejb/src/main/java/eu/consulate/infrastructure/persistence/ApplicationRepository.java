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

    /** Tells observers (notifications) of every change, in the transaction that made it. */
    @jakarta.inject.Inject
    jakarta.enterprise.event.Event<RequestChanged> changes;

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
        changes.fire(new RequestChanged(updated, List.copyOf(events)));
        return updated;
    }

    /**
     * Rewrites the summary row of an application from its events; its datasets and search words
     * are written with a new row, with a row an older projection wrote, and (words) when the
     * title or the applicant's name changed.
     */
    void writeSummary(DataAccessApplication application) {
        SummaryProjection.Values values = SummaryProjection.of(application);
        ApplicationSummaryRow row = em.find(ApplicationSummaryRow.class, application.id());
        // the row is complete before any native statement below makes the persistence context flush
        if (row == null) {
            row = new ApplicationSummaryRow(application.id());
            row.update(values);
            em.persist(row);
            datasetsOf(values);
            wordsOf(values);
            doneOnStepOf(values);
        } else {
            boolean outdated = row.projection() < SummaryProjection.VERSION;
            boolean renamed = !values.title().equals(row.title()) || !values.applicantName().equals(row.applicantName())
                    || !values.dacId().equals(row.dacId());
            // only a vote or a separate step has anyone done with it: most appends skip the delete
            boolean hadDone = outdated || "vote".equals(row.waitsOn()) || !values.doneOnStep().isEmpty()
                    || row.waitsOn() != null && !row.waitsOn().equals(values.waitsOn());
            row.update(values);
            if (hadDone) {
                em.createNativeQuery("DELETE FROM application_step_done WHERE application_id = ?1")
                        .setParameter(1, application.id()).executeUpdate();
                doneOnStepOf(values);
            }
            if (outdated) {
                em.createNativeQuery("DELETE FROM application_dataset WHERE application_id = ?1")
                        .setParameter(1, application.id()).executeUpdate();
                datasetsOf(values);
            }
            if (outdated || renamed) {
                em.createNativeQuery("DELETE FROM application_word WHERE application_id = ?1")
                        .setParameter(1, application.id()).executeUpdate();
                wordsOf(values);
            }
        }
    }

    private void datasetsOf(SummaryProjection.Values values) {
        for (String datasetId : values.datasetIds()) {
            em.createNativeQuery("INSERT INTO application_dataset (application_id, dataset_id) VALUES (?1, ?2)")
                    .setParameter(1, values.applicationId()).setParameter(2, datasetId).executeUpdate();
        }
    }

    private void doneOnStepOf(SummaryProjection.Values values) {
        for (String subject : values.doneOnStep()) {
            em.createNativeQuery("INSERT INTO application_step_done (application_id, subject) VALUES (?1, ?2)")
                    .setParameter(1, values.applicationId()).setParameter(2, subject).executeUpdate();
        }
    }

    private void wordsOf(SummaryProjection.Values values) {
        for (String word : values.words()) {
            em.createNativeQuery("INSERT INTO application_word (dac_id, word, application_id) VALUES (?1, ?2, ?3)")
                    .setParameter(1, values.dacId()).setParameter(2, word).setParameter(3, values.applicationId())
                    .executeUpdate();
        }
    }

    /** Ids of up to {@code limit} summary rows an older projection wrote. */
    public List<String> outdatedSummaries(int limit) {
        return em.createQuery("select s.applicationId from ApplicationSummaryRow s where s.projection < :v", String.class)
                .setParameter("v", SummaryProjection.VERSION).setMaxResults(limit).getResultList();
    }

    /**
     * Rewrites the given summary rows from their events (rows written before a projection
     * change); returns how many had events to rewrite them from.
     */
    public int rewriteSummaries(List<String> applicationIds) {
        int rewritten = 0;
        for (String id : applicationIds) {
            var application = find(id);
            if (application.isPresent()) {
                writeSummary(application.get());
                rewritten++;
            }
        }
        return rewritten;
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

    /** The most rows a count reads: beyond it, a list says "more than" instead of counting on. */
    public static final int COUNT_LIMIT = 1_000;

    /** One row of a request list, as the summary holds it (times in epoch milliseconds). */
    public record ListRow(String applicationId, String title, String applicantName, String dacId, String state,
            long createdAt, long updatedAt, Long decidedAt, Long dueAt) {
    }

    /**
     * One page of a list; how many rows the whole list has and how many of those are in each
     * state (ignoring the state filter, so that a filter can show what it would give). Counts
     * stop after {@link #COUNT_LIMIT}: a count above it means "more than that", and
     * {@code exact} is false.
     */
    public record Page(List<ListRow> rows, long total, java.util.Map<String, Long> countsByState,
            java.util.Map<String, Long> countsByStep, boolean exact) {
    }

    /**
     * A page of a request list from the summary read model: the rows {@code scope} lets the
     * caller see, narrowed by the query. Each count is a separate query on one state, stopped
     * after {@link #COUNT_LIMIT} rows, so that a list costs the same at a thousand requests and
     * at a million; the indexes on (committee, state, submission), (committee, decision) and
     * (committee, deadline) serve the common orders.
     */
    public Page requestList(RequestListScope scope, RequestListQuery query, Instant now) {
        java.util.Set<ApplicationState> possible = scope.possibleStates(query.scope());
        java.util.Set<ApplicationState> wanted = query.statesIn(possible);
        String leadingWord = leadingWord(scope, query);
        List<ListRow> rows = rows(scope, query, wanted, now, leadingWord);
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        long total = 0;
        boolean exact = true;
        for (ApplicationState state : possible) {
            // one index range per committee, stopped after COUNT_LIMIT rows: order does not matter here
            RequestListSql sql = new RequestListSql(leadingWord);
            String where = sql.where(scope, query, java.util.EnumSet.of(state), now);
            long count = where == null ? 0 : cappedCount(sql, where);
            counts.put(state.name(), count);
            exact &= count <= COUNT_LIMIT;
            if (wanted.contains(state)) {
                total += count;
            }
        }
        // a step is a set of states: its count is theirs (no query)
        java.util.Map<String, Long> steps = new java.util.TreeMap<>();
        for (ApplicationState state : possible) {
            if (state.step() != null) {
                steps.merge(state.step(), counts.get(state.name()), Long::sum);
            }
        }
        return new Page(rows, total, counts, steps, exact);
    }

    private static final String COLUMNS = "s.application_id, s.title, s.applicant_name, s.dac_id, s.state, s.created_at,"
            + " s.updated_at, s.decided_at, s.due_at";

    /**
     * The page's rows. Over one committee (or an applicant's own requests) one query; over
     * several, one branch per committee, each ordered and cut by its own index on (committee,
     * sort column), merged by UNION ALL: the database never sorts a committee's whole list.
     */
    private List<ListRow> rows(RequestListScope scope, RequestListQuery query, java.util.Set<ApplicationState> wanted,
            Instant now, String leadingWord) {
        RequestListSql sql = new RequestListSql(leadingWord);
        List<String> committees = scope.committees();
        // one query for an applicant's own list or one committee; else one branch per committee
        boolean single = scope.applicant() != null || committees.size() <= 1;
        String select;
        if (single) {
            String where = sql.where(scope, query, wanted, now);
            if (where == null) {
                return List.of();
            }
            select = "SELECT " + COLUMNS + " FROM application_summary s" + where
                    + RequestListSql.order(query, "s.", scope.applicant() == null, sql.pinned() != null);
        } else {
            int reach = query.offset() + query.size();
            List<String> branches = new java.util.ArrayList<>();
            for (String dacId : committees) {
                String where = sql.where(scope.only(dacId), query, wanted, now);
                if (where != null) {
                    branches.add("(SELECT " + COLUMNS + " FROM application_summary s" + where
                            + RequestListSql.order(query, "s.", true, sql.pinned() != null) + " LIMIT " + reach + ")");
                }
            }
            if (branches.isEmpty()) {
                return List.of();
            }
            select = "SELECT * FROM (" + String.join(" UNION ALL ", branches) + ") u" + RequestListSql.order(query, "", false)
                    + " LIMIT " + query.size() + " OFFSET " + query.offset();
        }
        var rowsQuery = em.createNativeQuery(select);
        bind(rowsQuery, sql);
        if (single) {
            rowsQuery.setFirstResult(query.offset()).setMaxResults(query.size());
        }
        @SuppressWarnings("unchecked")
        List<Object[]> found = rowsQuery.getResultList();
        return found.stream().map(r -> new ListRow((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                (String) r[4], number(r[5]), number(r[6]), nullableNumber(r[7]), nullableNumber(r[8]))).toList();
    }

    /**
     * The word of a committee list's search with the fewest stored words in the caller's
     * committees (each count stopped after {@link #COUNT_LIMIT}): the search reads its index
     * range and checks the other words per request, so that a common word ("study") never
     * drives a search for a rare one. Null for an applicant's list or a search without words.
     */
    private String leadingWord(RequestListScope scope, RequestListQuery query) {
        List<String> words = RequestListSql.searchWords(query);
        if (scope.applicant() != null || words.isEmpty() || scope.committees().isEmpty()) {
            return null;
        }
        if (words.size() == 1) {
            return words.get(0);
        }
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        for (String word : words) {
            RequestListSql sql = new RequestListSql();
            var count = em.createNativeQuery(sql.wordCount(new java.util.TreeSet<>(scope.committees()), word, COUNT_LIMIT));
            bind(count, sql);
            long found = number(count.getSingleResult());
            if (found < fewest) {
                rarest = word;
                fewest = found;
            }
        }
        return rarest;
    }

    private long cappedCount(RequestListSql sql, String where) {
        var count = em.createNativeQuery("SELECT COUNT(*) FROM (SELECT 1 AS one FROM application_summary s" + where
                + " LIMIT " + (COUNT_LIMIT + 1) + ") c");
        bind(count, sql);
        return number(count.getSingleResult());
    }

    private static void bind(jakarta.persistence.Query query, RequestListSql sql) {
        for (int i = 0; i < sql.parameters().size(); i++) {
            query.setParameter(i + 1, sql.parameters().get(i));
        }
    }

    private static long number(Object value) {
        return ((Number) value).longValue();
    }

    private static Long nullableNumber(Object value) {
        return value == null ? null : ((Number) value).longValue();
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
