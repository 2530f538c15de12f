package eu.consulate.infrastructure.visa;

import java.time.Instant;

/**
 * A signed visa as it is stored in the {@code visa} table: {@code id} is the token's {@code jti};
 * {@code issuedAt} and {@code expiresAt} are the token's {@code iat} and {@code exp}.
 */
public record IssuedVisa(String id, String datasetId, String jwt, Instant issuedAt, Instant expiresAt) {
}
