package eu.consulate.infrastructure.visa;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;

/** RSA keys for tests; generated once per JVM because generating them is slow. */
final class TestKeys {

    static final RSAKey ONE = generate("test-key-one");
    static final RSAKey TWO = generate("test-key-two");

    private TestKeys() {
    }

    static RSAKey generate(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
