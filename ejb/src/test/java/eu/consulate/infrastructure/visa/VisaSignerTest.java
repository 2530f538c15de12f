package eu.consulate.infrastructure.visa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.Dataset;
import jakarta.json.Json;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import org.junit.jupiter.api.Test;

class VisaSignerTest {

    private static final String ISSUER = "http://localhost:8080";
    private static final String JKU = "http://localhost:8080/api/jwk";
    private static final Instant DECIDED = Instant.parse("2026-03-01T09:15:30Z");
    private static final Instant ISSUED = Instant.parse("2026-03-02T10:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2027-03-02T10:00:00Z");

    private final VisaSigner signer = new VisaSigner(TestKeys.ONE, ISSUER, JKU);

    private static VisaGrant grant(Instant issuedAt, Instant expiresAt) {
        return new VisaGrant("subject-123", "https://data.example.org/datasets/EGAD0001",
                "https://dac.example.org/genomics", DECIDED, issuedAt, expiresAt, "0f7c7f4e-1c1a-4f43-9b0e-5d3b0f1e2a77");
    }

    private static JsonObject part(String jwt, int index) {
        String json = new String(Base64.getUrlDecoder().decode(jwt.split("\\.")[index]), StandardCharsets.UTF_8);
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            return reader.readObject();
        }
    }

    @Test
    void signatureVerifiesWithThePublicKey() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(grant(ISSUED, EXPIRES)));

        assertThat(jwt.verify(new RSASSAVerifier(TestKeys.ONE.toRSAPublicKey()))).isTrue();
    }

    @Test
    void aVisaSignedWithOneKeyDoesNotVerifyWithAnother() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(grant(ISSUED, EXPIRES)));

        assertThat(jwt.verify(new RSASSAVerifier(TestKeys.TWO.toRSAPublicKey()))).isFalse();
    }

    @Test
    void headerIsAVisaDocumentTokenHeader() throws Exception {
        String token = signer.sign(grant(ISSUED, EXPIRES));
        SignedJWT jwt = SignedJWT.parse(token);

        assertThat(jwt.getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.RS256);
        assertThat(jwt.getHeader().getType()).isEqualTo(new JOSEObjectType("vnd.ga4gh.visa+jwt"));
        assertThat(jwt.getHeader().getKeyID()).isEqualTo("test-key-one");
        assertThat(jwt.getHeader().getJWKURL()).isEqualTo(URI.create(JKU));
        JsonObject header = part(token, 0);
        assertThat(header.keySet()).containsExactlyInAnyOrder("alg", "typ", "kid", "jku");
        assertThat(header.getString("typ")).isEqualTo("vnd.ga4gh.visa+jwt");
        assertThat(header.getString("jku")).isEqualTo(JKU);
    }

    @Test
    void claimsAreExactlyTheVisaClaims() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(grant(ISSUED, EXPIRES)));
        JWTClaimsSet claims = jwt.getJWTClaimsSet();

        assertThat(claims.getClaims().keySet())
                .containsExactlyInAnyOrder("iss", "sub", "iat", "exp", "jti", "ga4gh_visa_v1");
        assertThat(claims.getIssuer()).isEqualTo(ISSUER);
        assertThat(claims.getSubject()).isEqualTo("subject-123");
        assertThat(claims.getJWTID()).isEqualTo("0f7c7f4e-1c1a-4f43-9b0e-5d3b0f1e2a77");
        assertThat(claims.getIssueTime().toInstant()).isEqualTo(ISSUED);
        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(EXPIRES);
        assertThat(claims.getAudience()).isEmpty();
        assertThat(claims.getClaim("aud")).isNull();
    }

    @Test
    void visaClaimIsAControlledAccessGrantByTheDac() throws Exception {
        SignedJWT jwt = SignedJWT.parse(signer.sign(grant(ISSUED, EXPIRES)));

        Map<String, Object> visa = jwt.getJWTClaimsSet().getJSONObjectClaim("ga4gh_visa_v1");
        assertThat(visa).containsOnlyKeys("type", "asserted", "value", "source", "by");
        assertThat(visa).doesNotContainKey("conditions");
        assertThat(visa.get("type")).isEqualTo("ControlledAccessGrants");
        assertThat(visa.get("value")).isEqualTo("https://data.example.org/datasets/EGAD0001");
        assertThat(visa.get("source")).isEqualTo("https://dac.example.org/genomics");
        assertThat(visa.get("by")).isEqualTo("dac");
    }

    @Test
    void timesAreIntegerEpochSecondsInTheJson() {
        JsonObject payload = part(signer.sign(grant(ISSUED, EXPIRES)), 1);

        JsonNumber asserted = payload.getJsonObject("ga4gh_visa_v1").getJsonNumber("asserted");
        assertThat(asserted.isIntegral()).isTrue();
        assertThat(asserted.longValueExact()).isEqualTo(DECIDED.getEpochSecond()).isEqualTo(1772356530L);
        assertThat(payload.getJsonNumber("iat").longValueExact()).isEqualTo(ISSUED.getEpochSecond());
        assertThat(payload.getJsonNumber("exp").longValueExact()).isEqualTo(EXPIRES.getEpochSecond());
        assertThat(payload.get("ga4gh_visa_v1").getValueType()).isEqualTo(JsonValue.ValueType.OBJECT);
        assertThat(payload).doesNotContainKey("aud");
        assertThat(payload.getJsonObject("ga4gh_visa_v1")).doesNotContainKey("conditions");
    }

    @Test
    void expiryWithMillisecondsIsTruncatedNeverRoundedUp() throws Exception {
        Instant permitEnd = EXPIRES.plusMillis(999);

        JWTClaimsSet claims = SignedJWT.parse(signer.sign(grant(ISSUED, permitEnd))).getJWTClaimsSet();

        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(EXPIRES).isBefore(permitEnd);
    }

    @Test
    void expiryNotAfterIssueIsRefused() {
        assertThatThrownBy(() -> signer.sign(grant(ISSUED, ISSUED)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> signer.sign(grant(ISSUED, ISSUED.minusSeconds(60))))
                .isInstanceOf(IllegalArgumentException.class);
        // exp and iat are whole seconds in the token: within the same second they would be equal
        assertThatThrownBy(() -> signer.sign(grant(ISSUED, ISSUED.plusMillis(500))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void expiryOneSecondAfterIssueIsAccepted() throws Exception {
        JWTClaimsSet claims = SignedJWT.parse(signer.sign(grant(ISSUED, ISSUED.plusSeconds(1)))).getJWTClaimsSet();

        assertThat(claims.getExpirationTime().toInstant()).isEqualTo(ISSUED.plusSeconds(1));
    }

    @Test
    void onlyAPrivateKeyWithAKidCanSign() {
        assertThatThrownBy(() -> new VisaSigner(TestKeys.ONE.toPublicJWK(), ISSUER, JKU))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new VisaSigner(new com.nimbusds.jose.jwk.RSAKey.Builder(TestKeys.ONE)
                .keyID(null).build(), ISSUER, JKU))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void signAllIssuesOneVisaPerDatasetEachWithItsOwnJti() throws Exception {
        Dac dac = new Dac("Genomics DAC", "https://dac.example.org/genomics");
        Dataset first = new Dataset("https://data.example.org/datasets/A", "A", dac);
        Dataset second = new Dataset("https://data.example.org/datasets/B", "B", dac);
        Instant issuedAt = ISSUED.plusMillis(250);
        Instant permitEnd = EXPIRES.plusMillis(750);

        List<IssuedVisa> visas = signer.signAll("subject-123", List.of(first, second), dac.sourceUrl(), DECIDED,
                issuedAt, permitEnd);

        assertThat(visas).hasSize(2);
        assertThat(visas).extracting(IssuedVisa::datasetId).containsExactly(first.id(), second.id());
        assertThat(visas.get(0).id()).isNotEqualTo(visas.get(1).id());
        for (int i = 0; i < 2; i++) {
            IssuedVisa visa = visas.get(i);
            SignedJWT jwt = SignedJWT.parse(visa.jwt());
            assertThat(jwt.verify(new RSASSAVerifier(TestKeys.ONE.toRSAPublicKey()))).isTrue();
            JWTClaimsSet claims = jwt.getJWTClaimsSet();
            assertThat(claims.getJWTID()).isEqualTo(visa.id());
            assertThat(claims.getSubject()).isEqualTo("subject-123");
            assertThat(claims.getJSONObjectClaim("ga4gh_visa_v1").get("value"))
                    .isEqualTo(List.of(first, second).get(i).url());
            assertThat(claims.getJSONObjectClaim("ga4gh_visa_v1").get("source")).isEqualTo(dac.sourceUrl());
            assertThat(claims.getJSONObjectClaim("ga4gh_visa_v1").get("asserted")).isEqualTo(DECIDED.getEpochSecond());
            // what is stored is what the token says
            assertThat(visa.issuedAt()).isEqualTo(claims.getIssueTime().toInstant()).isEqualTo(ISSUED);
            assertThat(visa.expiresAt()).isEqualTo(claims.getExpirationTime().toInstant()).isEqualTo(EXPIRES);
        }
    }

    @Test
    void signAllOfNoDatasetsSignsNothing() {
        assertThat(signer.signAll("subject-123", List.of(), "https://dac.example.org/genomics", DECIDED, ISSUED,
                EXPIRES)).isEmpty();
    }

    @Test
    void anAcceptedTermsVisaSaysWhichTermsThePersonAcceptedThemselves() throws Exception {
        String jwt = signer.signAcceptedTerms("subject-7", "https://dac.example.org/terms/v2", "https://dac.example.org/1",
                DECIDED, ISSUED, EXPIRES, "jti-terms");

        assertThat(com.nimbusds.jwt.SignedJWT.parse(jwt).verify(
                new com.nimbusds.jose.crypto.RSASSAVerifier(TestKeys.ONE.toRSAPublicKey()))).isTrue();
        JsonObject claims = part(jwt, 1);
        assertThat(claims.getString("sub")).isEqualTo("subject-7");
        assertThat(claims.getString("jti")).isEqualTo("jti-terms");
        assertThat(claims.getJsonNumber("exp").longValue()).isEqualTo(EXPIRES.getEpochSecond());
        JsonObject visa = claims.getJsonObject("ga4gh_visa_v1");
        assertThat(visa.getString("type")).isEqualTo("AcceptedTermsAndPolicies");
        assertThat(visa.getString("value")).isEqualTo("https://dac.example.org/terms/v2");
        assertThat(visa.getString("source")).isEqualTo("https://dac.example.org/1");
        assertThat(visa.getString("by")).isEqualTo("self");
        assertThat(visa.getJsonNumber("asserted").longValue()).isEqualTo(DECIDED.getEpochSecond());
        assertThat(part(jwt, 0).getString("typ")).isEqualTo("vnd.ga4gh.visa+jwt");
    }
}
