package eu.consulate.domain.model.permit;

/**
 * Whether a permit still grants access: a suspended permit grants nothing until it is resumed
 * (active again); a revoked permit never becomes active again; an expired one reached its end
 * (its timer fired) and cannot change any more.
 */
public enum PermitStatus {
    ACTIVE,
    SUSPENDED,
    REVOKED,
    EXPIRED
}
