package eu.consulate.infrastructure.visa;

import java.nio.charset.StandardCharsets;
import java.text.ParseException;
import java.util.Objects;

import com.nimbusds.jose.EncryptionMethod;
import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.JWEHeader;
import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.PasswordBasedDecrypter;
import com.nimbusds.jose.crypto.PasswordBasedEncrypter;
import com.nimbusds.jose.jwk.JWK;

/**
 * Seals a private signing key for storage: a JWE (RFC 7516) whose content key is wrapped with
 * PBES2-HS512+A256KW (RFC 7518 4.8, PBKDF2 with a random salt) under the key-encryption passphrase
 * from configuration, the JWK itself encrypted with A256GCM. The passphrase never reaches the
 * database; a database dump or backup holds only the sealed form. Plain Java, thread-safe.
 */
public final class KeySeal {

    /** PBKDF2-HMAC-SHA512 iterations: OWASP's 2023 recommendation is 210,000. */
    static final int ITERATIONS = 210_000;
    static final int SALT_BYTES = 16;

    /** The passphrase does not open a sealed key (or the sealed text is damaged). */
    public static final class WrongPassphrase extends Exception {
        private static final long serialVersionUID = 1L;

        WrongPassphrase(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final byte[] passphrase;

    public KeySeal(String passphrase) {
        if (passphrase == null || passphrase.isBlank()) {
            throw new IllegalArgumentException("The key-encryption passphrase (consulate.keys.passphrase) is not set.");
        }
        this.passphrase = passphrase.getBytes(StandardCharsets.UTF_8);
    }

    /** The private key, sealed (compact JWE); the kid is kept in the header so a sealed row names its key. */
    public String seal(JWK privateKey) {
        Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.isPrivate()) {
            throw new IllegalArgumentException("Only a private key needs sealing.");
        }
        JWEObject jwe = new JWEObject(new JWEHeader.Builder(JWEAlgorithm.PBES2_HS512_A256KW, EncryptionMethod.A256GCM)
                .keyID(privateKey.getKeyID())
                .contentType("jwk+json")
                .build(), new Payload(privateKey.toJSONString()));
        try {
            jwe.encrypt(new PasswordBasedEncrypter(passphrase, SALT_BYTES, ITERATIONS));
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not seal signing key " + privateKey.getKeyID(), e);
        }
        return jwe.serialize();
    }

    /** The private key inside a sealed text; {@link WrongPassphrase} when this passphrase does not open it. */
    public JWK open(String sealed) throws WrongPassphrase {
        JWEObject jwe;
        try {
            jwe = JWEObject.parse(sealed);
        } catch (ParseException e) {
            throw new WrongPassphrase("The sealed signing key is not a JWE.", e);
        }
        try {
            jwe.decrypt(new PasswordBasedDecrypter(passphrase));
        } catch (JOSEException e) {
            throw new WrongPassphrase("The passphrase does not open signing key " + jwe.getHeader().getKeyID() + ".", e);
        }
        try {
            JWK key = JWK.parse(jwe.getPayload().toString());
            if (!key.isPrivate()) {
                throw new IllegalStateException("Sealed signing key " + key.getKeyID() + " has no private part");
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("Sealed signing key " + jwe.getHeader().getKeyID() + " holds no JWK", e);
        }
    }
}
