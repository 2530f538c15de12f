package eu.consulate.domain.model.application;

/** A committee member agrees; {@code comment} is optional. */
public record ApproveReview(String comment) {
}
