package eu.consulate.domain.model.permit;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import eu.consulate.domain.model.application.ApplicationRuleViolation;

/**
 * A page of a permit list: which permits (all, valid now, expired, revoked), which page. An
 * unknown parameter or value, a negative page, a size outside 1–100 or a page beyond the
 * 10,000th row is the caller's mistake.
 */
public record PermitListQuery(Status status, int page, int size) {

    public static final int MAX_SIZE = 100;
    public static final int MAX_OFFSET = 10_000;
    public static final List<String> PARAMETERS = List.of("status", "page", "size");

    /** Which permits. */
    public enum Status {
        /** Not revoked nor suspended and within its validity now. */
        VALID,
        /** Not revoked nor suspended, validity over. */
        EXPIRED,
        /** Suspended now (its visas are not served until it is resumed). */
        SUSPENDED,
        REVOKED
    }

    public static PermitListQuery parse(Map<String, List<String>> parameters) {
        String status = null;
        Integer page = null;
        Integer size = null;
        for (var entry : parameters.entrySet()) {
            String name = entry.getKey();
            if (!PARAMETERS.contains(name)) {
                throw ApplicationRuleViolation.invalidInput("Unknown parameter '" + name + "'; a permit list understands "
                        + String.join(", ", PARAMETERS) + ".");
            }
            List<String> values = entry.getValue() == null ? List.of()
                    : entry.getValue().stream().filter(v -> v != null && !v.isBlank()).map(String::strip).toList();
            if (values.size() > 1) {
                throw ApplicationRuleViolation.invalidInput("Give '" + name + "' once.");
            }
            if (values.isEmpty()) {
                continue;
            }
            switch (name) {
                case "status" -> status = values.get(0);
                case "page" -> page = number(values.get(0), name);
                default -> size = number(values.get(0), name);
            }
        }
        Status wanted = null;
        if (status != null) {
            try {
                wanted = Status.valueOf(status.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw ApplicationRuleViolation.invalidInput("Unknown status '" + status + "'; known: valid, expired, suspended, revoked.");
            }
        }
        int p = page == null ? 0 : page;
        int s = size == null ? 20 : size;
        if (p < 0) {
            throw ApplicationRuleViolation.invalidInput("The page is 0 or more.");
        }
        if (s < 1 || s > MAX_SIZE) {
            throw ApplicationRuleViolation.invalidInput("The page size is 1 to " + MAX_SIZE + ".");
        }
        if ((long) p * s > MAX_OFFSET) {
            throw ApplicationRuleViolation.invalidInput("A list pages through its first " + MAX_OFFSET + " rows.");
        }
        return new PermitListQuery(wanted, p, s);
    }

    private static int number(String value, String name) {
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw ApplicationRuleViolation.invalidInput("The " + name + " is a whole number, not '" + value + "'.");
        }
    }

    public int offset() {
        return page * size;
    }
}
