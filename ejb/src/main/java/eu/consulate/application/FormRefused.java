package eu.consulate.application;

import java.util.List;

/** A form definition or answers that cannot be used, with every reason (400, nothing published). */
public class FormRefused extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final List<String> reasons;

    public FormRefused(String message, List<String> reasons) {
        super(message);
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
