package eu.consulate.infrastructure.notification;

import java.nio.charset.StandardCharsets;

import com.nimbusds.jose.jwk.OctetSequenceKey;
import com.nimbusds.jose.util.Base64URL;
import eu.consulate.infrastructure.visa.KeySeal;

/**
 * A webhook's signing secret is stored sealed under the key-encryption passphrase, as the signing
 * keys are (a symmetric JWK inside a JWE): a database dump does not let anyone forge deliveries.
 */
public final class WebhookSecrets {

    private WebhookSecrets() {
    }

    public static String seal(KeySeal seal, String webhookId, String secret) {
        return seal.seal(new OctetSequenceKey.Builder(Base64URL.encode(secret.getBytes(StandardCharsets.UTF_8)))
                .keyID("webhook-" + webhookId).build());
    }

    public static String open(KeySeal seal, String sealed) throws KeySeal.WrongPassphrase {
        return new String(((OctetSequenceKey) seal.open(sealed)).toByteArray(), StandardCharsets.UTF_8);
    }
}
