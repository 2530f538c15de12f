package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import eu.consulate.devstack.TestStack;
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
 * The public register (issue 10): a committee's decisions appear, without login and without
 * names, only once its administrator publishes them; nobody else can switch it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PublicRegisterIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorPublishesTheCommitteesPermitsAndRefusalsWithoutNames() throws Exception {
        String applicant = Tokens.forUser("applicant");
        Scenario committee = Scenario.freshCommittee();
        Dataset cohort = committee.dataset("Registered cohort");
        String tag = UUID.randomUUID().toString().substring(0, 8);
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(cohort));
        String refused = Scenario.submitted(applicant, "Refused project " + tag, List.of(cohort));
        assertThat(Scenario.review(Tokens.forUser("chair"), refused, "reject", "Out of scope.").statusCode()).isEqualTo(200);
        String register = "/api/register?committee=" + committee.dacId;

        assertThat(Json.object(Http.get(register, null).body()).getJsonArray("items")).isEmpty();

        HttpResponse<String> published = Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId + "/register",
                Tokens.forUser("admin"), "application/json", "{\"publish\":true}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(200);
        assertThat(Json.object(published.body()).getBoolean("publishesRegister")).isTrue();

        HttpResponse<String> answer = Http.get(register, null);
        assertThat(answer.statusCode()).isEqualTo(200);
        List<JsonObject> items = Json.object(answer.body()).getJsonArray("items").getValuesAs(JsonObject.class);
        assertThat(items).extracting(i -> i.getString("decision")).containsExactlyInAnyOrder("Permit issued", "Refused");
        JsonObject issued = items.stream().filter(i -> i.getString("decision").equals("Permit issued")).findFirst()
                .orElseThrow();
        assertThat(issued.getString("requestId")).isEqualTo(permit.getString("applicationId"));
        assertThat(issued.getString("validUntil")).isEqualTo(permit.getString("validUntil"));
        assertThat(issued.getString("permitStatus")).isEqualTo("ACTIVE");
        assertThat(issued.getJsonArray("datasets").getString(0)).isEqualTo("Registered cohort");
        JsonObject refusal = items.stream().filter(i -> i.getString("decision").equals("Refused")).findFirst().orElseThrow();
        assertThat(refusal.getString("projectTitle")).isEqualTo("Refused project " + tag);
        assertThat(answer.body()).doesNotContain(Tokens.claims(applicant).getString("sub")).doesNotContain("\"applicant\"")
                .doesNotContain("Out of scope.");
        assertThat(Json.array(Http.get("/api/register/committees", null).body()).getValuesAs(JsonObject.class))
                .extracting(c -> c.getString("id")).contains(committee.dacId);

        HttpResponse<String> page = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create(TestStack.APP_URL + "/register/index.xhtml?committee=" + committee.dacId)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Refused project " + tag).contains("Registered cohort").contains("Permit issued");

        // turned off again: gone from the register
        assertThat(Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId + "/register", Tokens.forUser("admin"),
                "application/json", "{\"publish\":false}").statusCode()).isEqualTo(200);
        assertThat(Json.object(Http.get(register, null).body()).getJsonArray("items")).isEmpty();
    }

    @Test
    void onlyTheCommitteesAdministratorSwitchesItAndBadInputIsRefused() {
        Scenario committee = Scenario.freshCommittee();
        String path = "/api/admin/dacs/" + committee.dacId + "/register";

        assertThat(Http.sendBody("PUT", path, Tokens.forUser("admin2"), "application/json", "{\"publish\":true}")
                .statusCode()).isEqualTo(404);
        assertThat(Http.sendBody("PUT", path, Tokens.forUser("chair"), "application/json", "{\"publish\":true}")
                .statusCode()).isEqualTo(403);
        assertThat(Http.sendBody("PUT", path, null, "application/json", "{\"publish\":true}").statusCode()).isEqualTo(401);
        assertThat(Http.sendBody("PUT", path, Tokens.forUser("admin"), "application/json", "{}").statusCode())
                .isEqualTo(400);
        assertThat(Http.get("/api/register?size=500", null).statusCode()).isEqualTo(400);
        assertThat(Http.get("/api/register?page=x", null).statusCode()).isEqualTo(400);
        assertThat(Http.get("/api/register?who=all", null).statusCode()).isEqualTo(400);
        assertThat(Json.object(Http.get("/api/admin/dacs/" + committee.dacId, Tokens.forUser("admin")).body())
                .getBoolean("publishesRegister")).isFalse();
    }
}
