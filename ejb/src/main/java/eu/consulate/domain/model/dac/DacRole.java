package eu.consulate.domain.model.dac;

/**
 * The seat a person holds in one committee. Members and the chair review its requests; the legal
 * officer checks the ones it approved; the administrator keeps its members and datasets. A seat
 * works together with the realm role of the same kind: a seat alone gives nobody a role.
 */
public enum DacRole {
    MEMBER("member"),
    CHAIR("chair"),
    LEGAL_OFFICER("legal officer"),
    ADMIN("administrator");

    private final String label;

    DacRole(String label) {
        this.label = label;
    }

    /** In words: "member", "chair", "legal officer", "administrator". */
    public String label() {
        return label;
    }
}
