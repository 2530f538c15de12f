package eu.consulate.domain.model.dac;

/** The role a user holds in one committee. */
public enum DacRole {
    MEMBER,
    CHAIR
}
