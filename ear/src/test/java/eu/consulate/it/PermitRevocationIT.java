package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Scenario.Dataset;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A committee revokes a permit over HTTP with real tokens (issue 10): the chair or an
 * administrator of the committee, with a reason; the holder's visas for it leave the passport a
 * broker pulls at once; everyone else is refused and changes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitRevocationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void chairRevokesAndTheVisasLeaveThePassportAtOnce() {
        Scenario scenario = Scenario.freshCommittee();
        Dataset genomes = scenario.dataset("Revocable genomes");
        String permitId = issuedPermit(genomes);
        assertThat(datasetsInPassport()).contains(genomes.url());

        HttpResponse<String> revoked = revoke(Tokens.forUser("chair"), permitId, "Data shared outside the project.");

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(Json.object(revoked.body()).getString("status")).isEqualTo("REVOKED");
        assertThat(datasetsInPassport()).doesNotContain(genomes.url());
        String applicationId = Json.object(revoked.body()).getString("applicationId");
        JsonObject seenByHolder = Scenario.details(applicant, applicationId);
        assertThat(seenByHolder.getString("state")).isEqualTo("PERMIT_REVOKED");
        assertThat(seenByHolder.getString("revocationReason")).isEqualTo("Data shared outside the project.");
        assertThat(seenByHolder.getJsonObject("permit").getString("status")).isEqualTo("REVOKED");
        assertThat(Scenario.eventTypes(applicant, applicationId)).endsWith("permit-issued", "permit-revoked");

        HttpResponse<String> again = revoke(Tokens.forUser("admin"), permitId, "Twice.");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(Json.object(again.body()).getString("detail")).isEqualTo("This permit was already revoked.");
        assertThat(Scenario.eventTypes(applicant, applicationId)).endsWith("permit-issued", "permit-revoked");

        String listed = Http.get("/api/permits/committee?status=revoked&size=100", Tokens.forUser("admin")).body();
        assertThat(listed).contains(permitId);
    }

    @Test
    void committeeAdministratorRevokesToo() {
        Dataset exomes = Scenario.freshCommittee().dataset("Revocable exomes");
        String permitId = issuedPermit(exomes);

        HttpResponse<String> revoked = revoke(Tokens.forUser("admin"), permitId, "Ethics approval withdrawn.");

        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(datasetsInPassport()).doesNotContain(exomes.url());
    }

    @Test
    void nobodyElseRevokesAndRefusalsChangeNothing() {
        Dataset cohort = Scenario.freshCommittee().dataset("Kept cohort");
        String permitId = issuedPermit(cohort);

        for (String user : List.of("member", "legal", "applicant", "admin2", "outsider")) {
            HttpResponse<String> refused = revoke(Tokens.forUser(user), permitId, "Because.");
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
        }
        HttpResponse<String> anonymous = revoke(null, permitId, "Because.");
        assertThat(anonymous.statusCode()).isEqualTo(401);
        HttpResponse<String> noReason = revoke(Tokens.forUser("chair"), permitId, " ");
        assertThat(noReason.statusCode()).as(noReason.body()).isEqualTo(400);
        assertThat(Json.object(noReason.body()).getString("detail"))
                .isEqualTo("A revocation needs a reason: the holder reads it.");
        HttpResponse<String> unknown = revoke(Tokens.forUser("chair"), "no-such-permit", "Because.");
        assertThat(unknown.statusCode()).as(unknown.body()).isEqualTo(404);

        assertThat(datasetsInPassport()).contains(cohort.url());
        String applicationId = Json.object(Http.get("/api/permits?size=100", applicant).body()).getJsonArray("items")
                .getValuesAs(JsonObject.class).stream().filter(p -> p.getString("id").equals(permitId))
                .findFirst().orElseThrow().getString("applicationId");
        assertThat(Scenario.details(applicant, applicationId).getString("state")).isEqualTo("PERMIT_ISSUED");
    }

    private String issuedPermit(Dataset dataset) {
        return Scenario.issuedPermit(applicant, List.of(dataset)).getString("id");
    }

    private static HttpResponse<String> revoke(String token, String permitId, String reason) {
        return Http.postJson("/api/permits/" + permitId + "/revocation", token, "{\"reason\":" + Json.quote(reason) + "}");
    }

    /** The dataset URLs of the applicant's visas, as a broker pulls them. */
    private List<String> datasetsInPassport() {
        return Scenario.visas(applicantSub, null).stream()
                .map(jwt -> Scenario.visaClaims(jwt).getJsonObject("ga4gh_visa_v1").getString("value")).toList();
    }
}
