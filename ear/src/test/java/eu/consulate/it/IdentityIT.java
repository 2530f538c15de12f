package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.KeycloakUsers;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * People are their identity provider's subject (issue 11): a username that Keycloak gives to
 * somebody else after the first holder left brings none of the first holder's requests, and
 * committee seats name subjects.
 */
@ExtendWith(ArquillianExtension.class)
class IdentityIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void aReusedUsernameGainsNothingOfThePersonWhoHadItBefore() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Reuse test genomes");
        String username = "reuse-" + UUID.randomUUID().toString().substring(0, 8);
        String first = KeycloakUsers.create(username, "applicant");
        String id = Scenario.submitted(Tokens.forUser(username), List.of(dataset));
        KeycloakUsers.delete(first);

        String second = KeycloakUsers.create(username, "applicant");
        String token = Tokens.forUser(username);

        assertThat(second).isNotEqualTo(first);
        assertThat(Http.get("/api/applications?q=" + id, token).body()).doesNotContain(id);
        HttpResponse<String> theirs = Http.get("/api/applications/" + id, token);
        assertThat(theirs.statusCode()).isEqualTo(403);
        assertThat(theirs.body()).doesNotContain("Reuse test genomes");
        assertThat(Scenario.details(Tokens.forUser("member"), id).getString("applicant")).isEqualTo(username);
    }

    @Test
    void seatsNameTheSubjectAndAnAmbiguousOrUnknownUsernameIsRefused() {
        Scenario committee = Scenario.freshCommittee();
        String memberSubject = Tokens.claims(Tokens.forUser("member")).getString("sub");

        var seats = Json.object(Http.get("/api/admin/dacs/" + committee.dacId, Tokens.forUser("admin")).body())
                .getJsonArray("members");

        assertThat(seats.toString()).contains("\"subject\":\"" + memberSubject + "\"", "\"username\":\"member\"",
                "\"role\":\"ADMIN\"", "\"role\":\"LEGAL_OFFICER\"");
        HttpResponse<String> unknown = Http.postJson("/api/admin/dacs", Tokens.forUser("admin"),
                "{\"name\":\"Nobody's\",\"source\":\"https://consulate.example.org/dacs/" + UUID.randomUUID()
                        + "\",\"members\":[{\"username\":\"never-signed-in-" + UUID.randomUUID() + "\"}]}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(unknown.body()).contains("Nobody has signed in as");
    }
}
