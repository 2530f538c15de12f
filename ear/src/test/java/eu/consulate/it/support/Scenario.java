package eu.consulate.it.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.json.JsonObject;

/**
 * Builds each test's own data through the API: a fresh committee seating the demo users
 * {@code member}, {@code chair} and {@code legal} (its creator {@code admin} administers it),
 * fresh datasets, requests by demo applicants.
 */
public final class Scenario {

    public final String dacId;
    public final String dacSource;
    private final String admin;

    private Scenario(String dacId, String dacSource, String adminUser) {
        this.dacId = dacId;
        this.dacSource = dacSource;
        this.admin = Tokens.forUser(adminUser);
    }

    /** Created by {@code admin} (its administrator); {@code member}, {@code chair} review, {@code legal} checks. */
    public static Scenario freshCommittee() {
        return committee("admin", "{\"username\":\"member\",\"role\":\"MEMBER\"},"
                + "{\"username\":\"chair\",\"role\":\"CHAIR\"},{\"username\":\"legal\",\"role\":\"LEGAL_OFFICER\"}");
    }

    /**
     * A committee that votes: {@code member}, {@code member2} and {@code chair} (chair) review,
     * {@code legal} checks, created by {@code admin}; research requests run the shipped
     * research model (completeness, vote, legal check).
     */
    public static Scenario votingCommittee() {
        Scenario scenario = committee("admin", "{\"username\":\"member\",\"role\":\"MEMBER\"},"
                + "{\"username\":\"member2\",\"role\":\"MEMBER\"},{\"username\":\"chair\",\"role\":\"CHAIR\"},"
                + "{\"username\":\"legal\",\"role\":\"LEGAL_OFFICER\"}");
        scenario.chooseProcess("research", "research-request");
        return scenario;
    }

    /** The committee's administrator chooses the model for a use. */
    public void chooseProcess(String use, String processKey) {
        HttpResponse<String> chosen = Http.sendBody("PUT", "/api/admin/dacs/" + dacId + "/processes/choices/" + use, admin,
                "application/json", "{\"processKey\":" + Json.quote(processKey) + "}");
        assertThat(chosen.statusCode()).as(chosen.body()).isEqualTo(200);
    }

    /** The administrator's token, for tests of administration. */
    public String adminToken() {
        return admin;
    }

    /** Another committee, created by {@code admin2}: {@code outsider} reviews, {@code legal2} checks. */
    public static Scenario otherCommittee() {
        return committee("admin2", "{\"username\":\"outsider\",\"role\":\"MEMBER\"},"
                + "{\"username\":\"legal2\",\"role\":\"LEGAL_OFFICER\"}");
    }

    private static Scenario committee(String admin, String seats) {
        String source = "https://consulate.example.org/dacs/it-" + UUID.randomUUID();
        HttpResponse<String> created = Http.postJson("/api/admin/dacs", Tokens.forUser(admin),
                "{\"name\":\"IT committee\",\"source\":" + Json.quote(source) + ",\"members\":[" + seats + "]}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Scenario(Json.object(created.body()).getString("id"), source, admin);
    }

    /** Adds a dataset; returns {id, url}. */
    public Dataset dataset(String title) {
        String url = "https://data.example.org/datasets/IT-" + UUID.randomUUID();
        HttpResponse<String> created = Http.postJson("/api/admin/dacs/" + dacId + "/datasets", admin,
                "{\"url\":" + Json.quote(url) + ",\"title\":" + Json.quote(title) + "}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return new Dataset(Json.object(created.body()).getString("id"), url);
    }

    public record Dataset(String id, String url) {
    }

    public static HttpResponse<String> submit(String applicantToken, String title, List<Dataset> datasets) {
        return submit(applicantToken, title, datasets, "research");
    }

    /** Submits a request for {@code use} ("research" or "care"). */
    public static HttpResponse<String> submit(String applicantToken, String title, List<Dataset> datasets, String use) {
        String ids = datasets.stream().map(d -> Json.quote(d.id())).collect(Collectors.joining(","));
        return Http.postJson("/api/applications", applicantToken, "{\"title\":" + Json.quote(title)
                + ",\"researchPurpose\":\"Finding variants that explain rare kidney disease in children.\""
                + ",\"datasetIds\":[" + ids + "],\"use\":" + Json.quote(use) + "}");
    }

    /** Posts a step action ({@code completeness}, {@code votes}, {@code vote-closure}, ...) with a JSON body. */
    public static HttpResponse<String> act(String token, String applicationId, String action, String json) {
        return Http.postJson("/api/applications/" + applicationId + "/" + action, token, json);
    }

    /** Submits and returns the new application's id. */
    public static String submitted(String applicantToken, List<Dataset> datasets) {
        HttpResponse<String> response = submit(applicantToken, "Kidney variants " + UUID.randomUUID(), datasets);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.object(response.body()).getString("id");
    }

    /** Submits a request with this title and returns its id. */
    public static String submitted(String applicantToken, String title, List<Dataset> datasets) {
        HttpResponse<String> response = submit(applicantToken, title, datasets);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.object(response.body()).getString("id");
    }

    public static HttpResponse<String> review(String token, String applicationId, String decision, String comment) {
        return Http.postJson("/api/applications/" + applicationId + "/review", token,
                "{\"decision\":" + Json.quote(decision) + ",\"comment\":" + Json.quote(comment) + "}");
    }

    public static HttpResponse<String> legalCheck(String token, String applicationId, String decision, String comment) {
        return Http.postJson("/api/applications/" + applicationId + "/legal-check", token,
                "{\"decision\":" + Json.quote(decision) + ",\"comment\":" + Json.quote(comment) + "}");
    }

    public static JsonObject details(String token, String applicationId) {
        HttpResponse<String> response = Http.get("/api/applications/" + applicationId, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    /** The event types of an application, read as its applicant. */
    public static List<String> eventTypes(String token, String applicationId) {
        HttpResponse<String> response = Http.get("/api/applications/" + applicationId + "/events", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.array(response.body()).getValuesAs(JsonObject.class).stream().map(e -> e.getString("type")).toList();
    }

    /**
     * A permit for the applicant over the datasets, by the default process of a fresh committee
     * (member approves, legal officer passes): the permit as the legal check answered it.
     */
    public static JsonObject issuedPermit(String applicantToken, List<Dataset> datasets) {
        String id = submitted(applicantToken, datasets);
        assertThat(review(Tokens.forUser("member"), id, "approve", "Fine").statusCode()).isEqualTo(200);
        HttpResponse<String> checked = legalCheck(Tokens.forUser("legal"), id, "pass", "Terms accepted");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        return Json.object(checked.body()).getJsonObject("permit");
    }

    /** The claims of a visa (its JWT's payload, not verified: the tests that verify are elsewhere). */
    public static JsonObject visaClaims(String jwt) {
        return Json.object(new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1])));
    }

    /** The holder's visa JWTs, as a broker pulls them, whose value is the dataset's URL (all with null). */
    public static List<String> visas(String holderSubject, Dataset dataset) {
        HttpResponse<String> response = Http.get("/api/permissions/" + holderSubject, Tokens.forDownstreamSystem());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body()).getJsonArray("ga4gh_passport_v1").getValuesAs(jakarta.json.JsonString.class)
                .stream().map(jakarta.json.JsonString::getString)
                .filter(jwt -> dataset == null
                        || visaClaims(jwt).getJsonObject("ga4gh_visa_v1").getString("value").equals(dataset.url()))
                .toList();
    }
}
