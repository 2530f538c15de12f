package eu.consulate.domain.model.application;

/**
 * Where a data access request stands, coarsely: with the committee, with the applicant, approved,
 * or how it ended. Which step is open inside a state comes from the process model
 * ({@link DataAccessApplication#openStep()}); {@link #step()} names the part of the work a
 * list's step filter groups it under.
 */
public enum ApplicationState {
    /** The committee wants the applicant's signing official to confirm the request first (issue 8). */
    AWAITING_SIGNATURE("Awaiting the signing official's confirmation", false, "signature"),
    SUBMITTED("With the committee", false, "review"),
    RETURNED("Returned to the applicant", false, "revision"),
    REVIEW_APPROVED("Approved by the committee", false, "legal-check"),
    REVIEW_REJECTED("Rejected by the committee", true, null),
    REJECTED_BY_ETHICS("Unfavourable ethics opinion", true, null),
    LEGAL_CHECK_PASSED("Awaiting permit issuance", false, "permit"),
    LEGAL_CHECK_FAILED("Legal check failed", true, null),
    PERMIT_ISSUED("Permit issued", true, null),
    PERMIT_REVOKED("Permit revoked", true, null),
    LAPSED("Lapsed: not completed in time", true, null),
    WITHDRAWN("Withdrawn by the applicant", true, null),
    SIGNATURE_DECLINED("Not confirmed by the signing official", true, null);

    private final String label;
    private final boolean isFinal;
    private final String step;

    ApplicationState(String label, boolean isFinal, String step) {
        this.label = label;
        this.isFinal = isFinal;
        this.step = step;
    }

    /** Whether the committee has the request: from its submission on (not while the signing official has it, nor after they declined). */
    public boolean reachedCommittee() {
        return this != AWAITING_SIGNATURE && this != SIGNATURE_DECLINED;
    }

    /**
     * Whether the outcome is settled: turned down by the committee or the legal check, or
     * granted by the legal check (the permit follows). "Open" is the opposite.
     */
    public boolean isDecided() {
        return this != AWAITING_SIGNATURE && this != SUBMITTED && this != RETURNED && this != REVIEW_APPROVED;
    }

    /**
     * The part of the work a request in this state waits for ("signature", "review", "revision",
     * "legal-check", "permit"); null when final.
     */
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
