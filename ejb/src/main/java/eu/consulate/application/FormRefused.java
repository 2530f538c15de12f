package eu.consulate.application;

import java.util.List;

/** A form definition or answers that cannot be used, with every reason (400, nothing published). */
public class FormRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> reasons;
    private final java.util.Map<String, String> fieldErrors;

    public FormRefused(String message, List<String> reasons) {
        this(message, reasons, java.util.Map.of());
    }

    /** Answers refused: what is wrong, by field key (also as reasons "key: what"). */
    public FormRefused(String message, java.util.Map<String, String> fieldErrors) {
        this(message, fieldErrors.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList(), fieldErrors);
    }

    private FormRefused(String message, List<String> reasons, java.util.Map<String, String> fieldErrors) {
        super(message);
        this.reasons = List.copyOf(reasons);
        this.fieldErrors = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(fieldErrors));
    }

    public java.util.Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    public List<String> reasons() {
        return reasons;
    }
}
