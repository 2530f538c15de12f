package eu.consulate.application;

import java.util.List;

/** An uploaded process model was refused; nothing was deployed. The reasons are for the administrator. */
public class ModelRefused extends RuntimeException {

    private final List<String> reasons;

    public ModelRefused(List<String> reasons) {
        super("The process model was refused: " + String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
