package eu.consulate.infrastructure.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The API's bearer-token check, against a key set the identity provider would publish. */
class BearerTokenVerifierTest {

    private static final String ISSUER = "http://localhost:8180/realms/consulate";
    private static final String AUDIENCE = "consulate-api";
    private static final RSAKey KEY = key("kc-1");
    private static final RSAKey OTHER = key("kc-2");

    @TempDir
    Path dir;

    private final java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(
            System.currentTimeMillis());
    private final java.time.Clock clock = new java.time.Clock() {
        @Override
        public java.time.ZoneId getZone() {
            return java.time.ZoneOffset.UTC;
        }

        @Override
        public java.time.Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };

    private static RSAKey key(String kid) {
        try {
            return new RSAKeyGenerator(2048).keyID(kid).generate();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private BearerTokenVerifier verifierPublishing(RSAKey... keys) throws Exception {
        publish(keys);
        return BearerTokenVerifier.of(dir.resolve("certs.json").toUri().toURL(), ISSUER, AUDIENCE, 300_000, 0, 0, clock);
    }

    private void publish(RSAKey... keys) throws Exception {
        Files.writeString(dir.resolve("certs.json"),
                new JWKSet(List.of(keys).stream().map(k -> (com.nimbusds.jose.jwk.JWK) k.toPublicJWK()).toList()).toString());
    }

    private static JWTClaimsSet.Builder claims() {
        Instant now = Instant.now();
        return new JWTClaimsSet.Builder().issuer(ISSUER).audience(AUDIENCE).subject("f3c1-subject")
                .issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(300)))
                .claim("preferred_username", "member").claim("groups", List.of("dac-member", "applicant"));
    }

    private static String signed(RSAKey key, JWTClaimsSet claims) throws Exception {
        SignedJWT jwt = new SignedJWT(new JWSHeader.Builder(JWSAlgorithm.RS256).keyID(key.getKeyID())
                .type(JOSEObjectType.JWT).build(), claims);
        jwt.sign(new RSASSASigner(key));
        return jwt.serialize();
    }

    @Test
    void tokenOfTheIdentityProviderGivesSubjectNameAndRoles() throws Exception {
        Optional<VerifiedToken> token = verifierPublishing(KEY).verify(signed(KEY, claims().build()));

        assertThat(token).isPresent();
        assertThat(token.get().getSubject()).isEqualTo("f3c1-subject");
        assertThat(token.get().getName()).isEqualTo("member");
        assertThat(token.get().getGroups()).containsExactlyInAnyOrder("dac-member", "applicant");
        assertThat((String) token.get().getClaim("preferred_username")).isEqualTo("member");
    }

    @Test
    void forgedExpiredForeignAndUnsignedTokensAreRefused() throws Exception {
        BearerTokenVerifier verifier = verifierPublishing(KEY);
        Instant past = Instant.now().minusSeconds(3600);
        String good = signed(KEY, claims().build());

        assertThat(verifier.verify(signed(OTHER, claims().build()))).as("unknown key").isEmpty();
        assertThat(verifier.verify(good.substring(0, good.length() - 4) + "AAAA")).as("tampered").isEmpty();
        assertThat(verifier.verify(signed(KEY, claims().expirationTime(Date.from(past)).build()))).as("expired").isEmpty();
        assertThat(verifier.verify(signed(KEY, claims().issuer("https://evil.example.org/realms/consulate").build())))
                .as("other issuer").isEmpty();
        assertThat(verifier.verify(signed(KEY, claims().audience("other-api").build()))).as("other audience").isEmpty();
        assertThat(verifier.verify(signed(KEY, claims().subject(null).build()))).as("no subject").isEmpty();
        assertThat(verifier.verify(new PlainJWT(claims().build()).serialize())).as("alg none").isEmpty();
        assertThat(verifier.verify("not a token")).as("garbage").isEmpty();
    }

    @Test
    void keyRotatedAtTheIdentityProviderIsPickedUpOnItsFirstToken() throws Exception {
        BearerTokenVerifier verifier = verifierPublishing(KEY);
        assertThat(verifier.verify(signed(KEY, claims().build()))).isPresent();

        publish(OTHER); // the provider rotates: kc-1 retired, kc-2 signs

        assertThat(verifier.verify(signed(OTHER, claims().build()))).as("new key").isPresent();
    }

    @Test
    void rememberedTokenIsRefusedOnceItExpires() throws Exception {
        BearerTokenVerifier verifier = verifierPublishing(KEY);
        String shortLived = signed(KEY, claims().build()); // expires in 300 s
        assertThat(verifier.verify(shortLived)).isPresent();
        now.addAndGet(299_000);
        assertThat(verifier.verify(shortLived)).as("remembered").isPresent();

        now.addAndGet(2_000);

        assertThat(verifier.verify(shortLived)).as("expired, though remembered").isEmpty();
    }
}
