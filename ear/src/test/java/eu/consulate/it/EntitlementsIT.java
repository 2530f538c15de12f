package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Scenario.Dataset;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The entitlement APIs for downstream systems (issue 10), with a broker's real client-credentials
 * token: REMS-shaped {@code /api/entitlements} and EGA-style {@code /api/datasets/{id}/users}
 * list a permit's holder while it is active and forget them once it is revoked.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class EntitlementsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");
    private final String broker = Tokens.forDownstreamSystem();

    @Test
    void anActivePermitIsAnEntitlementUntilItIsRevoked() {
        Dataset dataset = Scenario.freshCommittee().dataset("Entitled genomes");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(dataset));
        String applicationId = permit.getString("applicationId");
        String resource = URLEncoder.encode(dataset.url(), StandardCharsets.UTF_8);

        JsonArray entitlements = array(Http.get("/api/entitlements?user=" + applicantSub + "&resource=" + resource, broker));

        assertThat(entitlements).hasSize(1);
        JsonObject entitlement = entitlements.getJsonObject(0);
        assertThat(entitlement.getString("resource")).isEqualTo(dataset.url());
        assertThat(entitlement.getJsonObject("user").getString("userid")).isEqualTo(applicantSub);
        assertThat(entitlement.getString("application-id")).isEqualTo(applicationId);
        assertThat(entitlement.getString("permit-id")).isEqualTo(permit.getString("id"));
        assertThat(Instant.parse(entitlement.getString("start"))).isEqualTo(Instant.parse(permit.getString("validFrom")));
        assertThat(Instant.parse(entitlement.getString("end"))).isEqualTo(Instant.parse(permit.getString("validUntil")));
        JsonArray users = array(Http.get("/api/datasets/" + dataset.id() + "/users", broker));
        assertThat(users).hasSize(1);
        assertThat(users.getJsonObject(0).getString("userid")).isEqualTo(applicantSub);
        assertThat(users.getJsonObject(0).getString("permitId")).isEqualTo(permit.getString("id"));
        // the user filter alone finds it among the holder's others
        assertThat(array(Http.get("/api/entitlements?user=" + applicantSub, broker)).getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("resource")).isEqualTo(dataset.url()));

        HttpResponse<String> revoked = Http.postJson("/api/permits/" + permit.getString("id") + "/revocation",
                Tokens.forUser("chair"), "{\"reason\":\"Ethics approval withdrawn.\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

        assertThat(array(Http.get("/api/entitlements?resource=" + resource, broker))).isEmpty();
        assertThat(array(Http.get("/api/entitlements?resource=" + resource + "&expired=true", broker))).isEmpty();
        assertThat(array(Http.get("/api/datasets/" + dataset.id() + "/users", broker))).isEmpty();
    }

    @Test
    void onlyDownstreamSystemsAskAndBadQueriesAreRefused() {
        for (String user : List.of("applicant", "member", "chair", "legal", "admin")) {
            HttpResponse<String> refused = Http.get("/api/entitlements", Tokens.forUser(user));
            assertThat(refused.statusCode()).as(user).isEqualTo(403);
        }
        assertThat(Http.get("/api/entitlements", null).statusCode()).isEqualTo(401);
        HttpResponse<String> unknownParameter = Http.get("/api/entitlements?usr=x", broker);
        assertThat(unknownParameter.statusCode()).isEqualTo(400);
        assertThat(Json.object(unknownParameter.body()).getString("detail"))
                .isEqualTo("Unknown parameter 'usr': the entitlements take user, resource and expired.");
        HttpResponse<String> badFlag = Http.get("/api/entitlements?expired=maybe", broker);
        assertThat(badFlag.statusCode()).isEqualTo(400);
        assertThat(Json.object(badFlag.body()).getString("detail")).isEqualTo("expired is true or false, not 'maybe'.");
        HttpResponse<String> unknownDataset = Http.get("/api/datasets/no-such-dataset/users", broker);
        assertThat(unknownDataset.statusCode()).isEqualTo(404);
        assertThat(Json.object(unknownDataset.body()).getString("detail")).isEqualTo("There is no dataset no-such-dataset.");
    }

    private static JsonArray array(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return jakarta.json.Json.createReader(new java.io.StringReader(response.body())).readArray();
    }
}
