package eu.consulate.application;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;

/**
 * The secrets of mailed single-use links (team invitations, signing officials' confirmations):
 * 32 random bytes, URL-safe; only their SHA-256 is stored, so the database alone opens no link.
 */
final class SingleUseTokens {

    private static final SecureRandom RANDOM = new SecureRandom();
    /** Longer input is no token of ours: refused before it is hashed. */
    static final int MAX_LENGTH = 100;

    private SingleUseTokens() {
    }

    static String newToken() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(token.strip().getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Whether {@code token} could be one of ours at all (else: an unknown link, 404). */
    static boolean plausible(String token) {
        return token != null && !token.isBlank() && token.length() <= MAX_LENGTH;
    }
}
