package eu.consulate.infrastructure.persistence;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import eu.consulate.domain.model.application.ApplicationState;
import eu.consulate.domain.model.application.RequestListQuery;

/**
 * The SQL of request lists: who may see which rows ({@link RequestListScope}), the part of the
 * list, and the query's filters, as WHERE clauses over {@code application_summary s} with
 * numbered parameters shared by every clause this builder writes (a query made of several
 * clauses binds them once). Every value is a parameter, except a search word's prefix pattern
 * (letters and digits only, {@link SearchWords#prefixLiteral}); otherwise only column names
 * chosen here and enum names reach the SQL text.
 */
final class RequestListSql {

    private static final java.util.regex.Pattern REQUEST_ID = java.util.regex.Pattern
            .compile("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

    private final List<Object> parameters = new ArrayList<>();
    /** The search word whose stored words lead a committee list's search (the rarest), or null. */
    private final String leadingWord;
    private StringBuilder where;
    /** The one state the last clause pins (it then leads the order after the committee), or null. */
    private ApplicationState pinned;

    RequestListSql() {
        this(null);
    }

    /**
     * @param leadingWord the word of the query's search whose index range a committee list reads
     *                    first ({@link #searchWords}); the other words are checked per request
     */
    RequestListSql(String leadingWord) {
        this.leadingWord = leadingWord;
    }

    /**
     * The words of a search, or an empty list when the search is a request id or there is none.
     */
    static List<String> searchWords(RequestListQuery query) {
        if (query.text() == null || REQUEST_ID.matcher(query.text()).matches()) {
            return List.of();
        }
        return SearchWords.ofSearch(query.text());
    }

    /**
     * A WHERE clause for the scope, the query's part and filters, restricted to {@code states};
     * null when nothing can match (no committee, no state left).
     */
    String where(RequestListScope scope, RequestListQuery query, Set<ApplicationState> states, Instant now) {
        if (states.isEmpty()) {
            return null;
        }
        // a state condition only where it narrows: a needless one makes the database prefer the
        // (committee, state) index over the one that gives the page's order
        boolean narrows = !states.equals(scope.possibleStates(query.scope()));
        RequestListSql sql = this;
        where = new StringBuilder();
        pinned = null;
        if (!visibility(scope, query.scope() == RequestListQuery.Scope.WAITING)) {
            return null;
        }
        if (query.scope() == RequestListQuery.Scope.WAITING) {
            // a waiting clause pins its step's state when the committee waits on one step only
            if (scope.reviews().isEmpty() != scope.checksLegally().isEmpty()) {
                pinned = scope.reviews().isEmpty() ? ApplicationState.REVIEW_APPROVED : ApplicationState.SUBMITTED;
            }
        } else if (narrows && states.size() == 1) {
            pinned = states.iterator().next();
        }
        if (narrows) {
            sql.and(states.size() == 1 ? "s.state = " + sql.param(states.iterator().next().name())
                    : "s.state IN (" + states.stream().map(s -> sql.param(s.name())).collect(Collectors.joining(", ")) + ")");
        }
        if (query.scope() == RequestListQuery.Scope.DECIDED) {
            sql.and("s.decided_at IS NOT NULL");
        } else if (query.scope() == RequestListQuery.Scope.OPEN) {
            sql.and("s.decided_at IS NULL");
        }
        if (query.text() != null) {
            search(scope, query);
        }
        if (query.applicant() != null) {
            sql.and("LOWER(s.applicant_name) LIKE " + sql.param(like(query.applicant())) + " ESCAPE '!'");
        }
        if (query.datasetId() != null) {
            sql.and("s.application_id IN (SELECT d.application_id FROM application_dataset d WHERE d.dataset_id = "
                    + sql.param(query.datasetId()) + ")");
        }
        sql.range("s.created_at", query.submitted());
        sql.range("s.decided_at", query.decided());
        if (query.due() == RequestListQuery.Due.OVERDUE) {
            // with a lower bound: H2 starts a `<` range at the index's nulls (every decided request)
            sql.and("s.due_at >= 0 AND s.due_at < " + sql.param(now.toEpochMilli()));
        } else if (query.due() == RequestListQuery.Due.SOON) {
            sql.and("s.due_at >= " + sql.param(now.toEpochMilli()) + " AND s.due_at < "
                    + sql.param(now.plus(RequestListQuery.DUE_SOON).toEpochMilli()));
        }
        return where.toString();
    }

    /**
     * A request id finds that request; other text finds requests that have, for each word of the
     * search, a word in their title or applicant name that begins with it. In a committee list
     * the leading (rarest) word's rows are read from the (committee, word) index and the others
     * are checked per request; an applicant's own list checks every word per request.
     */
    private void search(RequestListScope scope, RequestListQuery query) {
        if (REQUEST_ID.matcher(query.text()).matches()) {
            and("s.application_id = " + param(query.text().toLowerCase(Locale.ROOT)));
            return;
        }
        List<String> words = SearchWords.ofSearch(query.text());
        if (words.isEmpty()) {
            and("1 = 0"); // only separators: no word to find
            return;
        }
        for (String word : words) {
            // a literal, not a parameter (SearchWords.prefixLiteral: letters and digits only)
            String pattern = SearchWords.prefixLiteral(word);
            if (scope.applicant() == null && word.equals(leadingWord)) {
                and("s.application_id IN (SELECT w.application_id FROM application_word w WHERE "
                        + committee("w.", new java.util.TreeSet<>(scope.committees())) + " AND w.word LIKE " + pattern + ")");
            } else {
                and("EXISTS (SELECT 1 FROM application_word x WHERE x.application_id = s.application_id AND x.word LIKE "
                        + pattern + ")");
            }
        }
    }

    private boolean visibility(RequestListScope scope, boolean waiting) {
        List<String> parts = new ArrayList<>();
        if (scope.applicant() != null) {
            // an applicant's own list; waiting: their returned requests and fees to accept
            parts.add("s.applicant = " + param(scope.applicant())
                    + (waiting ? " AND s.waits_on IN ('revision', 'fee')" : ""));
            if (!waiting) {
                // and the requests whose team they joined (issue 8): nothing of those waits for them
                parts.add("EXISTS (SELECT 1 FROM team_invitation t WHERE t.used_by = " + param(scope.applicant())
                        + " AND t.application_id = s.application_id)");
            }
        } else if (waiting) {
            if (!scope.reviews().isEmpty()) {
                // the committee's open step, if it is one the person may take (domain: allowedActions);
                // rows without a step kind come from before steps were recorded and wait on a review
                String me = param(scope.me());
                String notDone = "NOT EXISTS (SELECT 1 FROM application_step_done d WHERE d.application_id = s.application_id"
                        + " AND d.subject = " + me + ")";
                String steps = "(s.waits_on IS NULL OR s.waits_on IN ('completeness', 'review') AND " + notDone
                        + " OR s.waits_on = 'vote' AND (" + notDone
                        + (scope.chairs().isEmpty() ? "" : " OR " + committee(scope.chairs())) + ")"
                        + (scope.chairs().isEmpty() ? "" : " OR s.waits_on IN ('chair-decision', 'ethics') AND "
                                + committee(scope.chairs()) + " AND " + notDone) + ")";
                parts.add("(" + committee(scope.reviews()) + " AND s.state = 'SUBMITTED' AND s.applicant <> "
                        + me + " AND " + steps + ")");
            }
            if (!scope.checksLegally().isEmpty()) {
                String me = param(scope.me());
                parts.add("(" + committee(scope.checksLegally()) + " AND s.state = 'REVIEW_APPROVED'"
                        + " AND (s.waits_on IS NULL OR s.waits_on = 'legal-check')"
                        + " AND s.applicant <> " + me + " AND (s.reviewed_by IS NULL OR s.reviewed_by <> " + me + "))");
            }
        } else {
            if (!scope.fullView().isEmpty()) {
                parts.add(committee(scope.fullView()));
            }
            if (!scope.legalView().isEmpty()) {
                // as the states a legal officer may not see: no (committee, state) range to prefer
                parts.add("(" + committee(scope.legalView()) + " AND s.state NOT IN (" + params(java.util.EnumSet
                        .complementOf(java.util.EnumSet.copyOf(scope.legalStates())).stream().map(Enum::name).toList())
                        + "))");
            }
        }
        if (parts.isEmpty()) {
            return false;
        }
        and(parts.size() == 1 ? parts.get(0) : "(" + String.join(" OR ", parts) + ")");
        if (scope.applicant() == null) {
            // a request reaches the committee with its submission: not while its signing official has it
            and("s.state NOT IN ('AWAITING_SIGNATURE', 'SIGNATURE_DECLINED')");
        }
        return true;
    }

    private String committee(Set<String> dacIds) {
        return committee("s.", dacIds);
    }

    private String committee(String alias, Set<String> dacIds) {
        return dacIds.size() == 1 ? alias + "dac_id = " + param(dacIds.iterator().next())
                : alias + "dac_id IN (" + params(dacIds) + ")";
    }

    private void range(String column, RequestListQuery.DayRange range) {
        if (range == null) {
            return;
        }
        if (range.start() != null) {
            and(column + " >= " + param(range.start().toEpochMilli()));
        } else if (range.end() != null) {
            // a lower bound all the same: H2 starts a `<` range at the index's nulls (e.g. every open request)
            and(column + " >= 0");
        }
        if (range.end() != null) {
            and(column + " < " + param(range.end().toEpochMilli()));
        }
    }

    /**
     * ORDER BY for the query, with the id as tie-breaker so that pages never overlap; columns
     * prefixed with {@code prefix} ("s." inside a branch, "" over the union of branches). Over
     * one committee ({@code oneCommittee}) the committee leads: the order is the same, and it
     * names every column of the (committee, column, id) index, which H2 needs to read the
     * index in order instead of sorting the committee's rows.
     */
    /** The state the last {@link #where} pinned, or null. */
    ApplicationState pinned() {
        return pinned;
    }

    static String order(RequestListQuery query, String prefix, boolean oneCommittee) {
        return order(query, prefix, oneCommittee, false);
    }

    /**
     * As {@link #order(RequestListQuery, String, boolean)}; with {@code pinnedState} (the clause
     * fixes one state) the state follows the committee, naming the (committee, state, submission,
     * id) index when the list is in submission order.
     */
    static String order(RequestListQuery query, String prefix, boolean oneCommittee, boolean pinnedState) {
        String column = switch (query.sort()) {
            case SUBMITTED -> "created_at";
            case UPDATED -> "updated_at";
            case TITLE -> "title";
            case STATE -> "state";
            case DUE -> "due_at";
            case DECIDED -> "decided_at";
        };
        String direction = query.ascending() ? " ASC" : " DESC";
        String lead = oneCommittee ? prefix + "dac_id" + direction + ", " : "";
        if (oneCommittee && pinnedState && query.sort() == RequestListQuery.Sort.SUBMITTED) {
            lead += prefix + "state" + direction + ", ";
        }
        return " ORDER BY " + lead + prefix + column + direction + ", " + prefix + "application_id" + direction;
    }

    private void and(String condition) {
        where.append(where.length() == 0 ? " WHERE " : " AND ").append(condition);
    }

    private String param(Object value) {
        parameters.add(value);
        return "?" + parameters.size();
    }

    private String params(Collection<String> values) {
        return values.stream().map(this::param).collect(Collectors.joining(", "));
    }

    /**
     * The SQL that counts, up to {@code limit + 1}, the stored words of {@code committees} that
     * begin with {@code word}, one branch per committee (H2 reads the (committee, word) range for
     * `committee = ?`, but for `committee IN (...)` the committees' every word); its parameters
     * are this builder's.
     */
    String wordCount(List<String> committees, String word, int limit) {
        String pattern = SearchWords.prefixLiteral(word);
        List<String> branches = new ArrayList<>();
        for (String dacId : committees) {
            branches.add("(SELECT 1 AS one FROM application_word w WHERE w.dac_id = " + param(dacId)
                    + " AND w.word LIKE " + pattern + " LIMIT " + (limit + 1) + ")");
        }
        return "SELECT COUNT(*) FROM (SELECT u.one FROM (" + String.join(" UNION ALL ", branches) + ") u LIMIT "
                + (limit + 1) + ") c";
    }

    private static String like(String text) {
        return "%" + text.toLowerCase(Locale.ROOT).replace("!", "!!").replace("%", "!%").replace("_", "!_") + "%";
    }

    List<Object> parameters() {
        return parameters;
    }
}
