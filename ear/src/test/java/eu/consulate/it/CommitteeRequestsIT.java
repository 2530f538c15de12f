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
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The committee request list (issue 14): paged, sorted, filtered and searched in the database, within the caller's seats. */
@ExtendWith(ArquillianExtension.class)
class CommitteeRequestsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void pagesSortsFiltersAndSearchesWithinTheCallersCommittees() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("List cohort");
        String tag = "List-" + UUID.randomUUID();
        String applicant = Tokens.forUser("applicant");
        for (String name : List.of("gamma", "alpha", "beta")) {
            assertThat(Scenario.submit(applicant, tag + " " + name, List.of(dataset)).statusCode()).isEqualTo(201);
        }
        String member = Tokens.forUser("member");
        String beta = list(member, "q=" + tag + "+beta").getJsonArray("items").getJsonObject(0).getString("id");
        assertThat(Scenario.review(member, beta, "approve", "fine").statusCode()).isEqualTo(200);

        JsonObject first = list(member, "q=" + tag + "&sort=title&dir=asc&size=2");
        JsonObject second = list(member, "q=" + tag + "&sort=title&dir=asc&size=2&page=1");

        assertThat(titles(first)).containsExactly(tag + " alpha", tag + " beta");
        assertThat(titles(second)).containsExactly(tag + " gamma");
        assertThat(first.getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(first.getJsonObject("counts").getJsonNumber("SUBMITTED").longValue()).isEqualTo(2);
        assertThat(first.getJsonObject("counts").getJsonNumber("REVIEW_APPROVED").longValue()).isEqualTo(1);
        assertThat(titles(list(member, "q=" + tag + "&state=REVIEW_APPROVED"))).containsExactly(tag + " beta");
        assertThat(titles(list(member, "q=" + tag + "&sort=title&dir=desc"))).containsExactly(
                tag + " gamma", tag + " beta", tag + " alpha");
        // the committee's legal officer sees only what the committee approved; nobody else's committee sees anything
        assertThat(titles(list(Tokens.forUser("legal"), "q=" + tag))).containsExactly(tag + " beta");
        assertThat(titles(list(Tokens.forUser("admin"), "q=" + tag))).hasSize(3);
        for (String other : List.of("outsider", "legal2", "admin2")) {
            assertThat(list(Tokens.forUser(other), "q=" + tag).getJsonNumber("total").longValue()).as(other).isZero();
        }
        // a filter never widens the scope: a request id of somebody else's committee finds nothing
        assertThat(list(Tokens.forUser("outsider"), "q=" + beta).getJsonNumber("total").longValue()).isZero();
        assertThat(titles(list(member, "q=" + beta))).containsExactly(tag + " beta");
    }

    @Test
    void anAdministratorExportsTheCommitteesOpenRequestsAsCsv() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Export cohort");
        String tag = "Export-" + UUID.randomUUID();
        String applicant = Tokens.forUser("applicant");
        assertThat(Scenario.submit(applicant, tag + " plain", List.of(dataset)).statusCode()).isEqualTo(201);
        assertThat(Scenario.submit(applicant, "=cmd " + tag, List.of(dataset)).statusCode()).isEqualTo(201);

        HttpResponse<String> csv = Http.get("/api/applications/committee/export?state=SUBMITTED&q=" + tag,
                Tokens.forUser("admin"));
        HttpResponse<String> theirs = Http.get("/api/applications/committee/export?q=" + tag, Tokens.forUser("admin2"));

        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        List<String> lines = csv.body().lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0)).isEqualTo("id,title,applicant,committee,state,submitted,updated");
        assertThat(csv.body()).contains(tag + " plain,applicant," + committee.dacId + ",SUBMITTED", "'=cmd " + tag);
        assertThat(theirs.body().lines().toList()).hasSize(1);

        // the same export from the page's button, with the filter of the page's address
        var admin = eu.consulate.it.support.PageSession.signedIn("admin");
        String path = "/admin/index.xhtml?state=SUBMITTED&q=" + tag;
        String page = admin.get(path).body();
        HttpResponse<String> download = admin.submit(path, java.util.Map.of("list", "list", "list:export", "",
                "jakarta.faces.ViewState", eu.consulate.it.support.PageSession.viewState(page)));
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(
                d -> assertThat(d).contains("committee-requests.csv"));
        assertThat(download.body().lines().toList()).hasSize(3).contains(lines.get(1), lines.get(2));
    }

    @Test
    void malformedParametersAreTheCallersMistake() {
        String member = Tokens.forUser("member");
        for (String query : List.of("size=1000", "size=0", "page=-1", "page=x", "sort=applicant;drop", "dir=up",
                "state=LOST", "q=" + "x".repeat(201))) {
            HttpResponse<String> response = Http.get("/api/applications/committee?" + query, member);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("\"detail\"");
        }
        assertThat(Http.get("/api/applications/committee", Tokens.forUser("applicant")).statusCode()).isEqualTo(403);
    }

    private static JsonObject list(String token, String query) {
        HttpResponse<String> response = Http.get("/api/applications/committee?" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    private static List<String> titles(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("title")).toList();
    }
}
