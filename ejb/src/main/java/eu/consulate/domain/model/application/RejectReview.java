package eu.consulate.domain.model.application;

/** A committee member turns the request down; {@code reason} is required. */
public record RejectReview(String reason) {
}
