package eu.consulate.domain.model.application;

import java.time.Instant;
import java.util.Objects;

/**
 * The request's committee wants a signing official of the applicant's institution to confirm
 * it before it reaches the committee: {@code email} was sent a single-use link ({@code
 * signatureId} names it), valid until {@code expiresAt}. The request waits; it is not submitted yet.
 */
public record SigningOfficialAsked(String applicationId, String actor, Instant occurredAt, String signatureId,
                                   String email, Instant expiresAt) implements ApplicationEvent {

    public static final String TYPE = "signing-official-asked";

    public SigningOfficialAsked {
        Objects.requireNonNull(applicationId, "applicationId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(signatureId, "signatureId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(expiresAt, "expiresAt");
    }

    @Override
    public String type() {
        return TYPE;
    }
}
