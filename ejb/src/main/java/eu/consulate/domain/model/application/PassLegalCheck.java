package eu.consulate.domain.model.application;

/** A legal officer clears the request; {@code comment} is optional. */
public record PassLegalCheck(String comment) {
}
