package eu.consulate.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import jakarta.persistence.EntityManager;

/**
 * Mailed single-use links (team invitations, signing officials' confirmations): the secret is
 * 32 random bytes, URL-safe, and exists only in the mail; a table of the link's kind keeps its
 * SHA-256 beside the request, its expiry and who used it once. So the database alone opens no
 * link, and using one is a conditional update: of two concurrent uses one wins.
 */
final class SingleUseTokens {

    /** The tables of the two kinds of link (same columns: migrations 25 and 28). */
    enum Kind {
        TEAM_INVITATION("team_invitation"),
        SIGNATURE("signature_request");

        private final String table;

        Kind(String table) {
            this.table = table;
        }
    }

    /** A stored link: {@code usedAt} null while unused; {@code usedBy} null when it was cancelled. */
    record Link(String id, String applicationId, Instant expiresAt, Instant usedAt, String usedBy) {

        boolean expired() {
            return expiresAt.isBefore(Instant.now());
        }
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer input is no token of ours: refused before it is hashed. */
    static final int MAX_LENGTH = 100;

    private SingleUseTokens() {
    }

    /** Stores a new link of {@code kind} for the request and returns its secret (for the mail only). */
    static String issue(EntityManager em, Kind kind, String id, String applicationId, Instant expiresAt) {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        String token = Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
        em.createNativeQuery("INSERT INTO " + kind.table + " (id, application_id, token_sha256, expires_at) VALUES (?, ?, ?, ?)")
                .setParameter(1, id).setParameter(2, applicationId).setParameter(3, sha256(token))
                .setParameter(4, expiresAt.toEpochMilli()).executeUpdate();
        return token;
    }

    /** The link a token opens; empty for a token that is none of ours. */
    static Optional<Link> find(EntityManager em, Kind kind, String token) {
        if (token == null || token.isBlank() || token.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT id, application_id, expires_at, used_at, used_by FROM "
                + kind.table + " WHERE token_sha256 = ?").setParameter(1, sha256(token)).getResultList();
        return rows.stream().findFirst().map(r -> new Link((String) r[0], (String) r[1],
                Instant.ofEpochMilli(((Number) r[2]).longValue()),
                r[3] == null ? null : Instant.ofEpochMilli(((Number) r[3]).longValue()), (String) r[4]));
    }

    /**
     * Spends the link for {@code subject} (null: cancelled) if nobody did before; false when it
     * was spent already (also by a concurrent use).
     */
    static boolean spend(EntityManager em, Kind kind, String id, String applicationId, String subject) {
        return em.createNativeQuery("UPDATE " + kind.table + " SET used_by = ?, used_at = ? WHERE id = ? AND application_id = ?"
                        + " AND used_at IS NULL").setParameter(1, subject).setParameter(2, System.currentTimeMillis())
                .setParameter(3, id).setParameter(4, applicationId).executeUpdate() == 1;
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
