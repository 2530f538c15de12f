package eu.consulate.domain.model.permit;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/**
 * How long a permit lasts. Bounded so that a typo in configuration cannot grant access for a
 * century, nor issue a permit that has expired before anyone can use it.
 */
public record PermitTerms(Duration validity) {

    public static final int MIN_DAYS = 1;
    public static final int MAX_DAYS = 3650;

    public PermitTerms {
        Objects.requireNonNull(validity, "validity");
        if (validity.compareTo(Duration.ofDays(MIN_DAYS)) < 0 || validity.compareTo(Duration.ofDays(MAX_DAYS)) > 0) {
            throw new IllegalArgumentException(
                    "A permit must be valid for " + MIN_DAYS + " to " + MAX_DAYS + " days, not " + validity + ".");
        }
    }

    /** The bounds are enforced by the constructor, so a validity read from configuration is checked too. */
    public static PermitTerms ofDays(int days) {
        return new PermitTerms(Duration.ofDays(days));
    }

    /** The end of a permit valid through {@code day} (UTC): the start of the next day, excluded. */
    public static Instant throughDay(java.time.LocalDate day) {
        return day.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /**
     * The end a time limit on use of {@code months} (DUO TS) allows a permit that starts at
     * {@code start}: the start (UTC) of the day that falls {@code months} calendar months later,
     * so the permit runs through the day before.
     */
    public static Instant timeLimitEnd(Instant start, int months) {
        return start.atZone(java.time.ZoneOffset.UTC).plusMonths(months).toLocalDate()
                .atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
    }

    /** End of validity for a permit starting at {@code from}; the end itself is excluded. */
    public Instant validUntil(Instant from) {
        return from.plus(validity);
    }
}
