package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.List;

/**
 * Puts an approved request into effect for the period {@code [validFrom, validUntil)} with the
 * conditions its datasets' data use sets; {@code latestEnd}: the latest end their time limits on
 * use (DUO TS) allow, null for none; {@code validUntil} must not pass it.
 */
public record IssuePermit(String permitId, Instant validFrom, Instant validUntil, List<String> dataUseConditions,
        Instant latestEnd) {

    public IssuePermit {
        dataUseConditions = dataUseConditions == null ? List.of() : List.copyOf(dataUseConditions);
    }

    public IssuePermit(String permitId, Instant validFrom, Instant validUntil) {
        this(permitId, validFrom, validUntil, List.of(), null);
    }
}
