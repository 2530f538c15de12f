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
 * Issue 8: requests start as drafts the applicant saves over several sittings; only they see
 * them; submitting one submits the request and deletes the draft; a request can be copied as a
 * new draft.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DraftsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String other = Tokens.forUser("applicant2");

    @Test
    void aDraftIsSavedOverTwoSittingsThenSubmittedAndGone() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Drafted cohort");
        String title = "Drafted " + UUID.randomUUID().toString().substring(0, 8);

        HttpResponse<String> created = Http.postJson("/api/drafts", applicant, "{\"title\":" + Json.quote(title) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String id = Json.object(created.body()).getString("id");
        assertThat(mine(applicant)).contains(id);
        assertThat(mine(other)).doesNotContain(id);
        assertThat(Http.get("/api/drafts/" + id, other).statusCode()).isEqualTo(404);
        assertThat(Http.sendBody("PUT", "/api/drafts/" + id, other, "application/json", "{\"title\":\"mine now\"}")
                .statusCode()).isEqualTo(404);

        // the second sitting: the purpose, too short yet; submitting says so and keeps the draft
        HttpResponse<String> second = Http.sendBody("PUT", "/api/drafts/" + id, applicant, "application/json",
                "{\"title\":" + Json.quote(title) + ",\"researchPurpose\":\"kidneys\",\"datasetIds\":["
                        + Json.quote(dataset.id()) + "],\"category\":\"HMB\"}");
        assertThat(second.statusCode()).as(second.body()).isEqualTo(200);
        HttpResponse<String> early = Http.postJson("/api/drafts/" + id + "/submission", applicant, "{}");
        assertThat(early.statusCode()).isEqualTo(400);
        assertThat(Json.object(early.body()).getString("detail"))
                .isEqualTo("The research purpose must be between 20 and 4000 characters long.");
        assertThat(Json.object(Http.get("/api/drafts/" + id, applicant).body()).getJsonObject("form")
                .getString("researchPurpose")).isEqualTo("kidneys");
        assertThat(Json.object(Http.get("/api/applications?q=" + title.substring(8), applicant).body())
                .getJsonArray("items")).isEmpty();

        Http.sendBody("PUT", "/api/drafts/" + id, applicant, "application/json", "{\"title\":" + Json.quote(title)
                + ",\"researchPurpose\":\"Linking rare variants to kidney phenotypes in children.\",\"datasetIds\":["
                + Json.quote(dataset.id()) + "],\"category\":\"HMB\",\"geneticStudy\":true}");
        HttpResponse<String> submitted = Http.postJson("/api/drafts/" + id + "/submission", applicant, "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String requestId = Json.object(submitted.body()).getJsonArray("ids").getString(0);
        JsonObject request = Json.object(Http.get("/api/applications/" + requestId, applicant).body());
        assertThat(request.getString("title")).isEqualTo(title);
        assertThat(request.getJsonObject("codedPurpose").getString("category")).isEqualTo("HMB");
        assertThat(Http.get("/api/drafts/" + id, applicant).statusCode()).isEqualTo(404);
        assertThat(mine(applicant)).doesNotContain(id);
    }

    @Test
    void aDraftKeepsTheAnswersToTheCommitteesFormAndIsSubmittedOnlyWithTheRequiredOnes() {
        Scenario committee = Scenario.freshCommittee();
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms", committee.adminToken(),
                "{\"name\":\"Draft form\",\"fields\":[{\"key\":\"months\",\"type\":\"number\",\"required\":true,"
                        + "\"label\":{\"en\":\"Months\"}},{\"key\":\"site\",\"type\":\"short-text\",\"required\":true,"
                        + "\"label\":{\"en\":\"Site\"}}]}").statusCode()).isEqualTo(201);
        Scenario.Dataset dataset = committee.dataset("Drafted form cohort");
        String form = "{\"title\":\"Drafted form\",\"researchPurpose\":\"Linking rare variants to kidney phenotypes.\","
                + "\"datasetIds\":[" + Json.quote(dataset.id()) + "],\"forms\":{" + Json.quote(committee.dacId) + ":";

        HttpResponse<String> first = Http.postJson("/api/drafts", applicant, form + "{\"months\":\"12\"}}}");
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        String id = Json.object(first.body()).getString("id");
        HttpResponse<String> early = Http.postJson("/api/drafts/" + id + "/submission", applicant, "{}");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(400);
        assertThat(early.body()).contains("forms." + committee.dacId + ".site: Answer this question.")
                .doesNotContain(".months");
        JsonObject kept = Json.object(Http.get("/api/drafts/" + id, applicant).body());
        assertThat(kept.getJsonObject("form").getJsonObject("forms").getJsonObject(committee.dacId).getString("months"))
                .isEqualTo("12");
        assertThat(Http.sendBody("PUT", "/api/drafts/" + id, applicant, "application/json", form + "\"twelve\"}}")
                .statusCode()).isEqualTo(400);

        assertThat(Http.sendBody("PUT", "/api/drafts/" + id, applicant, "application/json",
                form + "{\"months\":\"12\",\"site\":\"Lyon\"}}}").statusCode()).isEqualTo(200);
        HttpResponse<String> submitted = Http.postJson("/api/drafts/" + id + "/submission", applicant, "{}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String requestId = Json.object(submitted.body()).getJsonArray("ids").getString(0);
        JsonObject answers = Json.object(Http.get("/api/applications/" + requestId + "/form", applicant).body())
                .getJsonObject("answers");
        assertThat(answers.getString("months")).isEqualTo("12");
        assertThat(answers.getString("site")).isEqualTo("Lyon");
    }

    @Test
    void aRequestIsCopiedAsANewDraftByItsApplicantOnly() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Copied cohort");
        String id = Scenario.submitted(applicant, List.of(dataset));

        assertThat(Http.postJson("/api/applications/" + id + "/copy", other, "").statusCode()).isEqualTo(403);
        assertThat(Http.postJson("/api/applications/" + id + "/copy", Tokens.forUser("member"), "").statusCode())
                .isEqualTo(403);
        HttpResponse<String> copy = Http.postJson("/api/applications/" + id + "/copy", applicant, "");
        assertThat(copy.statusCode()).as(copy.body()).isEqualTo(201);
        JsonObject draft = Json.object(copy.body());
        assertThat(draft.getString("copiedFrom")).isEqualTo(id);
        assertThat(draft.getJsonObject("form").getString("researchPurpose"))
                .isEqualTo("Finding variants that explain rare kidney disease in children.");
        assertThat(draft.getJsonObject("form").getJsonArray("datasetIds").getString(0)).isEqualTo(dataset.id());

        String draftId = draft.getString("id");
        assertThat(Http.sendBody("DELETE", "/api/drafts/" + draftId, other, "application/json", "").statusCode())
                .isEqualTo(404);
        assertThat(Http.sendBody("DELETE", "/api/drafts/" + draftId, applicant, "application/json", "").statusCode())
                .isEqualTo(204);
        assertThat(mine(applicant)).doesNotContain(draftId);
    }

    @Test
    void badDraftsAndOtherRolesAreRefused() {
        HttpResponse<String> tooLong = Http.postJson("/api/drafts", applicant, "{\"title\":" + Json.quote("t".repeat(201)) + "}");
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(Json.object(tooLong.body()).getString("detail")).isEqualTo("title: at most 200 characters (201 given).");
        assertThat(Http.get("/api/drafts", Tokens.forUser("member")).statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/drafts", null).statusCode()).isEqualTo(401);
        assertThat(Http.postJson("/api/drafts/no-such-draft/submission", applicant, "{}").statusCode()).isEqualTo(404);
    }

    private static List<String> mine(String token) {
        return Json.array(Http.get("/api/drafts", token).body()).getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("id")).toList();
    }
}
