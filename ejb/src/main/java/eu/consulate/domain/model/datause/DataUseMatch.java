package eu.consulate.domain.model.datause;

import java.util.List;
import java.util.Objects;

/**
 * Whether a research purpose may use a dataset: permitted, denied, or permitted on conditions
 * (obligations the holder must meet), with the reasons in sentences a reviewer can read.
 */
public record DataUseMatch(Outcome outcome, List<Obligation> obligations, List<String> reasons) {

    public enum Outcome {
        PERMITTED, CONDITIONAL, DENIED;

        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        public static Outcome of(String code) {
            return valueOf(code.toUpperCase(java.util.Locale.ROOT));
        }
    }

    /** What the holder must do because of a modifier (its DUO shorthand) of the dataset. */
    public record Obligation(String code, String text) {
        public Obligation {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(text, "text");
        }
    }

    public DataUseMatch {
        Objects.requireNonNull(outcome, "outcome");
        obligations = List.copyOf(obligations);
        reasons = List.copyOf(reasons);
    }
}
