package eu.consulate.domain.model.permit;

/** Whether a permit still grants access; a revoked permit never becomes active again. */
public enum PermitStatus {
    ACTIVE,
    REVOKED
}
