package eu.consulate.domain.model.application;

import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * A page of a committee's requests as somebody asked for it: which states, which text, which
 * order, which page. Checked here, before any query: a page size above {@link #MAX_SIZE}, an
 * unknown state, sort field or direction, or a negative page is the caller's mistake, never a
 * full-table answer.
 *
 * @param states empty: every state the actor may see
 * @param text   searched in the title, the applicant's username and the request id; null: none
 */
public record RequestListQuery(Set<ApplicationState> states, String text, Sort sort, boolean ascending, int page,
        int size) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 20;
    public static final int MAX_TEXT = 200;

    /** What a list can be ordered by. */
    public enum Sort {
        SUBMITTED, UPDATED, TITLE, STATE
    }

    public RequestListQuery {
        states = states == null || states.isEmpty() ? Set.of() : Set.copyOf(states);
        Objects.requireNonNull(sort, "sort");
    }

    /** Parses the parameters as a page or the API sends them; nulls take the defaults (newest first). */
    public static RequestListQuery parse(List<String> states, String text, String sort, String direction,
            Integer page, Integer size) {
        Set<ApplicationState> wanted = EnumSet.noneOf(ApplicationState.class);
        for (String state : states == null ? List.<String>of() : states) {
            if (state == null || state.isBlank()) {
                continue;
            }
            try {
                wanted.add(ApplicationState.valueOf(state.strip().toUpperCase(Locale.ROOT)));
            } catch (IllegalArgumentException e) {
                throw ApplicationRuleViolation.invalidInput("Unknown state '" + state + "'; known: "
                        + List.of(ApplicationState.values()) + ".");
            }
        }
        Sort order;
        try {
            order = sort == null || sort.isBlank() ? Sort.SUBMITTED : Sort.valueOf(sort.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApplicationRuleViolation.invalidInput("Unknown sort '" + sort + "'; known: "
                    + List.of(Sort.values()).toString().toLowerCase(Locale.ROOT) + ".");
        }
        boolean ascending;
        if (direction == null || direction.isBlank() || direction.equalsIgnoreCase("desc")) {
            ascending = false;
        } else if (direction.equalsIgnoreCase("asc")) {
            ascending = true;
        } else {
            throw ApplicationRuleViolation.invalidInput("The direction is asc or desc, not '" + direction + "'.");
        }
        int p = page == null ? 0 : page;
        int s = size == null ? DEFAULT_SIZE : size;
        if (p < 0) {
            throw ApplicationRuleViolation.invalidInput("The page is 0 or more.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApplicationRuleViolation.invalidInput("The page size is 1 to " + MAX_SIZE + ".");
        }
        String search = text == null || text.isBlank() ? null : text.strip();
        if (search != null) {
            if (search.length() > MAX_TEXT) {
                throw ApplicationRuleViolation.invalidInput("A search has at most " + MAX_TEXT + " characters.");
            }
            PlainText.checked(search, "search");
        }
        return new RequestListQuery(wanted, search, order, ascending, p, s);
    }

    /** The first row of the page, counted from 0. */
    public int offset() {
        return Math.multiplyExact(page, size);
    }
}
