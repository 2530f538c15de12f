package eu.consulate.infrastructure.visa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.nimbusds.jose.JWEObject;
import com.nimbusds.jose.JWEAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import org.junit.jupiter.api.Test;

class KeySealTest {

    private final KeySeal seal = new KeySeal("the operator's passphrase");

    @Test
    void aSealedKeyOpensWithTheSamePassphraseOnly() throws Exception {
        String sealed = seal.seal(TestKeys.ONE);

        JWK opened = seal.open(sealed);

        assertThat(opened.toRSAKey().toRSAPrivateKey()).isEqualTo(TestKeys.ONE.toRSAPrivateKey());
        assertThatThrownBy(() -> new KeySeal("the operator's passphrasE").open(sealed))
                .isInstanceOf(KeySeal.WrongPassphrase.class)
                .hasMessage("The passphrase does not open signing key test-key-one.");
    }

    @Test
    void theSealedTextIsAPasswordBasedJweThatNamesItsKeyAndHidesThePrivateParts() throws Exception {
        String sealed = seal.seal(TestKeys.ONE);

        JWEObject jwe = JWEObject.parse(sealed);
        assertThat(jwe.getHeader().getAlgorithm()).isEqualTo(JWEAlgorithm.PBES2_HS512_A256KW);
        assertThat(jwe.getHeader().getPBES2Count()).isEqualTo(KeySeal.ITERATIONS);
        assertThat(jwe.getHeader().getKeyID()).isEqualTo("test-key-one");
        assertThat(sealed).doesNotContain(TestKeys.ONE.getPrivateExponent().toString())
                .doesNotContain(TestKeys.ONE.getModulus().toString());
        // a random salt: sealing twice gives two different texts
        assertThat(seal.seal(TestKeys.ONE)).isNotEqualTo(sealed);
    }

    @Test
    void aDamagedSealOrAMissingPassphraseIsRefused() {
        assertThatThrownBy(() -> seal.open("not a jwe")).isInstanceOf(KeySeal.WrongPassphrase.class);
        assertThatThrownBy(() -> new KeySeal(" ")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("consulate.keys.passphrase");
        assertThatThrownBy(() -> seal.seal(TestKeys.ONE.toPublicJWK())).isInstanceOf(IllegalArgumentException.class);
    }
}
