package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Scenario.Dataset;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Committees' processes over HTTP with real tokens (issue 6): the research model's completeness
 * check, return and resubmission, a counted vote with a recusal and the legal check; the care
 * fast track; a model uploaded by the committee's administrator that the next request follows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String member = Tokens.forUser("member");
    private final String member2 = Tokens.forUser("member2");
    private final String chair = Tokens.forUser("chair");
    private final String legal = Tokens.forUser("legal");

    @Test
    void aResearchRequestGoesThroughCompletenessAVoteWithARecusalAndTheLegalCheckToItsPermit() {
        Scenario committee = Scenario.votingCommittee();
        Dataset cohort = committee.dataset("Voting cohort");
        String id = Scenario.submitted(applicant, List.of(cohort));
        assertThat(openStep(applicant, id).getString("kind")).isEqualTo("completeness");

        ok(Scenario.act(member, id, "completeness", "{\"decision\":\"incomplete\",\"comment\":\"Attach the ethics approval.\"}"));
        JsonObject returned = Scenario.details(applicant, id);
        assertThat(returned.getString("state")).isEqualTo("RETURNED");
        assertThat(returned.getString("returnReason")).isEqualTo("Attach the ethics approval.");
        assertThat(returned.getJsonObject("openStep").getJsonArray("actions").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("resubmit");
        assertThat(returned.containsKey("revision")).as("one submission so far").isFalse();
        ok(Scenario.act(applicant, id, "resubmission", "{\"response\":\"Attached as annex 2.\","
                + "\"researchPurpose\":\"Finding variants that explain rare kidney and liver disease in children.\"}"));
        JsonObject revision = Scenario.details(chair, id).getJsonObject("revision");
        assertThat(revision.getInt("round")).isEqualTo(2);
        assertThat(revision.getJsonArray("changes").getValuesAs(JsonObject.class)).singleElement().satisfies(c -> {
            assertThat(c.getString("field")).isEqualTo("Research purpose");
            assertThat(c.getString("before")).isEqualTo("Finding variants that explain rare kidney disease in children.");
            assertThat(c.getJsonArray("segments").getValuesAs(JsonObject.class).stream()
                    .filter(s -> s.getString("kind").equals("added")).map(s -> s.getString("text"))
                    .collect(java.util.stream.Collectors.joining()).strip()).isEqualTo("and liver");
        });
        ok(Scenario.act(chair, id, "completeness", "{\"decision\":\"complete\",\"comment\":\"\"}"));

        JsonObject voting = Scenario.details(member, id);
        assertThat(voting.getJsonObject("openStep").getString("kind")).isEqualTo("vote");
        assertThat(Instant.parse(voting.getString("decisionDueAt")))
                .isBetween(Instant.now().plus(Duration.ofDays(88)), Instant.now().plus(Duration.ofDays(93)));
        ok(Scenario.act(member, id, "votes", "{\"choice\":\"approve\",\"comment\":\"Sound plan.\"}"));
        ok(Scenario.act(member2, id, "conflict", "{\"comment\":\"My group provided the samples.\"}"));
        HttpResponse<String> recusedVote = Scenario.act(member2, id, "votes", "{\"choice\":\"approve\",\"comment\":\"\"}");
        assertThat(recusedVote.statusCode()).as(recusedVote.body()).isEqualTo(403);
        assertThat(Scenario.details(member2, id).getJsonObject("vote").containsKey("ballots"))
                .as("a recused member does not see the ballots").isFalse();
        HttpResponse<String> early = Scenario.act(chair, id, "vote-closure", "{}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(409);
        assertThat(Json.object(early.body()).getString("detail")).contains("1 of the 2 votes");
        ok(Scenario.act(chair, id, "votes", "{\"choice\":\"approve\",\"comment\":\"\"}"));
        ok(Scenario.act(chair, id, "vote-closure", "{\"comment\":\"Approved by the committee.\"}"));

        JsonObject asApplicant = Scenario.details(applicant, id);
        JsonObject tally = asApplicant.getJsonObject("vote");
        assertThat(List.of(tally.getInt("approvals"), tally.getInt("rejections"), tally.getInt("abstentions"),
                tally.getInt("recusals"))).containsExactly(2, 0, 0, 1);
        assertThat(tally.containsKey("ballots")).as("the applicant sees the outcome, not who voted what").isFalse();
        assertThat(Scenario.eventTypes(applicant, id)).doesNotContain("vote-cast", "conflict-declared")
                .contains("vote-closed");
        assertThat(Scenario.details(member, id).getJsonObject("vote").getJsonArray("ballots")).hasSize(2);
        assertThat(asApplicant.getJsonObject("openStep").getString("kind")).isEqualTo("legal-check");

        ok(Scenario.legalCheck(legal, id, "pass", "Agreement signed."));
        assertThat(Scenario.details(applicant, id).getString("state")).isEqualTo("PERMIT_ISSUED");
    }

    /** "Waiting for you" follows the open step: who may still vote, the chair who closes, the applicant's return. */
    @Test
    void theWaitingListsFollowTheOpenStepAndWhoMayStillTakeIt() {
        Scenario committee = Scenario.votingCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Waiting cohort")));
        ok(Scenario.act(member, id, "completeness", "{\"decision\":\"incomplete\",\"comment\":\"Add the protocol.\"}"));
        assertThat(waiting(member, id)).as("returned: with the applicant").isFalse();
        assertThat(Http.get("/api/applications?scope=waiting&q=" + id, applicant).body()).contains(id);
        ok(Scenario.act(applicant, id, "resubmission", "{\"response\":\"Added.\"}"));
        assertThat(Http.get("/api/applications?scope=waiting&q=" + id, applicant).body()).doesNotContain(id);
        ok(Scenario.act(chair, id, "completeness", "{\"decision\":\"complete\",\"comment\":\"\"}"));
        assertThat(List.of(waiting(member, id), waiting(member2, id), waiting(chair, id), waiting(legal, id)))
                .containsExactly(true, true, true, false);

        ok(Scenario.act(member, id, "votes", "{\"choice\":\"approve\",\"comment\":\"\"}"));
        ok(Scenario.act(member2, id, "conflict", "{\"comment\":\"\"}"));
        ok(Scenario.act(chair, id, "votes", "{\"choice\":\"approve\",\"comment\":\"\"}"));

        assertThat(List.of(waiting(member, id), waiting(member2, id), waiting(chair, id)))
                .as("voted, recused, the chair who still closes").containsExactly(false, false, true);
        ok(Scenario.act(chair, id, "vote-closure", "{\"comment\":\"\"}"));
        assertThat(List.of(waiting(chair, id), waiting(legal, id))).containsExactly(false, true);
    }

    private static boolean waiting(String token, String id) {
        HttpResponse<String> tasks = Http.get("/api/applications/tasks?q=" + id, token);
        assertThat(tasks.statusCode()).as(tasks.body()).isEqualTo(200);
        return tasks.body().contains(id);
    }

    @Test
    void aVoteWhenNoVoteIsOpenIsAConflictAndWritesNothing() {
        Scenario committee = Scenario.votingCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Not yet voting")));
        List<String> before = Scenario.eventTypes(applicant, id);

        HttpResponse<String> vote = Scenario.act(member, id, "votes", "{\"choice\":\"approve\",\"comment\":\"\"}");
        HttpResponse<String> close = Scenario.act(chair, id, "vote-closure", "{}");
        HttpResponse<String> outsider = Scenario.act(Tokens.forUser("outsider"), id, "completeness",
                "{\"decision\":\"complete\",\"comment\":\"\"}");
        HttpResponse<String> badChoice = Scenario.act(member, id, "votes", "{\"choice\":\"maybe\"}");

        assertThat(vote.statusCode()).as(vote.body()).isEqualTo(409);
        assertThat(vote.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(Json.object(vote.body()).getString("detail"))
                .isEqualTo("This request has no open committee vote (it is: Awaiting completeness check).");
        assertThat(close.statusCode()).isEqualTo(409);
        assertThat(outsider.statusCode()).as(outsider.body()).isEqualTo(403);
        assertThat(badChoice.statusCode()).isEqualTo(400);
        assertThat(Scenario.eventTypes(applicant, id)).isEqualTo(before);
    }

    @Test
    void aCareRequestTakesTheFastTrackToANinetyDayPermit() {
        Scenario committee = Scenario.freshCommittee();
        Dataset genomes = committee.dataset("Diagnostic genomes");
        HttpResponse<String> submitted = Scenario.submit(applicant, "Diagnosis of patient 17", List.of(genomes), "care");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = Json.object(submitted.body()).getString("id");
        JsonObject details = Json.object(submitted.body());
        assertThat(details.getString("use")).isEqualTo("care");
        assertThat(details.getString("process")).startsWith("rare-disease-diagnosis");
        assertThat(Instant.parse(details.getString("decisionDueAt")))
                .isBetween(Instant.now().plus(Duration.ofDays(4)), Instant.now().plus(Duration.ofDays(6)));

        ok(Scenario.review(member, id, "approve", "Clinically indicated."));

        JsonObject permit = Scenario.details(applicant, id).getJsonObject("permit");
        Duration validity = Duration.between(Instant.parse(permit.getString("validFrom")),
                Instant.parse(permit.getString("validUntil")));
        assertThat(validity).isEqualTo(Duration.ofDays(90));
        assertThat(Scenario.eventTypes(applicant, id)).doesNotContain("legal-check-passed");
    }

    @Test
    void anUploadedModelWithAnEthicsStepServesTheNextRequestWithoutARestart() {
        Scenario committee = Scenario.freshCommittee();
        Dataset genomes = committee.dataset("Ethics cohort");
        String admin = committee.adminToken();
        String running = Json.object(Scenario.submit(applicant, "Before the upload", List.of(genomes), "care").body())
                .getString("id");
        String path = "/api/admin/dacs/" + committee.dacId + "/processes";
        String shipped = Http.get(path + "/rare-disease-diagnosis", admin).body();

        HttpResponse<String> refused = Http.sendBody("POST", path, admin, "application/xml",
                shipped.replace("<bpmn:userTask id=\"review\" name=\"Clinical review\">",
                        "<bpmn:userTask id=\"review\" name=\"Clinical review\" camunda:candidateUsers=\"mallory\">"));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.object(refused.body()).getJsonArray("reasons").getString(0)).contains("Clinical review");
        HttpResponse<String> notTheirs = Http.sendBody("POST", path, Tokens.forUser("admin2"), "application/xml", shipped);
        assertThat(notTheirs.statusCode()).isEqualTo(403);

        HttpResponse<String> uploaded = Http.sendBody("POST", path + "?fileName=with-ethics.bpmn", admin,
                "application/xml", withEthicsStep(shipped));
        assertThat(uploaded.statusCode()).as(uploaded.body()).isEqualTo(201);
        assertThat(Json.object(uploaded.body()).getBoolean("uploaded")).isTrue();

        String next = Json.object(Scenario.submit(applicant, "After the upload", List.of(genomes), "care").body())
                .getString("id");
        assertThat(openStep(chair, next).getString("kind")).isEqualTo("ethics");
        assertThat(openStep(chair, running).getString("kind")).isEqualTo("review");
        ok(Scenario.act(chair, next, "ethics-opinion", "{\"decision\":\"favourable\",\"comment\":\"REC 2026/117\"}"));
        assertThat(openStep(member, next).getString("kind")).isEqualTo("review");
        // the other committee keeps the shipped model
        Scenario other = Scenario.otherCommittee();
        String elsewhere = Json.object(Scenario.submit(applicant, "Elsewhere", List.of(other.dataset("Other")), "care")
                .body()).getString("id");
        assertThat(openStep(Tokens.forUser("outsider"), elsewhere).getString("kind")).isEqualTo("review");
    }

    private static String withEthicsStep(String model) {
        String id = UUID.randomUUID().toString().substring(0, 4);
        return model.replace("<bpmn:sequenceFlow id=\"toReview\" sourceRef=\"submitted\" targetRef=\"review\"/>", """
                <bpmn:sequenceFlow id="toReview" sourceRef="submitted" targetRef="ethics"/>
                <bpmn:userTask id="ethics" name="Ethics opinion">
                  <bpmn:extensionElements><camunda:properties>
                    <camunda:property name="consulate:step" value="ethics"/>
                  </camunda:properties></bpmn:extensionElements>
                </bpmn:userTask>
                <bpmn:sequenceFlow id="toEthicsDecided" sourceRef="ethics" targetRef="ethicsDecided"/>
                <bpmn:exclusiveGateway id="ethicsDecided" name="Favourable?"/>
                <bpmn:sequenceFlow id="favourable" sourceRef="ethicsDecided" targetRef="review">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${approved}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:sequenceFlow id="unfavourable" sourceRef="ethicsDecided" targetRef="ethicsRejected">
                  <bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${!approved}</bpmn:conditionExpression>
                </bpmn:sequenceFlow>
                <bpmn:endEvent id="ethicsRejected" name="Unfavourable ethics opinion X"/>
                """.replace("X", id));
    }

    private static JsonObject openStep(String token, String id) {
        return Scenario.details(token, id).getJsonObject("openStep");
    }

    private static void ok(HttpResponse<String> response) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }
}
