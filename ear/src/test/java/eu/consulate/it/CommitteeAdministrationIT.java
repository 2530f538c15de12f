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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** DAC administrators manage committees and datasets; the catalogue refuses bad or duplicate entries. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeAdministrationIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String admin = Tokens.forUser("admin");

    private HttpResponse<String> createCommittee(String token, String source, String members) {
        return Http.postJson("/api/admin/dacs", token, "{\"name\":\"Admin IT\",\"source\":" + Json.quote(source)
                + ",\"members\":" + members + "}");
    }

    @Test
    void duplicateSourceIsAConflictAndBadUrlsAreRefused() {
        String source = "https://consulate.example.org/dacs/admin-it-" + UUID.randomUUID();
        assertThat(createCommittee(admin, source, "[]").statusCode()).isEqualTo(201);

        HttpResponse<String> duplicate = createCommittee(admin, source, "[]");
        HttpResponse<String> notUrl = createCommittee(admin, "not a url", "[]");
        HttpResponse<String> badRole = createCommittee(admin, source + "/x", "[{\"username\":\"member\",\"role\":\"KING\"}]");

        assertThat(duplicate.statusCode()).isEqualTo(409);
        assertThat(notUrl.statusCode()).isEqualTo(400);
        assertThat(notUrl.body()).contains("http(s) URL");
        assertThat(badRole.statusCode()).isEqualTo(400);
        assertThat(Http.get("/api/admin/dacs", admin).body()).doesNotContain(source + "/x");
    }

    @Test
    void onlyDacAdminsChangeTheCatalogue() {
        HttpResponse<String> response = createCommittee(Tokens.forUser("chair"),
                "https://consulate.example.org/dacs/" + UUID.randomUUID(), "[]");

        assertThat(response.statusCode()).isEqualTo(403);
    }

    @Test
    void requestToACommitteeWithoutMembersIsRefusedAndWritesNothing() {
        String source = "https://consulate.example.org/dacs/empty-" + UUID.randomUUID();
        String dacId = Json.object(createCommittee(admin, source, "[]").body()).getString("id");
        HttpResponse<String> dataset = Http.postJson("/api/admin/dacs/" + dacId + "/datasets", admin,
                "{\"url\":\"https://data.example.org/datasets/EMPTY-" + UUID.randomUUID() + "\",\"title\":\"Orphan\"}");
        String applicant = Tokens.forUser("applicant2");
        long before = Json.total(Http.get("/api/applications", applicant).body());

        HttpResponse<String> submitted = Scenario.submit(applicant, "No reviewers",
                List.of(new Scenario.Dataset(Json.object(dataset.body()).getString("id"), "")));

        assertThat(submitted.statusCode()).isEqualTo(409);
        assertThat(submitted.body()).contains("has no members");
        assertThat(Json.total(Http.get("/api/applications", applicant).body())).isEqualTo(before);
    }
}
