package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

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
 * Issue 7, terms: a committee publishes versions of its data access agreement; a dataset names the
 * version its applicants accept; a request is submitted only with exactly those versions accepted,
 * records them, and the applicant's passport gains a terms visa for each.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeTermsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");

    @Test
    void aRequestRecordsTheExactVersionsItsDatasetsName() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();
        String base = "https://consulate.example.org/terms/" + UUID.randomUUID();
        JsonObject v2 = published(admin, committee.dacId, "2.0", "Cohort agreement", base + "/2.0");
        assertThat(v2.getBoolean("current")).isTrue();
        Scenario.Dataset older = committee.dataset("Keeps version 2.0");
        JsonObject v3 = published(admin, committee.dacId, "3.0", "Cohort agreement", base + "/3.0");
        Scenario.Dataset newer = committee.dataset("Follows the committee");

        // the first dataset stays with 2.0; the other follows the committee's current version (3.0)
        HttpResponse<String> named = Http.sendBody("PUT", "/api/admin/datasets/" + older.id() + "/terms", admin,
                "application/json", "{\"version\":" + Json.quote(v2.getString("id")) + "}");
        assertThat(named.statusCode()).as(named.body()).isEqualTo(200);
        assertThat(catalogueTerms(older)).isEqualTo("2.0");
        assertThat(catalogueTerms(newer)).isEqualTo("3.0");
        List<JsonObject> versions = Json.array(Http.get("/api/admin/dacs/" + committee.dacId + "/terms", admin).body())
                .getValuesAs(JsonObject.class);
        assertThat(versions).extracting(v -> v.getString("version") + (v.getBoolean("current") ? "*" : ""))
                .containsExactly("3.0*", "2.0");

        // nothing accepted, or only one of the two: 400 naming what is missing, nothing submitted
        long before = Json.total(Http.get("/api/applications", applicant).body());
        HttpResponse<String> none = submit(List.of(older, newer), List.of());
        assertThat(none.statusCode()).as(none.body()).isEqualTo(400);
        // in the order of the datasets' titles
        assertThat(Json.object(none.body()).getString("detail")).isEqualTo("acceptedTerms: accept Cohort agreement,"
                + " version 3.0; Cohort agreement, version 2.0 to request these datasets.");
        HttpResponse<String> half = submit(List.of(older, newer), List.of(v3.getString("id")));
        assertThat(half.statusCode()).isEqualTo(400);
        assertThat(half.body()).contains("accept Cohort agreement, version 2.0 to request");
        HttpResponse<String> foreign = submit(List.of(newer), List.of(v3.getString("id"), v2.getString("id")));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains(v2.getString("id") + " is not a version of the terms these datasets name");
        assertThat(Json.total(Http.get("/api/applications", applicant).body())).isEqualTo(before);

        HttpResponse<String> submitted = submit(List.of(older, newer), List.of(v2.getString("id"), v3.getString("id")));
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        JsonObject details = Json.object(submitted.body());
        assertThat(details.getJsonArray("acceptedTerms").getValuesAs(JsonObject.class))
                .extracting(t -> t.getString("versionId") + " " + t.getString("version") + " " + t.getString("url"))
                .containsExactlyInAnyOrder(v2.getString("id") + " 2.0 " + base + "/2.0",
                        v3.getString("id") + " 3.0 " + base + "/3.0");
        JsonObject history = Json.object(Http.get("/api/applications/" + details.getString("id"), applicant).body());
        assertThat(history.toString()).contains("terms-accepted");

        // each version accepted once, with its own visa and version
        List<JsonObject> acceptances = Json.array(Http.get("/api/terms/acceptances", applicant).body())
                .getValuesAs(JsonObject.class).stream().filter(a -> a.getString("committee").equals(committee.dacId))
                .toList();
        assertThat(acceptances).extracting(a -> a.getString("termsVersion") + " " + a.getString("termsUrl"))
                .containsExactlyInAnyOrder("2.0 " + base + "/2.0", "3.0 " + base + "/3.0");
        String subject = Tokens.claims(applicant).getString("sub");
        JsonObject passport = Json.object(Http.get("/api/permissions/" + subject, Tokens.forDownstreamSystem()).body());
        assertThat(passport.getJsonArray("ga4gh_passport_v1").getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jwt -> Scenario.visaClaims(jwt.getString()).getJsonObject("ga4gh_visa_v1"))
                .filter(v -> v.getString("type").equals("AcceptedTermsAndPolicies"))
                .map(v -> v.getString("value")).filter(v -> v.startsWith(base)).collect(Collectors.toList()))
                .containsExactlyInAnyOrder(base + "/2.0", base + "/3.0");

        // a second request for the same datasets accepts again (recorded) but signs no second visa
        assertThat(submit(List.of(newer), List.of(v3.getString("id"))).statusCode()).isEqualTo(201);
        assertThat(Json.array(Http.get("/api/terms/acceptances", applicant).body()).getValuesAs(JsonObject.class)
                .stream().filter(a -> a.getString("committee").equals(committee.dacId)).count()).isEqualTo(2);
    }

    @Test
    void withdrawnTermsAskNothingAndEarlierVersionsComeBack() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();
        String url = "https://consulate.example.org/terms/" + UUID.randomUUID();
        JsonObject first = published(admin, committee.dacId, "", "", url + "/a");
        assertThat(first.getString("version")).isEqualTo("1");
        assertThat(first.getString("title")).isEqualTo("Data access agreement");
        Scenario.Dataset dataset = committee.dataset("Terms come and go");
        published(admin, committee.dacId, null, null, url + "/b");

        HttpResponse<String> withdrawn = Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId + "/terms/current",
                admin, "application/json", "{\"version\":null}");
        assertThat(withdrawn.statusCode()).as(withdrawn.body()).isEqualTo(200);
        assertThat(Json.array(withdrawn.body()).getValuesAs(JsonObject.class)).noneMatch(v -> v.getBoolean("current"));
        HttpResponse<String> free = submit(List.of(dataset), List.of());
        assertThat(free.statusCode()).as(free.body()).isEqualTo(201);
        assertThat(Json.object(free.body()).getJsonArray("acceptedTerms")).isEmpty();

        HttpResponse<String> back = Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId + "/terms/current",
                admin, "application/json", "{\"version\":" + Json.quote(first.getString("id")) + "}");
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(catalogueTerms(dataset)).isEqualTo("1");
        JsonObject dac = Json.object(Http.get("/api/admin/dacs/" + committee.dacId, admin).body());
        assertThat(dac.getString("termsUrl")).isEqualTo(url + "/a");
    }

    @Test
    void badVersionsAndOtherPeopleAreRefused() {
        Scenario committee = Scenario.freshCommittee();
        Scenario other = Scenario.otherCommittee();
        String admin = committee.adminToken();
        String url = "https://consulate.example.org/terms/" + UUID.randomUUID();
        JsonObject v1 = published(admin, committee.dacId, "1.0", "Agreement", url);
        JsonObject foreign = published(other.adminToken(), other.dacId, "1.0", "Agreement", url + "/other");
        Scenario.Dataset dataset = committee.dataset("Refuses foreign terms");

        HttpResponse<String> again = publish(admin, committee.dacId, "1.0", "Agreement", url + "/again");
        assertThat(again.statusCode()).isEqualTo(400);
        assertThat(again.body()).contains("Version 1.0 of the terms exists already");
        assertThat(publish(admin, committee.dacId, "2.0", "Agreement", "our terms").statusCode()).isEqualTo(400);
        assertThat(publish(admin, committee.dacId, "x".repeat(41), "Agreement", url + "/long").statusCode()).isEqualTo(400);
        HttpResponse<String> otherTerms = Http.sendBody("PUT", "/api/admin/datasets/" + dataset.id() + "/terms", admin,
                "application/json", "{\"version\":" + Json.quote(foreign.getString("id")) + "}");
        assertThat(otherTerms.statusCode()).isEqualTo(400);
        assertThat(otherTerms.body()).contains("published no terms version");

        assertThat(publish(other.adminToken(), committee.dacId, "9", "Agreement", url + "/9").statusCode()).isEqualTo(404);
        assertThat(publish(Tokens.forUser("chair"), committee.dacId, "9", "Agreement", url + "/9").statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/admin/dacs/" + committee.dacId + "/terms", other.adminToken()).statusCode()).isEqualTo(404);
        assertThat(Http.sendBody("PUT", "/api/admin/datasets/" + dataset.id() + "/terms", other.adminToken(),
                "application/json", "{\"version\":null}").statusCode()).isEqualTo(404);
        assertThat(Json.array(Http.get("/api/admin/dacs/" + committee.dacId + "/terms", admin).body())
                .getValuesAs(JsonObject.class)).extracting(v -> v.getString("id")).containsExactly(v1.getString("id"));
    }

    private static JsonObject published(String admin, String dacId, String version, String title, String url) {
        HttpResponse<String> response = publish(admin, dacId, version, title, url);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
        return Json.object(response.body());
    }

    private static HttpResponse<String> publish(String admin, String dacId, String version, String title, String url) {
        return Http.postJson("/api/admin/dacs/" + dacId + "/terms", admin, "{\"version\":" + quoted(version)
                + ",\"title\":" + quoted(title) + ",\"url\":" + Json.quote(url) + "}");
    }

    private static String quoted(String s) {
        return s == null ? "null" : Json.quote(s);
    }

    private static String catalogueTerms(Scenario.Dataset dataset) {
        JsonObject page = Json.object(Http.get("/api/catalogue/datasets/" + dataset.id(), null).body());
        return !page.containsKey("terms") || page.isNull("terms") ? null : page.getJsonObject("terms").getString("version");
    }

    private HttpResponse<String> submit(List<Scenario.Dataset> datasets, List<String> accepted) {
        return Http.postJson("/api/applications", applicant, "{\"title\":\"Terms IT\",\"researchPurpose\":"
                + "\"Finding variants that explain rare kidney disease in children.\",\"datasetIds\":["
                + datasets.stream().map(d -> Json.quote(d.id())).collect(Collectors.joining(",")) + "],"
                + "\"acceptedTerms\":[" + accepted.stream().map(Json::quote).collect(Collectors.joining(",")) + "]}");
    }
}
