package eu.consulate.domain.model.application;

/**
 * Where a data access request stands. Each non-final state names the step it is waiting for, so a
 * task list can be built from the state alone.
 */
public enum ApplicationState {
    SUBMITTED("Awaiting committee review", false, "review"),
    REVIEW_APPROVED("Awaiting legal check", false, "legal-check"),
    REVIEW_REJECTED("Rejected by the committee", true, null),
    LEGAL_CHECK_PASSED("Awaiting permit issuance", false, "permit"),
    LEGAL_CHECK_FAILED("Legal check failed", true, null),
    PERMIT_ISSUED("Permit issued", true, null);

    private final String label;
    private final boolean isFinal;
    private final String step;

    ApplicationState(String label, boolean isFinal, String step) {
        this.label = label;
        this.isFinal = isFinal;
        this.step = step;
    }

    /**
     * Whether the outcome is settled: turned down by the committee or the legal check, or
     * granted by the legal check (the permit follows). "Open" is the opposite.
     */
    public boolean isDecided() {
        return this != SUBMITTED && this != REVIEW_APPROVED;
    }

    /** The step a request in this state waits for ("review", "legal-check", "permit"); null when final. */
    public String step() {
        return step;
    }

    /** No command moves a request out of a final state. */
    public boolean isFinal() {
        return isFinal;
    }

    /** Text shown to users; the enum name is for code and storage only. */
    public String label() {
        return label;
    }
}
