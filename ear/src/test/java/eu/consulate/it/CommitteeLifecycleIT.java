package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 7: after creating a committee its administrators change its seats and retire it; every
 * change to it and its datasets is recorded with who made it and when.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeLifecycleIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private static final String MEMBER2 = "5e1f0000-0000-4000-8000-00000000000a";
    private static final String ADMIN = "5e1f0000-0000-4000-8000-000000000007";

    @Test
    void seatsAreGivenAndTakenAndEveryChangeIsRecorded() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();

        HttpResponse<String> given = Http.postJson(seats(committee), admin, "{\"username\":\"member2\",\"role\":\"chair\"}");
        assertThat(given.statusCode()).as(given.body()).isEqualTo(200);
        assertThat(roles(Json.object(given.body()), MEMBER2)).containsExactly("CHAIR");
        // the new chair sees the committee's requests at once (seats are read per request)
        Scenario.Dataset dataset = committee.dataset("Seats IT");
        String id = Json.object(Scenario.submit(Tokens.forUser("applicant"), "Seat holder", List.of(dataset)).body())
                .getString("id");
        assertThat(Http.get("/api/applications/" + id, Tokens.forUser("member2")).statusCode()).isEqualTo(200);

        HttpResponse<String> taken = Http.sendBody("DELETE", seats(committee) + "/" + MEMBER2 + "/CHAIR", admin,
                "application/json", "");
        assertThat(taken.statusCode()).as(taken.body()).isEqualTo(200);
        assertThat(roles(Json.object(taken.body()), MEMBER2)).isEmpty();
        assertThat(Http.get("/api/applications/" + id, Tokens.forUser("member2")).statusCode()).isEqualTo(403);

        HttpResponse<String> nobody = Http.sendBody("DELETE", seats(committee) + "/" + MEMBER2 + "/CHAIR", admin,
                "application/json", "");
        assertThat(nobody.statusCode()).isEqualTo(404);
        HttpResponse<String> lastAdmin = Http.sendBody("DELETE", seats(committee) + "/" + ADMIN + "/ADMIN", admin,
                "application/json", "");
        assertThat(lastAdmin.statusCode()).isEqualTo(409);
        assertThat(lastAdmin.body()).contains("Give another person the administrator seat first");
        assertThat(Http.postJson(seats(committee), admin, "{\"username\":\"nobody-at-all\",\"role\":\"MEMBER\"}")
                .statusCode()).isEqualTo(400);
        assertThat(Http.postJson(seats(committee), admin, "{\"username\":\"member2\",\"role\":\"KING\"}")
                .statusCode()).isEqualTo(400);
        assertThat(Http.postJson(seats(committee), Tokens.forUser("admin2"), "{\"username\":\"member2\"}")
                .statusCode()).isEqualTo(404);
        assertThat(Http.postJson(seats(committee), Tokens.forUser("chair"), "{\"username\":\"member2\"}")
                .statusCode()).isEqualTo(403);

        List<JsonObject> changes = Json.array(Http.get("/api/admin/dacs/" + committee.dacId + "/changes", admin).body())
                .getValuesAs(JsonObject.class);
        assertThat(changes).extracting(c -> c.getString("type")).containsExactly("seat-taken-away", "dataset-added",
                "seat-given", "committee-created");
        assertThat(changes).allSatisfy(c -> assertThat(c.getString("actor")).isEqualTo("admin"));
        assertThat(changes.get(0).getString("detail")).isEqualTo("member2 no longer chair.");
        assertThat(changes.get(1).getString("dataset")).isEqualTo("Seats IT");
        assertThat(Http.get("/api/admin/dacs/" + committee.dacId + "/changes", Tokens.forUser("admin2")).statusCode())
                .isEqualTo(404);
    }

    @Test
    void aCommitteeIsRetiredOnlyWithoutOpenRequestsAndThenTakesNoChanges() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();
        Scenario.Dataset dataset = committee.dataset("Retires with its committee");
        String applicant = Tokens.forUser("applicant");
        String id = Json.object(Scenario.submit(applicant, "Still open", List.of(dataset)).body()).getString("id");

        HttpResponse<String> open = Http.postJson(retirement(committee), admin, "");
        assertThat(open.statusCode()).as(open.body()).isEqualTo(409);
        assertThat(open.body()).contains("has 1 open request");
        assertThat(Json.object(Http.get("/api/admin/dacs/" + committee.dacId, admin).body()).containsKey("retiredAt"))
                .isFalse();

        HttpResponse<String> rejected = Scenario.review(Tokens.forUser("member"), id, "reject",
                "Out of scope for this committee.");
        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        HttpResponse<String> retired = Http.postJson(retirement(committee), admin, "");
        assertThat(retired.statusCode()).as(retired.body()).isEqualTo(200);
        assertThat(Json.object(retired.body()).getString("retiredAt")).isNotBlank();

        JsonObject page = Json.object(Http.get("/api/catalogue/datasets/" + dataset.id(), null).body());
        assertThat(page.getBoolean("retired")).isTrue();
        assertThat(Scenario.submit(applicant, "Too late", List.of(dataset)).statusCode()).isEqualTo(400);
        assertThat(Http.get("/api/applications/" + id, applicant).statusCode()).isEqualTo(200);
        HttpResponse<String> seat = Http.postJson(seats(committee), admin, "{\"username\":\"member2\"}");
        assertThat(seat.statusCode()).isEqualTo(409);
        assertThat(seat.body()).contains("is retired");
        assertThat(Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId, admin, "application/json",
                "{\"name\":\"Renamed\"}").statusCode()).isEqualTo(409);
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/datasets", admin,
                "{\"url\":\"https://data.example.org/datasets/late-" + id + "\",\"title\":\"After retirement\"}")
                .statusCode()).isEqualTo(409);
        assertThat(Json.array(Http.get("/api/admin/dacs/" + committee.dacId + "/changes", admin).body())
                .getValuesAs(JsonObject.class)).extracting(c -> c.getString("type"))
                .startsWith("committee-retired", "dataset-retired");
        assertThat(Http.postJson(retirement(committee), Tokens.forUser("admin2"), "").statusCode()).isEqualTo(404);
    }

    private static String seats(Scenario committee) {
        return "/api/admin/dacs/" + committee.dacId + "/seats";
    }

    private static String retirement(Scenario committee) {
        return "/api/admin/dacs/" + committee.dacId + "/retirement";
    }

    private static List<String> roles(JsonObject dac, String subject) {
        return dac.getJsonArray("members").getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("subject").equals(subject)).map(m -> m.getString("role")).toList();
    }
}
