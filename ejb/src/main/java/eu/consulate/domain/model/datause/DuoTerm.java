package eu.consulate.domain.model.datause;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * The Data Use Ontology terms that describe a dataset's data-use conditions: exactly one
 * permission and any modifiers (DUO 2021). What each term means to people (its label and
 * definition) comes from the DUO file ({@link DuoVocabulary}); what it means to the rules (which
 * kind it is, which parameter it needs) is fixed here, because the rules depend on it.
 */
public enum DuoTerm {

    NRES("DUO:0000004", Kind.PERMISSION, Parameter.NONE),
    GRU("DUO:0000042", Kind.PERMISSION, Parameter.NONE),
    HMB("DUO:0000006", Kind.PERMISSION, Parameter.NONE),
    DS("DUO:0000007", Kind.PERMISSION, Parameter.NONE),
    POA("DUO:0000011", Kind.PERMISSION, Parameter.NONE),

    NPU("DUO:0000045", Kind.MODIFIER, Parameter.NONE),
    NCU("DUO:0000046", Kind.MODIFIER, Parameter.NONE),
    NPUNCU("DUO:0000018", Kind.MODIFIER, Parameter.NONE),
    NMDS("DUO:0000015", Kind.MODIFIER, Parameter.NONE),
    GSO("DUO:0000016", Kind.MODIFIER, Parameter.NONE),
    IRB("DUO:0000021", Kind.MODIFIER, Parameter.NONE),
    PUB("DUO:0000019", Kind.MODIFIER, Parameter.NONE),
    COL("DUO:0000020", Kind.MODIFIER, Parameter.NONE),
    RTN("DUO:0000029", Kind.MODIFIER, Parameter.NONE),
    GS("DUO:0000022", Kind.MODIFIER, Parameter.REGION),
    MOR("DUO:0000024", Kind.MODIFIER, Parameter.DATE),
    TS("DUO:0000025", Kind.MODIFIER, Parameter.MONTHS),
    US("DUO:0000026", Kind.MODIFIER, Parameter.NONE),
    PS("DUO:0000027", Kind.MODIFIER, Parameter.NONE),
    IS("DUO:0000028", Kind.MODIFIER, Parameter.NONE),
    NPOA("DUO:0000044", Kind.MODIFIER, Parameter.NONE),
    CC("DUO:0000043", Kind.MODIFIER, Parameter.NONE),
    RS("DUO:0000012", Kind.MODIFIER, Parameter.TYPE);

    /** A permission says what the data may be used for; a modifier adds a condition to it. */
    public enum Kind { PERMISSION, MODIFIER }

    /** What a modifier needs besides its code: a region (GS), a date (MOR), months (TS), a research type (RS). */
    public enum Parameter { NONE, REGION, DATE, MONTHS, TYPE }

    private final String id;
    private final Kind kind;
    private final Parameter parameter;

    DuoTerm(String id, Kind kind, Parameter parameter) {
        this.id = id;
        this.kind = kind;
        this.parameter = parameter;
    }

    /** The term's CURIE, e.g. {@code DUO:0000042}. */
    public String id() {
        return id;
    }

    /** The term's shorthand, e.g. {@code GRU}. */
    public String shorthand() {
        return name();
    }

    public Kind kind() {
        return kind;
    }

    public Parameter parameter() {
        return parameter;
    }

    /** The term named by its CURIE ({@code DUO:0000042}) or its shorthand ({@code GRU}), case-insensitive. */
    public static Optional<DuoTerm> named(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(t -> t.id.equals(wanted) || t.name().equals(wanted)).findFirst();
    }
}
