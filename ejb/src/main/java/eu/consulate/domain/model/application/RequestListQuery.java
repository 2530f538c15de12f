package eu.consulate.domain.model.application;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A page of a request list as somebody asked for it: which part of the list (waiting for me,
 * open, decided, all), which filters, which order, which page. Checked here, before any query:
 * an unknown parameter, scope, state, step, sort field or direction, a malformed or reversed
 * date range, a negative page or a page size above {@link #MAX_SIZE} is the caller's mistake,
 * never a full-table answer. A filter only narrows: who sees which requests is decided by the
 * service, not by anything here.
 *
 * @param states    empty: every state the scope allows
 * @param text      a request id, or words each of which begins a word of the title or the applicant's name; null: none
 * @param datasetId only requests covering this dataset; null: any
 * @param applicant only requests whose applicant's username contains this; null: any
 * @param submitted only requests submitted in this range of days (UTC); null: any time
 * @param decided   only requests decided in this range of days (UTC); null: any time, decided or not
 * @param due       only requests whose decision is due within {@link #DUE_SOON} or overdue; null: any
 */
public record RequestListQuery(Scope scope, Set<ApplicationState> states, String text, String datasetId,
        String applicant, DayRange submitted, DayRange decided, Due due, Sort sort, boolean ascending, int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_TEXT = 200;
    /** The deepest a list pages (as far as its counts go): a page beyond it is refused, not scanned to. */
    public static final int MAX_OFFSET = 10_000;
    /** "Due soon": the decision deadline falls within the next two weeks. */
    public static final Duration DUE_SOON = Duration.ofDays(14);

    /** The parameters a list understands, in the order the API documents them. */
    public static final List<String> PARAMETERS = List.of("scope", "state", "step", "q", "dataset", "applicant",
            "submittedFrom", "submittedTo", "decidedFrom", "decidedTo", "due", "sort", "dir", "page", "size");

    /** Which part of the list. */
    public enum Scope {
        /** Requests whose open step the caller may act on now. */
        WAITING,
        /** Requests still under way (not in a final state). */
        OPEN,
        /** Requests whose outcome is settled: rejected, legal check failed or passed (and permit issued). */
        DECIDED,
        /** Everything the caller may see. */
        ALL
    }

    /** What a list can be ordered by. */
    public enum Sort {
        SUBMITTED, UPDATED, TITLE, STATE, DUE, DECIDED
    }

    /** Deadline filters: due within {@link #DUE_SOON}, or past the deadline without a decision. */
    public enum Due {
        SOON, OVERDUE
    }

    /** Whole UTC days, both ends included; either end may be open (null). */
    public record DayRange(LocalDate from, LocalDate to) {

        /** The first instant of the range, or null. */
        public Instant start() {
            return from == null ? null : from.atStartOfDay(ZoneOffset.UTC).toInstant();
        }

        /** The first instant after the range, or null. */
        public Instant end() {
            return to == null ? null : to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        }
    }

    public RequestListQuery {
        Objects.requireNonNull(scope, "scope");
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(states);
        Objects.requireNonNull(sort, "sort");
    }

    /** The first page of everything, newest first. */
    public static RequestListQuery all() {
        return parse(Map.of());
    }

    /**
     * Parses the parameters as a page's address or the API sends them (name to values; a
     * parameter given twice where one is expected is refused); missing ones take the defaults:
     * scope all, newest first, page 0 of 20. The waiting list is oldest first by default, the
     * decided list by decision, latest first.
     */
    public static RequestListQuery parse(Map<String, List<String>> parameters) {
        Map<String, List<String>> given = new LinkedHashMap<>();
        parameters.forEach((name, values) -> {
            if (!PARAMETERS.contains(name)) {
                throw ApplicationRuleViolation.invalidInput("Unknown parameter '" + name + "'; a list understands "
                        + String.join(", ", PARAMETERS) + ".");
            }
            List<String> nonBlank = values == null ? List.of()
                    : values.stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (!nonBlank.isEmpty()) {
                given.put(name, nonBlank);
            }
        });
        Scope scope = one(given, "scope", Scope.class, Scope.ALL);
        Set<ApplicationState> states = EnumSet.noneOf(ApplicationState.class);
        for (String state : given.getOrDefault("state", List.of())) {
            states.add(constant(ApplicationState.class, "state", state));
        }
        if (given.containsKey("step")) {
            Set<ApplicationState> atStep = EnumSet.noneOf(ApplicationState.class);
            for (String step : given.get("step")) {
                Set<ApplicationState> matching = EnumSet.noneOf(ApplicationState.class);
                for (ApplicationState s : ApplicationState.values()) {
                    if (step.equalsIgnoreCase(s.step())) {
                        matching.add(s);
                    }
                }
                if (matching.isEmpty()) {
                    throw ApplicationRuleViolation.invalidInput("Unknown step '" + step
                            + "'; known: review, legal-check, permit.");
                }
                atStep.addAll(matching);
            }
            if (states.isEmpty()) {
                states = atStep;
            } else {
                states.retainAll(atStep);
                if (states.isEmpty()) {
                    throw ApplicationRuleViolation.invalidInput("No state of the state filter is at the step filter's step.");
                }
            }
        }
        String text = text(given, "q", "search");
        String applicant = text(given, "applicant", "applicant filter");
        String dataset = text(given, "dataset", "dataset filter");
        DayRange submitted = range(given, "submittedFrom", "submittedTo");
        DayRange decided = range(given, "decidedFrom", "decidedTo");
        Due due = one(given, "due", Due.class, null);
        // decided lists show the latest decisions first, the others the latest submissions
        Sort sort = one(given, "sort", Sort.class, scope == Scope.DECIDED ? Sort.DECIDED : Sort.SUBMITTED);
        String direction = single(given, "dir");
        boolean ascending;
        if (direction == null) {
            ascending = scope == Scope.WAITING;
        } else if (direction.equalsIgnoreCase("asc")) {
            ascending = true;
        } else if (direction.equalsIgnoreCase("desc")) {
            ascending = false;
        } else {
            throw ApplicationRuleViolation.invalidInput("The direction is asc or desc, not '" + direction + "'.");
        }
        int page = number(given, "page", 0);
        int size = number(given, "size", DEFAULT_SIZE);
        if (page < 0) {
            throw ApplicationRuleViolation.invalidInput("The page is 0 or more.");
        }
        if (size < 1 || size > MAX_SIZE) {
            throw ApplicationRuleViolation.invalidInput("The page size is 1 to " + MAX_SIZE + ".");
        }
        if ((long) page * size > MAX_OFFSET) {
            throw ApplicationRuleViolation.invalidInput("A list pages through its first " + MAX_OFFSET
                    + " rows; narrow it with a filter or a search to reach the others.");
        }
        return new RequestListQuery(scope, states, text, dataset, applicant, submitted, decided, due, sort, ascending,
                page, size);
    }

    /** The same list and filters at another page and size (for exports that read it all). */
    public RequestListQuery at(int newPage, int newSize) {
        return new RequestListQuery(scope, states, text, datasetId, applicant, submitted, decided, due, sort, ascending,
                newPage, newSize);
    }

    /** The first row of the page, counted from 0. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }

    /** The states this query's scope and state filter leave; empty: none at all (the list is empty). */
    /**
     * Whether the list narrows its part (all, open, decided) by nothing but states: no search,
     * dataset, applicant, dates or deadline.
     */
    public boolean narrowsByStateOnly() {
        return text == null && datasetId == null && applicant == null && submitted == null && decided == null
                && due == null;
    }

    public Set<ApplicationState> statesIn(Set<ApplicationState> scopeStates) {
        Set<ApplicationState> result = EnumSet.noneOf(ApplicationState.class);
        result.addAll(scopeStates);
        if (!states.isEmpty()) {
            result.retainAll(states);
        }
        return result;
    }

    private static String single(Map<String, List<String>> given, String name) {
        List<String> values = given.get(name);
        if (values == null) {
            return null;
        }
        if (values.size() > 1) {
            throw ApplicationRuleViolation.invalidInput("Give '" + name + "' once.");
        }
        return values.get(0);
    }

    private static <E extends Enum<E>> E one(Map<String, List<String>> given, String name, Class<E> type, E fallback) {
        String value = single(given, name);
        return value == null ? fallback : constant(type, name, value);
    }

    private static <E extends Enum<E>> E constant(Class<E> type, String name, String value) {
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            throw ApplicationRuleViolation.invalidInput("Unknown " + name + " '" + value + "'; known: "
                    + List.of(type.getEnumConstants()).toString().toLowerCase(Locale.ROOT) + ".");
        }
    }

    private static String text(Map<String, List<String>> given, String name, String what) {
        String value = single(given, name);
        if (value == null) {
            return null;
        }
        if (value.length() > MAX_TEXT) {
            throw ApplicationRuleViolation.invalidInput("A " + what + " has at most " + MAX_TEXT + " characters.");
        }
        PlainText.checked(value, what);
        return value;
    }

    private static int number(Map<String, List<String>> given, String name, int fallback) {
        String value = single(given, name);
        if (value == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApplicationRuleViolation.invalidInput("The " + name + " is a whole number, not '" + value + "'.");
        }
    }

    private static DayRange range(Map<String, List<String>> given, String fromName, String toName) {
        LocalDate from = day(single(given, fromName), fromName);
        LocalDate to = day(single(given, toName), toName);
        if (from == null && to == null) {
            return null;
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw ApplicationRuleViolation.invalidInput("'" + fromName + "' (" + from + ") is after '" + toName + "' ("
                    + to + ").");
        }
        return new DayRange(from, to);
    }

    private static LocalDate day(String value, String name) {
        if (value == null) {
            return null;
        }
        try {
            LocalDate day = LocalDate.parse(value);
            if (day.getYear() < 2000 || day.getYear() > 9999) {
                throw ApplicationRuleViolation.invalidInput("'" + name + "' is a day between 2000 and 9999.");
            }
            return day;
        } catch (DateTimeParseException e) {
            throw ApplicationRuleViolation.invalidInput("'" + name + "' is a day as YYYY-MM-DD, not '" + value + "'.");
        }
    }
}
