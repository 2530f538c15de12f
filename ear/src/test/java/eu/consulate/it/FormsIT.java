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
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, forms: a committee's administrator publishes form versions (the EHDS template, then
 * one of their own); anybody reads the current version without the committee-only fields and
 * has answers checked field by field; a broken definition is refused with every reason.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormsIT {

    private static final String OWN_FORM = "{\"name\":\"Short form\",\"fields\":["
            + "{\"key\":\"summary\",\"type\":\"long-text\",\"required\":true,\"maxLength\":50,"
            + "\"label\":{\"en\":\"Summary\",\"de\":\"Zusammenfassung\"},\"help\":{\"en\":\"In two sentences.\"}},"
            + "{\"key\":\"sites\",\"type\":\"multiple-choice\",\"label\":{\"en\":\"Sites\"},"
            + "\"options\":[{\"value\":\"berlin\",\"label\":{\"en\":\"Berlin\"}},{\"value\":\"lyon\",\"label\":{\"en\":\"Lyon\"}}]},"
            + "{\"key\":\"lyon-contact\",\"type\":\"email\",\"required\":true,\"label\":{\"en\":\"Contact in Lyon\"},"
            + "\"visibleWhen\":{\"field\":\"sites\",\"equals\":\"lyon\"}},"
            + "{\"key\":\"reviewer-notes\",\"type\":\"long-text\",\"committeeOnly\":true,\"label\":{\"en\":\"Notes\"}}]}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void anAdministratorPublishesVersionsAndApplicantsGetTheCurrentOneChecked() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();
        String base = "/api/admin/dacs/" + committee.dacId + "/forms";
        assertThat(Http.get("/api/forms/committees/" + committee.dacId, null).statusCode()).isEqualTo(404);

        HttpResponse<String> ehds = Http.postJson(base + "/ehds", admin, "");
        assertThat(ehds.statusCode()).as(ehds.body()).isEqualTo(201);
        assertThat(Json.object(ehds.body()).getInt("version")).isEqualTo(1);
        JsonObject template = Json.object(Http.get("/api/forms/committees/" + committee.dacId, null).body());
        assertThat(template.getString("name")).isEqualTo("EHDS data access application (Art. 67)");
        assertThat(template.getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("key"))
                .contains("legal-basis", "pseudonymisation-justification", "secure-processing-environment")
                .doesNotContain("committee-assessment");

        HttpResponse<String> own = Http.postJson(base, admin, OWN_FORM);
        assertThat(own.statusCode()).as(own.body()).isEqualTo(201);
        JsonObject version2 = Json.object(own.body());
        assertThat(version2.getInt("version")).isEqualTo(2);
        assertThat(version2.getInt("fields")).isEqualTo(4);
        List<JsonObject> versions = Json.array(Http.get(base, admin).body()).getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getInt("version") + (v.getBoolean("current") ? "*" : ""))
                .containsExactly("2*", "1");

        // applicants (anybody, even without a login) see version 2 without the committee's field
        JsonObject current = Json.object(Http.get("/api/forms/committees/" + committee.dacId, null).body());
        assertThat(current.getInt("version")).isEqualTo(2);
        assertThat(current.getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("key"))
                .containsExactly("summary", "sites", "lyon-contact");
        assertThat(current.toString()).doesNotContain("reviewer-notes");
        String formId = current.getString("id");

        JsonObject ok = check(formId, "{\"summary\":\"Kidney variants in children.\",\"sites\":[\"berlin\"]}");
        assertThat(ok.getBoolean("valid")).isTrue();
        JsonObject wrong = check(formId, "{\"summary\":\"" + "x".repeat(51) + "\",\"sites\":[\"lyon\",\"paris\"],"
                + "\"reviewer-notes\":\"I am not the committee\"}");
        assertThat(wrong.getBoolean("valid")).isFalse();
        assertThat(wrong.getJsonObject("errors").keySet()).containsExactly("reviewer-notes", "summary", "sites", "lyon-contact");
        assertThat(wrong.getJsonObject("errors").getString("summary")).isEqualTo("At most 50 characters (this has 51).");
        JsonObject lyon = check(formId, "{\"summary\":\"Kidney variants.\",\"sites\":[\"lyon\"],\"lyon-contact\":\"nobody\"}");
        assertThat(lyon.getJsonObject("errors").getString("lyon-contact")).isEqualTo("Give an e-mail address, like name@example.org.");
        // the version before stays readable to check against: a running request keeps its version
        JsonObject old = check(Json.object(ehds.body()).getString("id"), "{}");
        assertThat(old.getJsonObject("errors").keySet()).contains("purpose", "terms");

        // the change is on the committee's record
        assertThat(Http.get("/api/admin/dacs/" + committee.dacId + "/changes", admin).body()).contains("form-published");
    }

    @Test
    void aBrokenDefinitionIsRefusedWithEveryReasonAndOnlyTheCommitteesAdministratorPublishes() {
        Scenario committee = Scenario.freshCommittee();
        String base = "/api/admin/dacs/" + committee.dacId + "/forms";

        HttpResponse<String> broken = Http.postJson(base, committee.adminToken(), "{\"name\":\"\",\"fields\":["
                + "{\"key\":\"pick\",\"type\":\"single-choice\",\"label\":{\"en\":\"Pick\"}},"
                + "{\"key\":\"later\",\"type\":\"short-text\",\"label\":{\"fr\":\"Plus tard\"}}]}");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        assertThat(Json.object(broken.body()).getJsonArray("reasons").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly(
                        "name: give the form a name of at most 200 characters.",
                        "pick: a choice needs options.",
                        "later: an English label (\"en\") is required.",
                        "later: labels and help are written in en, de, not \"fr\".");
        HttpResponse<String> unknownType = Http.postJson(base, committee.adminToken(),
                "{\"name\":\"x\",\"fields\":[{\"key\":\"a\",\"type\":\"slider\",\"label\":{\"en\":\"A\"}}]}");
        assertThat(unknownType.statusCode()).isEqualTo(400);
        assertThat(unknownType.body()).contains("a: type is one of short-text, long-text, email");
        assertThat(Json.array(Http.get(base, committee.adminToken()).body())).isEmpty();

        assertThat(Http.postJson(base, Tokens.forUser("admin2"), OWN_FORM).statusCode()).isEqualTo(403);
        assertThat(Http.postJson(base, Tokens.forUser("chair"), OWN_FORM).statusCode()).isEqualTo(403);
        assertThat(Http.postJson("/api/forms/no-such-form/check", null, "{}").statusCode()).isEqualTo(404);
    }

    @Test
    void theApplicantHandsInAnswersWithTheRequestChangesThemWhenReturnedAndReviewersSeeTheDiff() {
        Scenario committee = Scenario.votingCommittee();
        String admin = committee.adminToken();
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms", admin, OWN_FORM).statusCode()).isEqualTo(201);
        String applicant = Tokens.forUser("applicant");
        String member = Tokens.forUser("member");
        Scenario.Dataset dataset = committee.dataset("Form answers IT");
        String title = "Form answers " + java.util.UUID.randomUUID();
        String prefix = "forms." + committee.dacId + ".";

        // without answers, or with wrong ones: every field's error, and no request
        HttpResponse<String> none = submit(applicant, title, committee.dacId, dataset, null);
        assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
        assertThat(reasons(none)).containsExactly(prefix + "summary: Answer this question.");
        HttpResponse<String> wrong = submit(applicant, title, committee.dacId, dataset, Json.object(
                "{\"sites\":[\"lyon\"],\"lyon-contact\":\"nobody\"}"));
        assertThat(wrong.statusCode()).as(wrong.body()).isEqualTo(400);
        assertThat(reasons(wrong)).containsExactly(prefix + "summary: Answer this question.",
                prefix + "lyon-contact: Give an e-mail address, like name@example.org.");
        assertThat(Http.get("/api/applications?q=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8),
                applicant).body()).doesNotContain(title);

        HttpResponse<String> submitted = submit(applicant, title, committee.dacId, dataset, Json.object(
                "{\"summary\":\"Kidney variants.\",\"sites\":[\"lyon\"],\"lyon-contact\":\"ana@lyon.example.org\"}"));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = Json.object(submitted.body()).getString("id");
        String path = "/api/applications/" + id + "/form";
        JsonObject handedIn = Json.object(Http.get(path, applicant).body());
        assertThat(handedIn.getInt("version")).isEqualTo(1);
        assertThat(handedIn.getJsonObject("answers").getString("lyon-contact")).isEqualTo("ana@lyon.example.org");
        // with the committee, the answers do not change under its eyes
        assertThat(handedIn.getBoolean("mayAnswer")).isFalse();
        HttpResponse<String> meanwhile = Http.sendBody("PUT", path, applicant, "application/json",
                "{\"summary\":\"Something else.\"}");
        assertThat(meanwhile.statusCode()).as(meanwhile.body()).isEqualTo(409);

        // the committee fills its own field; the applicant never reads it
        HttpResponse<String> notes = Http.sendBody("PUT", path, member, "application/json",
                "{\"reviewer-notes\":\"Check the consent's date.\"}");
        assertThat(notes.statusCode()).as(notes.body()).isEqualTo(200);
        JsonObject forMember = Json.object(Http.get(path, member).body());
        assertThat(forMember.getBoolean("forCommittee")).isTrue();
        assertThat(forMember.getJsonObject("answers").getString("reviewer-notes")).isEqualTo("Check the consent's date.");
        assertThat(forMember.getJsonObject("answers").getString("summary")).isEqualTo("Kidney variants.");
        assertThat(Http.get(path, applicant).body()).doesNotContain("consent's date").doesNotContain("reviewer-notes");
        assertThat(Http.get(path, Tokens.forUser("outsider")).statusCode()).isEqualTo(403);

        // returned: the applicant changes an answer and resubmits; the reviewers see what changed
        assertThat(Scenario.act(member, id, "completeness", "{\"decision\":\"incomplete\",\"comment\":\"Say which variants.\"}")
                .statusCode()).isEqualTo(200);
        assertThat(Json.object(Http.get(path, applicant).body()).getBoolean("mayAnswer")).isTrue();
        assertThat(Http.sendBody("PUT", path, applicant, "application/json", "{\"reviewer-notes\":\"mine\"}").statusCode())
                .isEqualTo(400);
        HttpResponse<String> changed = Http.sendBody("PUT", path, applicant, "application/json",
                "{\"summary\":\"Rare kidney variants.\",\"sites\":[\"lyon\"],\"lyon-contact\":\"ana@lyon.example.org\"}");
        assertThat(changed.statusCode()).as(changed.body()).isEqualTo(200);
        assertThat(Scenario.act(applicant, id, "resubmission", "{\"response\":\"Said.\"}").statusCode()).isEqualTo(200);
        JsonObject revision = Scenario.details(member, id).getJsonObject("revision");
        assertThat(revision.getJsonArray("changes").getValuesAs(JsonObject.class)).singleElement().satisfies(c -> {
            assertThat(c.getString("field")).isEqualTo("Summary");
            assertThat(c.getString("before")).isEqualTo("Kidney variants.");
            assertThat(c.getString("after")).isEqualTo("Rare kidney variants.");
        });

        // a newer version does not move the request: it keeps version 1
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms/ehds", admin, "").statusCode()).isEqualTo(201);
        assertThat(Json.object(Http.get(path, applicant).body()).getInt("version")).isEqualTo(1);
    }

    private static HttpResponse<String> submit(String token, String title, String dacId, Scenario.Dataset dataset,
            JsonObject answers) {
        return Http.postJson("/api/applications", token, "{\"title\":" + Json.quote(title)
                + ",\"researchPurpose\":\"Finding variants that explain rare kidney disease in children.\""
                + ",\"datasetIds\":[" + Json.quote(dataset.id()) + "]"
                + (answers == null ? "" : ",\"forms\":{" + Json.quote(dacId) + ":" + answers + "}")
                + "}");
    }

    private static List<String> reasons(HttpResponse<String> response) {
        return Json.object(response.body()).getJsonArray("reasons").getValuesAs(JsonString.class).stream()
                .map(JsonString::getString).toList();
    }

    @Test
    void theDemoCommitteeAsksWithTheEhdsTemplate() {
        JsonObject demo = Json.object(Http.get("/api/forms/committees/b7d3c0de-0000-4000-8000-000000000001", null).body());
        assertThat(demo.getString("name")).isEqualTo("EHDS data access application (Art. 67)");
    }

    private static JsonObject check(String formId, String answers) {
        HttpResponse<String> response = Http.postJson("/api/forms/" + formId + "/check", null, answers);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }
}
