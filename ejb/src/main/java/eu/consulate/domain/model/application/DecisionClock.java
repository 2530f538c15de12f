package eu.consulate.domain.model.application;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;

/**
 * The decision deadline of one request (EHDS Art. 68), as its events set it: the period the
 * model's steps give (default three months), from the completeness check (or submission when the
 * model has none), plus the one extension, plus the time the request spent with the applicant
 * after the clock started. Built during replay only.
 */
final class DecisionClock {

    private Instant submittedAt;
    private Instant startedAt;
    private Period period = DataAccessApplication.DEFAULT_DECISION_PERIOD;
    private Period extension;
    private Duration paused = Duration.ZERO;
    private Instant returnedAt;

    void submitted(Instant at) {
        submittedAt = at;
    }

    /** A step of the model sets the decision period. */
    void period(Period given) {
        period = given;
    }

    /** Completeness: the clock starts now. */
    void started(Instant at) {
        startedAt = at;
    }

    /** The request went back to the applicant: the clock pauses. */
    void returned(Instant at) {
        returnedAt = at;
    }

    /** The applicant resubmitted: the clock runs again, later by the pause. */
    void resubmitted(Instant at) {
        if (startedAt != null && returnedAt != null) {
            paused = paused.plus(Duration.between(returnedAt, at));
        }
        returnedAt = null;
    }

    void extended(Period by) {
        extension = by;
    }

    boolean isExtended() {
        return extension != null;
    }

    Instant startedAt() {
        return startedAt != null ? startedAt : submittedAt;
    }

    /** The deadline while the clock runs (the caller knows whether a decision is pending). */
    Instant dueAt() {
        var due = startedAt().atZone(ZoneOffset.UTC).plus(period);
        if (extension != null) {
            due = due.plus(extension);
        }
        return due.toInstant().plus(paused);
    }
}
