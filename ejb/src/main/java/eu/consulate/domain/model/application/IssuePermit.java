package eu.consulate.domain.model.application;

import java.time.Instant;

/** Puts an approved request into effect for the period {@code [validFrom, validUntil)}. */
public record IssuePermit(String permitId, Instant validFrom, Instant validUntil) {
}
