package eu.consulate.domain.model.datause;

import java.util.Objects;

/**
 * A modifier of a dataset's data use with its parameter: the region of GS, the date (ISO, e.g.
 * {@code 2027-06-30}) of MOR, the number of months of TS, the research type of RS; empty for the others.
 */
public record DataUseModifier(DuoTerm term, String parameter) {

    public DataUseModifier {
        Objects.requireNonNull(term, "term");
        parameter = parameter == null ? "" : parameter;
    }

    /** The months of a TS modifier. */
    public int months() {
        return Integer.parseInt(parameter);
    }
}
