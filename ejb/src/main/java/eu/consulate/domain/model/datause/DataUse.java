package eu.consulate.domain.model.datause;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A dataset's data-use conditions in the Data Use Ontology: exactly one permission (NRES, GRU, HMB,
 * DS with at least one disease, POA) and any modifiers, each at most once and with its parameter.
 * Built by {@link #of}, which refuses what DUO does not allow with a message that says why.
 */
public record DataUse(DuoTerm permission, List<String> diseases, List<DataUseModifier> modifiers) {

    /** Disease identifiers as CURIEs of an ontology, e.g. {@code MONDO:0004992}. */
    private static final Pattern DISEASE = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,19}:[A-Za-z0-9_.-]{1,40}");
    private static final Pattern REGION = Pattern.compile("[\\p{L}\\p{N} ,.()'-]{2,100}");
    private static final Pattern RESEARCH_TYPE = REGION;
    public static final int MAX_DISEASES = 20;
    public static final int MAX_MONTHS = 120;

    public DataUse {
        Objects.requireNonNull(permission, "permission");
        diseases = List.copyOf(diseases);
        modifiers = List.copyOf(modifiers);
    }

    /** A modifier as asked for: its code (CURIE or shorthand) and its parameter, if it needs one. */
    public record Requested(String code, String parameter) {
    }

    /**
     * The data use described by {@code permission} (CURIE or shorthand), {@code diseases} (for DS)
     * and {@code modifiers}; refuses an unknown or misplaced term, a missing or malformed
     * parameter, a modifier named twice, and diseases on a permission other than DS.
     */
    public static DataUse of(String permission, List<String> diseases, List<Requested> modifiers) {
        DuoTerm term = DuoTerm.named(permission).orElseThrow(() -> new InvalidDataUse(
                "The data use needs exactly one DUO permission (NRES, GRU, HMB, DS or POA), not '"
                        + (permission == null ? "" : permission.strip()) + "'."));
        if (term.kind() != DuoTerm.Kind.PERMISSION) {
            throw new InvalidDataUse(term.shorthand() + " is a DUO modifier, not a permission; the permission is one of "
                    + "NRES, GRU, HMB, DS, POA.");
        }
        List<String> cleanDiseases = new ArrayList<>();
        for (String disease : diseases == null ? List.<String>of() : diseases) {
            String clean = disease == null ? "" : disease.strip();
            if (!DISEASE.matcher(clean).matches()) {
                throw new InvalidDataUse("'" + clean + "' is not a disease identifier such as MONDO:0004992.");
            }
            if (!cleanDiseases.contains(clean)) {
                cleanDiseases.add(clean);
            }
        }
        if (term == DuoTerm.DS && cleanDiseases.isEmpty()) {
            throw new InvalidDataUse("Disease-specific research (DS) names at least one disease, e.g. MONDO:0004992.");
        }
        if (term != DuoTerm.DS && !cleanDiseases.isEmpty()) {
            throw new InvalidDataUse("Only disease-specific research (DS) names diseases; " + term.shorthand()
                    + " does not.");
        }
        if (cleanDiseases.size() > MAX_DISEASES) {
            throw new InvalidDataUse("At most " + MAX_DISEASES + " diseases.");
        }
        List<DataUseModifier> cleanModifiers = new ArrayList<>();
        Set<DuoTerm> seen = EnumSet.noneOf(DuoTerm.class);
        for (Requested requested : modifiers == null ? List.<Requested>of() : modifiers) {
            String code = requested == null || requested.code() == null ? "" : requested.code().strip();
            DuoTerm modifier = DuoTerm.named(code)
                    .orElseThrow(() -> new InvalidDataUse("'" + code + "' is not a DUO modifier."));
            if (modifier.kind() != DuoTerm.Kind.MODIFIER) {
                throw new InvalidDataUse(modifier.shorthand() + " is a DUO permission; a data use has exactly one, "
                        + "given as the permission.");
            }
            if (!seen.add(modifier)) {
                throw new InvalidDataUse(modifier.shorthand() + " is named twice.");
            }
            cleanModifiers.add(new DataUseModifier(modifier, parameter(modifier, requested.parameter())));
        }
        return new DataUse(term, cleanDiseases, cleanModifiers);
    }

    private static String parameter(DuoTerm modifier, String given) {
        String value = given == null ? "" : given.strip();
        switch (modifier.parameter()) {
            case NONE -> {
                if (!value.isEmpty()) {
                    throw new InvalidDataUse(modifier.shorthand() + " takes no parameter.");
                }
                return "";
            }
            case REGION -> {
                if (!REGION.matcher(value).matches()) {
                    throw new InvalidDataUse("A geographical restriction (GS) names its region, e.g. \"European Economic Area\".");
                }
                return value;
            }
            case TYPE -> {
                if (!RESEARCH_TYPE.matcher(value).matches()) {
                    throw new InvalidDataUse("A research specific restriction (RS) names the type of research, e.g. \"cancer genomics\".");
                }
                return value;
            }
            case DATE -> {
                try {
                    return LocalDate.parse(value).toString();
                } catch (DateTimeParseException e) {
                    throw new InvalidDataUse("A publication moratorium (MOR) names the date it ends, as 2027-06-30.");
                }
            }
            case MONTHS -> {
                int months;
                try {
                    months = Integer.parseInt(value);
                } catch (NumberFormatException e) {
                    months = -1;
                }
                if (months < 1 || months > MAX_MONTHS) {
                    throw new InvalidDataUse("A time limit on use (TS) names its months, 1 to " + MAX_MONTHS + ".");
                }
                return Integer.toString(months);
            }
            default -> throw new IllegalStateException("Unknown parameter kind " + modifier.parameter());
        }
    }

    /** The modifier {@code term} when the data use has it. */
    public java.util.Optional<DataUseModifier> modifier(DuoTerm term) {
        return modifiers.stream().filter(m -> m.term() == term).findFirst();
    }
}
