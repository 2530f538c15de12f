package eu.consulate.domain.model.application;

import java.util.Set;

/**
 * The building blocks a process model arranges. Each kind is implemented once: its rules in
 * {@link DataAccessApplication}, its page and its API. A model's user task names its kind with
 * the Camunda extension property {@code consulate:step}; see docs/workflows.md.
 */
public enum StepKind {
    /** A member, the chair or an administrator checks the request is complete, or returns it. */
    COMPLETENESS("completeness", "Completeness check", Set.of("clock", "separate")),
    /** The committee's members vote; the chair closes the vote, which decides. */
    VOTE("vote", "Committee vote", Set.of("clock", "separate", "quorum", "majority")),
    /** One member (or the chair) decides for the committee. */
    REVIEW("review", "Committee review", Set.of("clock", "separate")),
    /** The chair decides alone. */
    CHAIR_DECISION("chair-decision", "Chair's decision", Set.of("clock", "separate")),
    /** A legal officer of the committee checks the legal basis; never someone who decided before. */
    LEGAL_CHECK("legal-check", "Legal check", Set.of("clock", "separate")),
    /** The chair or an administrator records the ethics board's opinion. */
    ETHICS("ethics", "Ethics opinion", Set.of("clock", "separate")),
    /** The applicant completes or changes the returned request and resubmits it. */
    REVISION("revision", "Revision by the applicant", Set.of("clock")),
    /** The applicant accepts (or declines, withdrawing the request) the fee the process asks. */
    FEE("fee", "Fee acceptance by the applicant", Set.of("clock", "amount", "currency"));

    /**
     * The parameter that asks for another person than those who acted on the request's earlier
     * steps ({@code separate=true}); the legal check is always separate from the committee's deciders.
     */
    public static final String SEPARATE = "separate";

    /** The name a model uses in {@code consulate:step}. */
    public static final String MODEL_PROPERTY = "consulate:step";

    private final String modelName;
    private final String label;
    private final Set<String> parameters;

    StepKind(String modelName, String label, Set<String> parameters) {
        this.modelName = modelName;
        this.label = label;
        this.parameters = parameters;
    }

    public String modelName() {
        return modelName;
    }

    public String label() {
        return label;
    }

    /** The parameter names a model may give this kind. */
    public Set<String> parameters() {
        return parameters;
    }

    /** Whether the applicant, not the committee, acts on this step. */
    public boolean isApplicants() {
        return this == REVISION || this == FEE;
    }

    public static java.util.Optional<StepKind> ofModelName(String name) {
        for (StepKind kind : values()) {
            if (kind.modelName.equals(name)) {
                return java.util.Optional.of(kind);
            }
        }
        return java.util.Optional.empty();
    }
}
