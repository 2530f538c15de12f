package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Terms visas (issue 10): a committee names its terms; an applicant who accepts them has an
 * AcceptedTermsAndPolicies visa ({@code by: self}) in the passport a broker pulls, verifiable
 * against {@code /api/jwk}; a new version of the terms is accepted anew.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TermsVisaIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void acceptedTermsAppearAsASignedVisaInThePassport() throws Exception {
        Scenario committee = Scenario.freshCommittee();
        String v1 = "https://consulate.example.org/terms/" + UUID.randomUUID() + "/v1";
        assertThat(setTerms(Tokens.forUser("admin"), committee.dacId, v1).statusCode()).isEqualTo(200);

        HttpResponse<String> accepted = accept(applicant, committee.dacId);
        assertThat(accepted.statusCode()).as(accepted.body()).isEqualTo(201);
        assertThat(Json.object(accepted.body()).getString("termsUrl")).isEqualTo(v1);
        HttpResponse<String> again = accept(applicant, committee.dacId);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(Json.object(again.body()).getString("acceptedAt"))
                .isEqualTo(Json.object(accepted.body()).getString("acceptedAt"));

        List<String> terms = termsVisas(v1);
        assertThat(terms).hasSize(1);
        var claims = new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(
                        new JsonWebKeySet(Http.get("/api/jwk", null).body()).getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(TestStack.APP_URL).setRequireExpirationTime().setSkipDefaultAudienceValidation()
                .build().processToClaims(terms.get(0));
        assertThat(claims.getSubject()).isEqualTo(applicantSub);
        @SuppressWarnings("unchecked")
        Map<String, Object> visa = claims.getClaimValue("ga4gh_visa_v1", Map.class);
        assertThat(visa).containsEntry("type", "AcceptedTermsAndPolicies").containsEntry("value", v1)
                .containsEntry("by", "self").containsEntry("source", committee.dacSource);

        // a new version of the terms is accepted anew; the acceptance of the first stays
        String v2 = v1.replace("/v1", "/v2");
        assertThat(setTerms(Tokens.forUser("admin"), committee.dacId, v2).statusCode()).isEqualTo(200);
        assertThat(accept(applicant, committee.dacId).statusCode()).isEqualTo(201);
        assertThat(termsVisas(v2)).hasSize(1);
        assertThat(termsVisas(v1)).hasSize(1);
        assertThat(Json.array(Http.get("/api/terms/acceptances", applicant).body()).getValuesAs(JsonObject.class))
                .extracting(a -> a.getString("termsUrl")).contains(v1, v2);
    }

    @Test
    void badInputAndTheWrongPeopleAreRefused() {
        Scenario committee = Scenario.freshCommittee();
        assertThat(accept(applicant, committee.dacId).statusCode()).isEqualTo(409);
        assertThat(accept(applicant, "no-such-committee").statusCode()).isEqualTo(404);
        assertThat(accept(Tokens.forUser("member"), committee.dacId).statusCode()).isEqualTo(403);
        assertThat(accept(null, committee.dacId).statusCode()).isEqualTo(401);
        HttpResponse<String> notUrl = setTerms(Tokens.forUser("admin"), committee.dacId, "our terms");
        assertThat(notUrl.statusCode()).as(notUrl.body()).isEqualTo(400);
        assertThat(setTerms(Tokens.forUser("admin2"), committee.dacId, "https://example.org/t").statusCode()).isEqualTo(404);
        assertThat(setTerms(Tokens.forUser("chair"), committee.dacId, "https://example.org/t").statusCode()).isEqualTo(403);
        JsonObject unchanged = Json.object(Http.get("/api/admin/dacs/" + committee.dacId, Tokens.forUser("admin")).body());
        assertThat(!unchanged.containsKey("termsUrl") || unchanged.isNull("termsUrl")).as(unchanged.toString()).isTrue();
    }

    private List<String> termsVisas(String termsUrl) {
        JsonObject passport = Json.object(Http.get("/api/permissions/" + applicantSub, Tokens.forDownstreamSystem()).body());
        return passport.getJsonArray("ga4gh_passport_v1").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jakarta.json.JsonString::getString)
                .filter(jwt -> Scenario.visaClaims(jwt).getJsonObject("ga4gh_visa_v1").getString("value").equals(termsUrl))
                .toList();
    }

    private static HttpResponse<String> accept(String token, String dacId) {
        return Http.postJson("/api/terms/acceptances", token, "{\"committee\":" + Json.quote(dacId) + "}");
    }

    private static HttpResponse<String> setTerms(String token, String dacId, String url) {
        return Http.sendBody("PUT", "/api/admin/dacs/" + dacId + "/terms", token, "application/json",
                "{\"url\":" + Json.quote(url) + "}");
    }
}
