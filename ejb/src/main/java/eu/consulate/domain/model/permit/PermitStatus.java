package eu.consulate.domain.model.permit;

/**
 * Whether a permit still grants access: a suspended permit grants nothing until it is resumed
 * (active again); a revoked permit never becomes active again.
 */
public enum PermitStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED
}
