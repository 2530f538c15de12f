package eu.consulate.application;

import java.util.List;

/** A bulk import of datasets refused as a whole: one reason per faulty row (the caller's mistake: 400). */
public class CatalogImportRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final List<String> reasons;

    public CatalogImportRefused(List<String> reasons) {
        super(reasons.size() + " of the rows cannot be imported; nothing was imported.");
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
