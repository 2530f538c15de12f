package eu.consulate.domain.model.application;

import java.time.Instant;
import java.time.Period;
import java.util.Map;
import java.util.Optional;

/** The step of the process model that is open on a request now, as the workflow announced it. */
public record OpenStep(String key, StepKind kind, Map<String, String> parameters, Instant openedAt) {

    public static final int DEFAULT_QUORUM = 2;

    /** How many votes (approve, reject or abstain) a vote needs before the chair may close it. */
    public int quorum() {
        String value = parameters.get("quorum");
        return value == null ? DEFAULT_QUORUM : Integer.parseInt(value);
    }

    public Vote.Majority majority() {
        return "two-thirds".equals(parameters.get("majority")) ? Vote.Majority.TWO_THIRDS : Vote.Majority.SIMPLE;
    }

    /** The fee a fee step asks, e.g. "250.00 EUR" (amount default 0, currency default EUR). */
    public String fee() {
        return parameters.getOrDefault("amount", "0") + " " + parameters.getOrDefault("currency", "EUR");
    }

    /** The decision period this step sets, if the model gives one (e.g. P3M, P5D). */
    public Optional<Period> clock() {
        return Optional.ofNullable(parameters.get("clock")).map(Period::parse);
    }
}
