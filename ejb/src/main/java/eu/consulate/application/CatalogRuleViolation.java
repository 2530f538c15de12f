package eu.consulate.application;

/** A committee or dataset change that the catalogue refuses: bad input (400) or a duplicate (409). */
public class CatalogRuleViolation extends RuntimeException {

    private final boolean conflict;

    private CatalogRuleViolation(String message, boolean conflict) {
        super(message);
        this.conflict = conflict;
    }

    public static CatalogRuleViolation invalid(String message) {
        return new CatalogRuleViolation(message, false);
    }

    public static CatalogRuleViolation duplicate(String message) {
        return new CatalogRuleViolation(message, true);
    }

    public boolean isConflict() {
        return conflict;
    }
}
