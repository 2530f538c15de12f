package eu.consulate.infrastructure.notification;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signatures of the Standard Webhooks convention: the secret is {@code whsec_} + base64 of 32
 * random bytes; a delivery carries {@code webhook-id}, {@code webhook-timestamp} (seconds) and
 * {@code webhook-signature: v1,<base64 HMAC-SHA256 of "id.timestamp.body">}. A receiver computes
 * the same and compares; the id lets it drop a delivery it has seen.
 */
public final class WebhookSignature {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    private WebhookSignature() {
    }

    /** A new secret for an endpoint. */
    public static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }

    /** The {@code webhook-signature} header's value. */
    public static String sign(String secret, String id, long timestampSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key(secret), "HmacSHA256"));
            byte[] digest = mac.doFinal((id + "." + timestampSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(digest);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 is not available", e);
        }
    }

    /** Whether {@code header} (one or more space-separated {@code v1,...}) holds the signature of this delivery. */
    public static boolean verify(String secret, String id, long timestampSeconds, String body, String header) {
        byte[] expected = sign(secret, id, timestampSeconds, body).getBytes(StandardCharsets.UTF_8);
        for (String candidate : header == null ? new String[0] : header.split(" ")) {
            if (MessageDigest.isEqual(expected, candidate.getBytes(StandardCharsets.UTF_8))) {
                return true;
            }
        }
        return false;
    }

    private static byte[] key(String secret) {
        String encoded = secret.startsWith(PREFIX) ? secret.substring(PREFIX.length()) : secret;
        return Base64.getDecoder().decode(encoded);
    }
}
