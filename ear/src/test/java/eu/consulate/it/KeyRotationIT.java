package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Scenario.Dataset;
import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwx.JsonWebStructure;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An administrator rotates the visa signing key over HTTP (issue 10): visas signed before and
 * after both verify against {@code /api/jwk} (checked with jose4j, not our own code); new visas
 * carry the new {@code kid}; a key that signed nothing leaves the key set when it is retired; a
 * wrong passphrase or the wrong person changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class KeyRotationIT {

    /** The demo passphrase of the defaults file (a production start refuses it). */
    private static final String PASSPHRASE = "consulate-demo-key-passphrase";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void adminRotatesAndVisasSignedBeforeAndAfterBothVerifyAgainstThePublishedKeys() throws Exception {
        Dataset before = Scenario.freshCommittee().dataset("Signed before the rotation");
        Scenario.issuedPermit(applicant, List.of(before));
        String oldVisa = Scenario.visas(applicantSub, before).get(0);
        String oldKid = kid(oldVisa);

        HttpResponse<String> rotated = rotate(Tokens.forUser("admin"), PASSPHRASE);

        assertThat(rotated.statusCode()).as(rotated.body()).isEqualTo(200);
        JsonObject newKey = Json.object(rotated.body());
        String newKid = newKey.getString("kid");
        assertThat(newKid).isNotEqualTo(oldKid);
        assertThat(newKey.getBoolean("signing")).isTrue();
        assertThat(newKey.getString("algorithm")).isEqualTo("RS256");

        Dataset after = Scenario.freshCommittee().dataset("Signed after the rotation");
        Scenario.issuedPermit(applicant, List.of(after));
        String newVisa = Scenario.visas(applicantSub, after).get(0);
        assertThat(kid(newVisa)).isEqualTo(newKid);
        // the visa signed before the rotation is still served as it was
        assertThat(Scenario.visas(applicantSub, before)).containsExactly(oldVisa);

        JwtConsumer verifier = verifierFromOurJwks();
        assertThat(verifier.process(oldVisa).getJwtClaims().getSubject()).isEqualTo(applicantSub);
        assertThat(verifier.process(newVisa).getJwtClaims().getSubject()).isEqualTo(applicantSub);

        List<JsonObject> keys = keys(Tokens.forUser("admin"));
        assertThat(keys.get(0).getString("kid")).isEqualTo(newKid);
        JsonObject retired = keys.stream().filter(k -> k.getString("kid").equals(oldKid)).findFirst().orElseThrow();
        assertThat(retired.getBoolean("signing")).isFalse();
        assertThat(retired.getBoolean("published")).isTrue();
        assertThat(retired.getString("retiredAt")).isNotBlank();

        // two rotations in a row: the key in between signed nothing and leaves the key set at once
        assertThat(rotate(Tokens.forUser("admin2"), PASSPHRASE).statusCode()).isEqualTo(200);
        String unused = keys(Tokens.forUser("admin")).get(0).getString("kid");
        assertThat(rotate(Tokens.forUser("admin"), PASSPHRASE).statusCode()).isEqualTo(200);
        String published = Http.get("/api/jwk", null).body();
        assertThat(published).doesNotContain(unused).contains(oldKid).contains(newKid).doesNotContain("\"d\":");
        assertThat(verifierFromOurJwks().process(newVisa).getJwtClaims().getSubject()).isEqualTo(applicantSub);
    }

    @Test
    void aWrongPassphraseOrTheWrongPersonRotatesNothing() {
        String admin = Tokens.forUser("admin");
        List<JsonObject> before = keys(admin);

        HttpResponse<String> wrong = rotate(admin, "a guess");
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(403);
        assertThat(Json.object(wrong.body()).getString("detail"))
                .isEqualTo("The passphrase does not open the signing keys; no key was rotated.");
        HttpResponse<String> missing = Http.postJson("/api/keys/rotation", admin, "{}");
        assertThat(missing.statusCode()).as(missing.body()).isEqualTo(400);
        assertThat(Json.object(missing.body()).getString("detail"))
                .isEqualTo("passphrase: the key-encryption passphrase is required to rotate the key.");
        for (String user : List.of("chair", "member", "legal", "applicant")) {
            assertThat(rotate(Tokens.forUser(user), PASSPHRASE).statusCode()).as(user).isEqualTo(403);
        }
        assertThat(rotate(Tokens.forDownstreamSystem(), PASSPHRASE).statusCode()).isEqualTo(403);
        assertThat(rotate(null, PASSPHRASE).statusCode()).isEqualTo(401);

        assertThat(keys(admin)).isEqualTo(before);
    }

    private static HttpResponse<String> rotate(String token, String passphrase) {
        return Http.postJson("/api/keys/rotation", token, "{\"passphrase\":" + Json.quote(passphrase) + "}");
    }

    private static List<JsonObject> keys(String token) {
        HttpResponse<String> response = Http.get("/api/keys", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.array(response.body()).getValuesAs(JsonObject.class);
    }

    private static String kid(String jwt) throws Exception {
        return JsonWebStructure.fromCompactSerialization(jwt).getKeyIdHeaderValue();
    }

    private static JwtConsumer verifierFromOurJwks() throws Exception {
        JsonWebKeySet keys = new JsonWebKeySet(Http.get("/api/jwk", null).body());
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT,
                        AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(TestStack.APP_URL)
                .setRequireExpirationTime()
                .setRequireJwtId()
                .setRequireSubject()
                .setSkipDefaultAudienceValidation()
                .build();
    }
}
