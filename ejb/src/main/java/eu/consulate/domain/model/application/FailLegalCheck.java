package eu.consulate.domain.model.application;

/** A legal officer stops the request; {@code reason} is required. */
public record FailLegalCheck(String reason) {
}
