package eu.consulate.interfaces.web;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;

/** Dates on the pages: UTC, to the minute (committees span time zones). */
@Named("fmt")
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneOffset.UTC);

    public String time(Instant instant) {
        return instant == null ? "" : MINUTE.format(instant);
    }

    public String day(Instant instant) {
        return instant == null ? "" : DAY.format(instant);
    }

    /**
     * The last day (UTC) of a period that ends at {@code end}, the end excluded: a permit valid
     * until 2028-11-28T00:00Z is valid through 2028-11-27, shown as that day.
     */
    public String lastDay(Instant end) {
        return end == null ? "" : DAY.format(end.minusMillis(1));
    }
}
