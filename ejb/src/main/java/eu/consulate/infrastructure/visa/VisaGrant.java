package eu.consulate.infrastructure.visa;

import java.time.Instant;
import java.util.Objects;

/**
 * What one GA4GH {@code ControlledAccessGrants} visa asserts: that the committee at
 * {@code dacSourceUrl} granted {@code subject} access to the dataset at {@code datasetUrl}, decided at
 * {@code asserted}. The visa is valid from {@code issuedAt} until {@code expiresAt}, which the caller
 * takes from the permit so that a visa never outlives its permit. {@code jti} identifies the visa.
 *
 * <p>JWT times are whole seconds: {@code issuedAt}, {@code expiresAt} and {@code asserted} are
 * written truncated to the second (never rounded up, so the visa cannot end after the permit).
 */
public record VisaGrant(String subject, String datasetUrl, String dacSourceUrl, Instant asserted,
        Instant issuedAt, Instant expiresAt, String jti) {

    public VisaGrant {
        requireText(subject, "subject");
        requireText(datasetUrl, "datasetUrl");
        requireText(dacSourceUrl, "dacSourceUrl");
        requireText(jti, "jti");
        Objects.requireNonNull(asserted, "asserted");
        Objects.requireNonNull(issuedAt, "issuedAt");
        Objects.requireNonNull(expiresAt, "expiresAt");
        // Compared as they will appear in the token (epoch seconds): exp must come after iat there.
        if (expiresAt.getEpochSecond() <= issuedAt.getEpochSecond()) {
            throw new IllegalArgumentException("A visa must expire after it is issued (iat " + issuedAt
                    + ", exp " + expiresAt + ").");
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " is required");
        }
    }
}
