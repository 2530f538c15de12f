package eu.consulate.infrastructure.persistence;

import java.time.Instant;
import java.util.List;

import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.RequestListQuery;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * Reads request lists from the summary read model (ADR 6): a page of rows in index order, and
 * the counts per state, kept ({@link StateCounts}) or counted from the list's first rows. The
 * summary itself is written by {@link ApplicationRepository} with the events.
 */
@Stateless
public class RequestListRepository {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

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
        String leadingWord = leadingWord(scope, query);
        List<ListRow> rows = rows(scope, query, query.statesIn(scope.possibleStates(query.scope())), now, leadingWord);
        return counted(scope, query, now, rows, leadingWord);
    }

    /**
     * The page's rows alone, without the counts: the next page of a list whose counts the caller
     * has (a page's table), or the pages of an export.
     */
    public List<ListRow> requestRows(RequestListScope scope, RequestListQuery query, Instant now) {
        java.util.Set<ApplicationState> wanted = query.statesIn(scope.possibleStates(query.scope()));
        return rows(scope, query, wanted, now, leadingWord(scope, query));
    }

    private Page counted(RequestListScope scope, RequestListQuery query, Instant now, List<ListRow> rows,
            String leadingWord) {
        java.util.Set<ApplicationState> possible = scope.possibleStates(query.scope());
        java.util.Set<ApplicationState> wanted = query.statesIn(possible);
        java.util.Map<String, Long> counts = new java.util.TreeMap<>();
        long total = 0;
        boolean exact = true;
        java.util.Map<ApplicationState, Long> kept = keptCounts(scope, query);
        if (kept == null) {
            // the list's first COUNT_LIMIT + 1 rows (any state it may show), counted per state
            kept = cappedCounts(scope, query, possible, now, leadingWord);
            exact = kept.values().stream().mapToLong(Long::longValue).sum() <= COUNT_LIMIT;
        }
        for (ApplicationState state : possible) {
            // a committee list never shows a request its signing official has
            long count = scope.applicant() == null && !state.reachedCommittee() ? 0 : kept.getOrDefault(state, 0L);
            counts.put(state.name(), count);
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

    /**
     * The counts per state of a committee list (all, open or decided) that narrows by states
     * only, from the counts kept with the summary (migration 29); null for other lists: an
     * applicant's own list, a waiting list, or one with a search or filter, whose rows are counted.
     */
    private java.util.Map<ApplicationState, Long> keptCounts(RequestListScope scope, RequestListQuery query) {
        if (scope.applicant() != null || query.scope() == RequestListQuery.Scope.WAITING || !query.narrowsByStateOnly()) {
            return null;
        }
        Boolean decided = switch (query.scope()) {
            case OPEN -> false;
            case DECIDED -> true;
            default -> null;
        };
        return StateCounts.read(em, scope.fullView(), scope.legalView(), scope.legalStates(), decided);
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
     * committees (each count stopped after {@link #LEADING_WORD_LIMIT}), when it is rare enough (at most
     * {@link #LEADING_WORD_LIMIT} stored words): the search then reads its index range and checks the
     * other words per request. Null when every word is common, for an applicant's list or a
     * search without words: every word is then checked per request while the list is read in its
     * index order, which finds a page (and the counted rows) quickly because most requests match.
     * (H2 reads a word-led `IN` in no order: for a common word it read the committee's every row
     * to sort them, 1.1 s at 1M for "kidney" among decided requests.)
     */
    private String leadingWord(RequestListScope scope, RequestListQuery query) {
        List<String> words = RequestListSql.searchWords(query);
        if (scope.applicant() != null || words.isEmpty() || scope.committees().isEmpty()) {
            return null;
        }
        String rarest = null;
        long fewest = Long.MAX_VALUE;
        for (String word : words) {
            RequestListSql sql = new RequestListSql();
            var count = em.createNativeQuery(sql.wordCount(scope.committees(), word, LEADING_WORD_LIMIT));
            bind(count, sql);
            long found = number(count.getSingleResult());
            if (found < fewest) {
                rarest = word;
                fewest = found;
            }
        }
        return fewest <= LEADING_WORD_LIMIT ? rarest : null;
    }

    /**
     * The most stored words a search word may match and still lead the search. Measured on H2 at
     * 1M (a committee of 100k requests): 10,000 made a search for a word of a tenth of the
     * committee faster (1.6 s → 1.0 s) and one for a more common prefix slower (68 → 311 ms);
     * neither is within the list goal. Searches for a rare word (a title) answer in tens of ms.
     */
    static final int LEADING_WORD_LIMIT = 1_000;

    /**
     * Counts per state of the list's first {@link #COUNT_LIMIT} + 1 rows, in whatever order the
     * database reads them: one query without a condition on the state, so that the database reads
     * the index its filter narrows best (a decision month, a search word, a deadline) and stops
     * after the limit. (One count per state made H2 read a committee's (committee, state) range
     * for each state, checking the filter on every row: 15 s for last month's decisions at 1M.)
     * Below the limit the counts are exact; past it, they are lower bounds.
     */
    private java.util.Map<ApplicationState, Long> cappedCounts(RequestListScope scope, RequestListQuery query,
            java.util.Set<ApplicationState> possible, Instant now, String leadingWord) {
        RequestListSql sql = new RequestListSql(leadingWord);
        java.util.Map<ApplicationState, Long> counts = new java.util.EnumMap<>(ApplicationState.class);
        int limit = COUNT_LIMIT + 1;
        String firstRows;
        if (scope.applicant() != null || scope.committees().size() <= 1) {
            String where = sql.where(scope, query, possible, now);
            if (where == null) {
                return counts;
            }
            firstRows = "SELECT s.state FROM application_summary s" + where + " LIMIT " + limit;
        } else {
            // one branch per committee, as the rows: H2 reads an index range for `committee = ?`
            // and a filter's column, but for `committee IN (...)` only the committees' whole ranges
            List<String> branches = new java.util.ArrayList<>();
            for (String dacId : scope.committees()) {
                String where = sql.where(scope.only(dacId), query, possible, now);
                if (where != null) {
                    branches.add("(SELECT s.state FROM application_summary s" + where + " LIMIT " + limit + ")");
                }
            }
            if (branches.isEmpty()) {
                return counts;
            }
            firstRows = "SELECT u.state FROM (" + String.join(" UNION ALL ", branches) + ") u LIMIT " + limit;
        }
        var count = em.createNativeQuery("SELECT c.state, COUNT(*) FROM (" + firstRows + ") c GROUP BY c.state");
        bind(count, sql);
        @SuppressWarnings("unchecked")
        List<Object[]> rows = count.getResultList();
        for (Object[] row : rows) {
            counts.put(ApplicationState.valueOf((String) row[0]), number(row[1]));
        }
        return counts;
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
}
