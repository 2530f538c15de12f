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
    void theApplicantAnswersOnTheRequestTheCommitteeFillsItsOwnFieldsAndTheVersionIsKept() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms", admin, OWN_FORM).statusCode()).isEqualTo(201);
        String applicant = Tokens.forUser("applicant");
        String member = Tokens.forUser("member");
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Form answers IT")));
        String path = "/api/applications/" + id + "/form";

        JsonObject empty = Json.object(Http.get(path, applicant).body());
        assertThat(empty.getInt("version")).isEqualTo(1);
        assertThat(empty.getBoolean("mayAnswer")).isTrue();
        assertThat(empty.getBoolean("forCommittee")).isFalse();
        assertThat(empty.getJsonArray("fields").getValuesAs(JsonObject.class)).extracting(f -> f.getString("key"))
                .containsExactly("summary", "sites", "lyon-contact");

        HttpResponse<String> refused = Http.sendBody("PUT", path, applicant, "application/json",
                "{\"sites\":[\"lyon\"],\"lyon-contact\":\"nobody\"}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.object(refused.body()).getJsonArray("reasons").getValuesAs(JsonString.class))
                .extracting(JsonString::getString).containsExactly("summary: Answer this question.",
                        "lyon-contact: Give an e-mail address, like name@example.org.");
        assertThat(Json.object(Http.get(path, applicant).body()).getJsonObject("answers")).isEmpty();

        HttpResponse<String> saved = Http.sendBody("PUT", path, applicant, "application/json",
                "{\"summary\":\"Kidney variants.\",\"sites\":[\"lyon\"],\"lyon-contact\":\"ana@lyon.example.org\"}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Json.object(saved.body()).getJsonObject("answers").getString("lyon-contact")).isEqualTo("ana@lyon.example.org");

        // the committee fills its own field; the applicant never reads it
        HttpResponse<String> notes = Http.sendBody("PUT", path, member, "application/json",
                "{\"reviewer-notes\":\"Check the consent's date.\"}");
        assertThat(notes.statusCode()).as(notes.body()).isEqualTo(200);
        JsonObject forMember = Json.object(Http.get(path, member).body());
        assertThat(forMember.getBoolean("forCommittee")).isTrue();
        assertThat(forMember.getJsonObject("answers").getString("reviewer-notes")).isEqualTo("Check the consent's date.");
        assertThat(forMember.getJsonObject("answers").getString("summary")).isEqualTo("Kidney variants.");
        assertThat(Http.get(path, applicant).body()).doesNotContain("consent's date").doesNotContain("reviewer-notes");
        assertThat(Http.sendBody("PUT", path, applicant, "application/json", "{\"reviewer-notes\":\"mine\"}").statusCode())
                .isEqualTo(400);
        assertThat(Http.get(path, Tokens.forUser("outsider")).statusCode()).isEqualTo(403);

        // a newer version does not move the request: it keeps version 1
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms/ehds", admin, "").statusCode()).isEqualTo(201);
        assertThat(Json.object(Http.get(path, applicant).body()).getInt("version")).isEqualTo(1);
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
