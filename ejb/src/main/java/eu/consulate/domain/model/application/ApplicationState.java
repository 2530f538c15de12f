package eu.consulate.domain.model.application;

/**
 * Where a data access request stands. Each non-final state names the step it is waiting for, so a
 * task list can be built from the state alone.
 */
public enum ApplicationState {
    SUBMITTED("Awaiting committee review", false),
    REVIEW_APPROVED("Awaiting legal check", false),
    REVIEW_REJECTED("Rejected by the committee", true),
    LEGAL_CHECK_PASSED("Awaiting permit issuance", false),
    LEGAL_CHECK_FAILED("Legal check failed", true),
    PERMIT_ISSUED("Permit issued", true);

    private final String label;
    private final boolean isFinal;

    ApplicationState(String label, boolean isFinal) {
        this.label = label;
        this.isFinal = isFinal;
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
