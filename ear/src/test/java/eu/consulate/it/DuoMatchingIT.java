package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * Issue 7: the DUO matcher as an API for other systems ({@code POST /api/duo/evaluate}, no token),
 * the disease ontology it reads (the shipped MONDO subset, {@code GET /api/diseases}), and an
 * administrator's OBO import that replaces it all or nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DuoMatchingIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    static final String ISSUE_EXAMPLE = """
            {"conditions":{"permission":"DS","diseases":["MONDO:0004992"],"modifiers":[{"code":"TS","months":12},{"code":"NCU"}]},
             "purpose":{"category":"DS","diseases":["MONDO:0008903"],"commercial":%s,"forProfitOrganisation":false,
                        "methodsDevelopment":false,"geneticStudy":true,"controlSet":false}}""";

    @Test
    void theIssuesExampleIsConditionalOnTheTimeLimitAndDeniedForCommercialUse() {
        HttpResponse<String> answer = Http.postJson("/api/duo/evaluate", null, ISSUE_EXAMPLE.formatted("false"));

        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        JsonObject result = Json.object(answer.body());
        assertThat(result.getString("outcome")).isEqualTo("conditional");
        assertThat(result.getJsonArray("obligations").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("code")).containsExactly("TS");
        assertThat(result.getJsonArray("obligations").getJsonObject(0).getString("text"))
                .startsWith("The data may be used for 12 months at most");
        assertThat(strings(result, "reasons")).containsExactly("Lung cancer (MONDO:0008903) is a kind of cancer "
                + "(MONDO:0004992), to which disease specific research, DUO:0000007 limits the data.");

        JsonObject denied = Json.object(Http.postJson("/api/duo/evaluate", null, ISSUE_EXAMPLE.formatted("true")).body());
        assertThat(denied.getString("outcome")).isEqualTo("denied");
        assertThat(denied.getJsonArray("obligations")).isEmpty();
        assertThat(strings(denied, "reasons")).containsExactly(
                "The data may not be used commercially (non-commercial use only, DUO:0000046).");

        // CURIEs work as shorthands do; a broader disease than the condition's is denied
        JsonObject broader = Json.object(Http.postJson("/api/duo/evaluate", null, """
                {"conditions":{"permission":"DUO:0000007","diseases":["MONDO:0008903"],"modifiers":[{"code":"DUO:0000021"}]},
                 "purpose":{"category":"DUO:0000007","diseases":["MONDO:0004992"]}}""").body());
        assertThat(broader.getString("outcome")).isEqualTo("denied");
        assertThat(strings(broader, "reasons").get(0)).contains("cancer (MONDO:0004992) is not it or a kind of it");
    }

    @Test
    void badInputGetsAProblemNamingIt() {
        assertProblem(evaluate("{\"permission\":\"XYZ\"}", "{\"category\":\"HMB\"}"),
                "The data use needs exactly one DUO permission (NRES, GRU, HMB, DS or POA), not 'XYZ'.");
        assertProblem(evaluate("{\"permission\":[\"GRU\",\"HMB\"]}", "{\"category\":\"HMB\"}"),
                "conditions.permission: a data use has exactly one DUO permission, not a list.");
        assertProblem(evaluate("{\"permission\":\"GRU\",\"modifiers\":[{\"code\":\"HMB\"}]}", "{\"category\":\"HMB\"}"),
                "HMB is a DUO permission; a data use has exactly one, given as the permission.");
        assertProblem(evaluate("{\"permission\":\"GRU\",\"modifiers\":[{\"code\":\"TS\"}]}", "{\"category\":\"HMB\"}"),
                "A time limit on use (TS) names its months, 1 to 120.");
        assertProblem(evaluate("{\"permission\":\"GRU\",\"modifiers\":[{\"code\":\"GS\",\"months\":3}]}",
                "{\"category\":\"HMB\"}"), "conditions.modifiers[0]: GS takes 'region', not 'months'.");
        assertProblem(evaluate("{\"permission\":\"GRU\",\"modifiers\":[{\"code\":\"MOR\",\"until\":\"soon\"}]}",
                "{\"category\":\"HMB\"}"), "A publication moratorium (MOR) names the date it ends, as 2027-06-30.");
        assertProblem(evaluate("{\"permission\":\"DS\",\"diseases\":[\"MONDO:9999999\"]}",
                "{\"category\":\"DS\",\"diseases\":[\"MONDO:0004992\"]}"),
                "Unknown disease identifier: MONDO:9999999 (not in the imported disease ontology).");
        assertProblem(evaluate("{\"permission\":\"GRU\"}", "{\"category\":\"DS\",\"diseases\":[\"MONDO:0000000\"]}"),
                "Unknown disease identifier: MONDO:0000000 (not in the imported disease ontology).");
        assertProblem(evaluate("{\"permission\":\"GRU\"}", "{\"category\":\"HMB\",\"commercial\":\"yes\"}"),
                "'purpose.commercial' is true or false.");
        assertProblem(evaluate("{\"permission\":\"GRU\",\"colour\":\"red\"}", "{\"category\":\"HMB\"}"),
                "Unknown field 'conditions.colour'; expected diseases, modifiers, permission.");
        assertProblem(Http.postJson("/api/duo/evaluate", null, "{\"conditions\":{\"permission\":\"GRU\"}}"),
                "'purpose' is required and is an object.");
    }

    @Test
    void theShippedDiseasesAreSearchableWithTheirPaths() {
        HttpResponse<String> found = Http.get("/api/diseases?q=lung", null);

        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        List<JsonObject> diseases = Json.array(found.body()).getValuesAs(JsonObject.class);
        assertThat(diseases).extracting(d -> d.getString("id")).containsExactly("MONDO:0008903", "MONDO:0005061");
        assertThat(strings(diseases.get(1), "path")).containsExactly("disease", "cancer", "lung cancer",
                "lung adenocarcinoma");
        assertThat(Http.get("/api/diseases?limit=1000", null).statusCode()).isEqualTo(400);
    }

    @Test
    void anAdministratorImportsAnOboFileAllOrNothing() throws Exception {
        String admin = Tokens.forUser("admin");
        String shipped = Files.readString(Path.of("..", "db", "src", "main", "resources", "ontology", "mondo-demo.obo"));
        int before = Json.array(Http.get("/api/diseases?limit=100", null).body()).size();

        HttpResponse<String> broken = Http.sendBody("POST", "/api/admin/diseases?source=broken.obo", admin, "text/plain",
                shipped + "\n[Term]\nid: MONDO:0011122\nname: obesity disorder\nis_a\n");
        assertThat(broken.statusCode()).as(broken.body()).isEqualTo(400);
        assertThat(Json.object(broken.body()).getString("detail")).startsWith("The file is not in the OBO format: line ");
        assertThat(Json.array(Http.get("/api/diseases?limit=100", null).body())).hasSize(before);
        assertThat(Http.sendBody("POST", "/api/admin/diseases", Tokens.forUser("chair"), "text/plain", shipped)
                .statusCode()).isEqualTo(403);
        assertThat(Http.sendBody("POST", "/api/admin/diseases", null, "text/plain", shipped).statusCode()).isEqualTo(401);

        // the shipped terms stay (other tests name them), one more comes
        HttpResponse<String> imported = Http.sendBody("POST", "/api/admin/diseases?source=mondo-plus.obo", admin,
                "text/plain", shipped + "\n[Term]\nid: MONDO:0011122\nname: obesity disorder\n"
                        + "is_a: MONDO:0005066 ! metabolic disease\n");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(201);
        JsonObject record = Json.object(imported.body());
        assertThat(record.getString("source")).isEqualTo("mondo-plus.obo");
        assertThat(record.getInt("terms")).isEqualTo(before + 1);
        assertThat(record.getString("importedBy")).isEqualTo(Tokens.claims(admin).getString("sub"));
        assertThat(Json.array(Http.get("/api/admin/diseases", admin).body()).getJsonObject(0).getString("source"))
                .isEqualTo("mondo-plus.obo");

        JsonObject obesity = Json.array(Http.get("/api/diseases?q=obesity", null).body()).getJsonObject(0);
        assertThat(strings(obesity, "path")).containsExactly("disease", "metabolic disease", "obesity disorder");
        JsonObject match = Json.object(evaluate("{\"permission\":\"DS\",\"diseases\":[\"MONDO:0005066\"]}",
                "{\"category\":\"DS\",\"diseases\":[\"MONDO:0011122\"]}").body());
        assertThat(match.getString("outcome")).isEqualTo("permitted");
    }

    @Test
    void aDatasetCannotNameADiseaseTheOntologyDoesNotKnow() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Unknown disease cohort");

        HttpResponse<String> refused = Http.sendBody("PUT", "/api/admin/datasets/" + dataset.id() + "/data-use",
                committee.adminToken(), "application/json",
                "{\"permission\":\"DS\",\"diseases\":[\"MONDO:9999998\"],\"modifiers\":[]}");

        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.object(refused.body()).getString("detail"))
                .isEqualTo("Unknown disease identifier: MONDO:9999998 (not in the imported disease ontology).");
        JsonObject after = Json.object(Http.get("/api/admin/datasets/" + dataset.id() + "/data-use",
                committee.adminToken()).body());
        assertThat(after.containsKey("permission") && !after.isNull("permission")).as(after.toString()).isFalse();
    }

    @Test
    void aRequestStoresItsCodedPurposeWithTheMatchesAndABadPurposeStoresNothing() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset cancer = committee.dataset("Cancer cohort");
        Scenario.Dataset undescribed = committee.dataset("Undescribed cohort");
        assertThat(Http.sendBody("PUT", "/api/admin/datasets/" + cancer.id() + "/data-use", committee.adminToken(),
                "application/json", "{\"permission\":\"DS\",\"diseases\":[\"MONDO:0004992\"],"
                        + "\"modifiers\":[{\"code\":\"NCU\"},{\"code\":\"IRB\"}]}").statusCode()).isEqualTo(200);
        String applicant = Tokens.forUser("applicant");
        String body = "{\"title\":\"Coded\",\"researchPurpose\":\"Breast cancer genomics across two cohorts.\","
                + "\"datasetIds\":[" + Json.quote(cancer.id()) + "," + Json.quote(undescribed.id()) + "],"
                + "\"codedPurpose\":{\"category\":\"DS\",\"diseases\":[%s],\"geneticStudy\":true}}";

        HttpResponse<String> refused = Http.postJson("/api/applications", applicant, body.formatted("\"MONDO:0000404\""));
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(Json.object(refused.body()).getString("detail"))
                .isEqualTo("Unknown disease identifier: MONDO:0000404 (not in the imported disease ontology).");
        assertThat(Http.get("/api/applications?q=Coded", applicant).body()).doesNotContain(cancer.id());

        HttpResponse<String> submitted = Http.postJson("/api/applications", applicant, body.formatted("\"MONDO:0007254\""));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = Json.object(submitted.body()).getString("id");
        for (String reader : List.of(applicant, Tokens.forUser("member"))) {
            JsonObject coded = Scenario.details(reader, id).getJsonObject("codedPurpose");
            assertThat(coded.getString("category")).isEqualTo("DS");
            assertThat(coded.getJsonArray("diseases").getJsonObject(0).getString("label")).isEqualTo("breast cancer");
            List<JsonObject> matches = coded.getJsonArray("matches").getValuesAs(JsonObject.class);
            assertThat(matches).extracting(m -> m.getString("title") + ": " + m.getString("outcome"))
                    .containsExactly("Cancer cohort: conditional", "Undescribed cohort: undescribed");
            assertThat(matches.get(0).getJsonArray("obligations").getValuesAs(JsonObject.class))
                    .extracting(o -> o.getString("code")).containsExactly("IRB");
        }
        assertThat(Scenario.eventTypes(Tokens.forUser("member"), id)).startsWith("created", "purpose-coded", "submitted");
    }

    private static HttpResponse<String> evaluate(String conditions, String purpose) {
        return Http.postJson("/api/duo/evaluate", null, "{\"conditions\":" + conditions + ",\"purpose\":" + purpose + "}");
    }

    private static void assertProblem(HttpResponse<String> response, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(Json.object(response.body()).getString("detail")).isEqualTo(detail);
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }
}
