package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
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
 * The holder asks for a change of their permit over HTTP (issue 10): an extension that the chair
 * approves re-issues the visa with the new end; an amendment the committee refuses changes
 * nothing; only the holder asks, only the committee decides, one request at a time.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitChangeRequestIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void theHolderAsksForAnExtensionAndTheChairsApprovalReissuesTheVisa() {
        Dataset data = Scenario.freshCommittee().dataset("Extension asked by the holder");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(data));
        String id = permit.getString("id");
        String applicationId = permit.getString("applicationId");
        List<String> before = Scenario.visas(applicantSub, data);
        LocalDate lastDay = LocalDate.parse(permit.getString("validUntil").substring(0, 10)).plusMonths(6);

        HttpResponse<String> asked = ask(applicant, id, "{\"kind\":\"extension\",\"validUntil\":\"" + lastDay
                + "\",\"reason\":\"Recruitment took longer.\"}");
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String changeId = Json.object(asked.body()).getString("changeId");
        JsonObject waiting = Scenario.details(Tokens.forUser("chair"), applicationId).getJsonObject("pendingChange");
        assertThat(waiting.getString("kind")).isEqualTo("extension");
        assertThat(waiting.getString("reason")).isEqualTo("Recruitment took longer.");
        assertThat(Scenario.visas(applicantSub, data)).isEqualTo(before);
        assertThat(ask(applicant, id, "{\"kind\":\"extension\",\"validUntil\":\"" + lastDay.plusDays(1)
                + "\",\"reason\":\"Again.\"}").statusCode()).isEqualTo(409);

        HttpResponse<String> approved = decide(Tokens.forUser("chair"), id, changeId, "approve", "");
        assertThat(approved.statusCode()).as(approved.body()).isEqualTo(200);
        Instant newEnd = Instant.parse(Json.object(approved.body()).getString("validUntil"));
        assertThat(newEnd).isEqualTo(lastDay.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toInstant());
        List<String> after = Scenario.visas(applicantSub, data);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        assertThat(Scenario.visaClaims(after.get(0)).getJsonNumber("exp").longValue()).isEqualTo(newEnd.getEpochSecond());
        assertThat(Scenario.eventTypes(applicant, applicationId)).endsWith("permit-change-requested",
                "permit-change-decided", "permit-extended");
        assertThat(Scenario.details(applicant, applicationId).containsKey("pendingChange")
                && !Scenario.details(applicant, applicationId).isNull("pendingChange")).isFalse();
        assertThat(decide(Tokens.forUser("chair"), id, changeId, "approve", "").statusCode()).isEqualTo(409);
    }

    @Test
    void aRefusedAmendmentChangesNothingAndOnlyTheRightPeopleAskOrDecide() {
        Scenario committee = Scenario.freshCommittee();
        Dataset own = committee.dataset("Held cohort");
        Dataset more = committee.dataset("Wanted cohort");
        Dataset foreign = Scenario.otherCommittee().dataset("Someone else's cohort");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(own));
        String id = permit.getString("id");

        assertThat(ask(Tokens.forUser("applicant2"), id, amendment(own, more)).statusCode()).isEqualTo(403);
        assertThat(ask(Tokens.forUser("chair"), id, amendment(own, more)).statusCode()).isEqualTo(403);
        HttpResponse<String> wrong = ask(applicant, id, amendment(own, foreign));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(Json.object(wrong.body()).getString("detail")).isEqualTo("Dataset Someone else's cohort belongs to "
                + "another committee; a permit covers only datasets of its own committee.");

        HttpResponse<String> asked = ask(applicant, id, amendment(own, more));
        assertThat(asked.statusCode()).as(asked.body()).isEqualTo(201);
        String changeId = Json.object(asked.body()).getString("changeId");
        assertThat(decide(Tokens.forUser("member"), id, changeId, "approve", "").statusCode()).isEqualTo(403);
        assertThat(decide(Tokens.forUser("admin2"), id, changeId, "approve", "").statusCode()).isEqualTo(403);
        assertThat(decide(Tokens.forUser("chair"), id, changeId, "refuse", " ").statusCode()).isEqualTo(400);

        HttpResponse<String> refused = decide(Tokens.forUser("admin"), id, changeId, "refuse", "Not covered by the consent.");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(200);
        assertThat(Scenario.visas(applicantSub, more)).isEmpty();
        assertThat(Scenario.visas(applicantSub, own)).hasSize(1);
        assertThat(Scenario.eventTypes(applicant, permit.getString("applicationId")))
                .endsWith("permit-change-requested", "permit-change-decided").doesNotContain("permit-amended");
    }

    private static String amendment(Dataset... datasets) {
        return "{\"kind\":\"amendment\",\"datasets\":[" + String.join(",", java.util.Arrays.stream(datasets)
                .map(d -> Json.quote(d.id())).toList()) + "],\"reason\":\"A second cohort.\"}";
    }

    private static HttpResponse<String> ask(String token, String permitId, String json) {
        return Http.postJson("/api/permits/" + permitId + "/change-requests", token, json);
    }

    private static HttpResponse<String> decide(String token, String permitId, String changeId, String decision,
            String reason) {
        return Http.postJson("/api/permits/" + permitId + "/change-requests/" + changeId + "/decision", token,
                "{\"decision\":" + Json.quote(decision) + ",\"reason\":" + Json.quote(reason) + "}");
    }
}
