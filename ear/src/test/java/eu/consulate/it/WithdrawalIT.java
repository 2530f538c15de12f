package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

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
 * Issue 8: the applicant withdraws a request before it is decided; its workflow ends, the
 * committee can no longer act on it and is told, and it stays readable.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WithdrawalIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String member = Tokens.forUser("member");

    @Test
    void theApplicantWithdrawsAnOpenRequestAndTheCommitteeCanNoLongerActOnIt() {
        Scenario committee = Scenario.votingCommittee();
        Scenario.Dataset dataset = committee.dataset("Withdrawal IT");
        String title = "Withdrawn " + UUID.randomUUID().toString().substring(0, 8);
        JsonObject submitted = Json.object(Scenario.submit(applicant, title, List.of(dataset)).body());
        String id = submitted.getString("id");
        assertThat(submitted.getBoolean("mayWithdraw")).isTrue();
        assertThat(process(id, applicant).getJsonArray("activeActivities")).isNotEmpty();

        // only the applicant: another applicant and the committee are refused, nothing changes
        assertThat(withdraw(Tokens.forUser("applicant2"), id, "").statusCode()).isEqualTo(403);
        assertThat(withdraw(member, id, "").statusCode()).isEqualTo(403);
        assertThat(Json.object(Http.get("/api/applications/" + id, applicant).body()).getString("state"))
                .isEqualTo("SUBMITTED");

        HttpResponse<String> withdrawn = withdraw(applicant, id, "The funding ended.");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        JsonObject details = Json.object(withdrawn.body());
        assertThat(details.getString("state")).isEqualTo("WITHDRAWN");
        assertThat(details.getBoolean("mayWithdraw")).isFalse();
        assertThat(details.getJsonArray("history").getValuesAs(JsonObject.class))
                .anySatisfy(e -> assertThat(e.getString("type") + " " + e.getString("remark"))
                        .isEqualTo("withdrawn The funding ended."));

        // the process ended where it stood: no open step, no task for the committee
        assertThat(process(id, applicant).getJsonArray("activeActivities")).isEmpty();
        HttpResponse<String> completeness = Scenario.act(member, id, "completeness",
                "{\"decision\":\"complete\",\"comment\":\"\"}");
        assertThat(completeness.statusCode()).isEqualTo(409);
        assertThat(withdraw(applicant, id, "again").statusCode()).isEqualTo(409);
        assertThat(Json.object(Http.get("/api/applications/tasks?q=" + title.substring(10), member).body())
                .getJsonArray("items")).isEmpty();

        // the committee's member is told, and still reads the request
        List<JsonObject> notices = Json.object(Http.get("/api/notifications?size=50", member).body())
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("link").endsWith(id)).toList();
        assertThat(notices).extracting(n -> n.getString("topic")).contains("request-withdrawn");
        assertThat(Http.get("/api/applications/" + id, member).statusCode()).isEqualTo(200);
    }

    @Test
    void aDecidedRequestCannotBeWithdrawn() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Decided IT");
        String id = Json.object(Scenario.submit(applicant, "Decided first", List.of(dataset)).body()).getString("id");
        assertThat(Scenario.review(member, id, "reject", "Out of scope.").statusCode()).isEqualTo(200);

        HttpResponse<String> late = withdraw(applicant, id, "");
        assertThat(late.statusCode()).isEqualTo(409);
        assertThat(Json.object(late.body()).getString("detail"))
                .isEqualTo("This request can no longer be withdrawn (it is: Rejected by the committee).");
        assertThat(withdraw(applicant, "no-such-request", "").statusCode()).isEqualTo(404);
    }

    private static HttpResponse<String> withdraw(String token, String id, String reason) {
        return Http.postJson("/api/applications/" + id + "/withdrawal", token, "{\"reason\":" + Json.quote(reason) + "}");
    }

    private static JsonObject process(String id, String token) {
        HttpResponse<String> response = Http.get("/api/applications/" + id + "/process", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }
}
