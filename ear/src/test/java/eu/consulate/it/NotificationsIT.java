package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Mails;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9: a request's journey sends exactly the expected mails to a real SMTP server (content,
 * link, language), shows in-app notifications, honours a person's choices, and an SMTP server that
 * is down fails no action and loses no mail.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");

    /** Everyone of the scenario signs in once, so Consulate knows their address from the token. */
    @BeforeEach
    void everyoneSignedIn() {
        for (String user : List.of("applicant", "applicant2", "member", "chair", "legal", "admin")) {
            assertThat(Http.get("/api/me", Tokens.forUser(user)).statusCode()).isEqualTo(200);
        }
        // English unless a test says otherwise
        Http.sendBody("PUT", "/api/notifications/settings", applicant, "application/json",
                "{\"language\":\"en\",\"optional\":{\"request-submitted\":true}}");
    }

    @Test
    void theJourneySendsEachPersonExactlyTheirMailsWithALinkToTheirPage() {
        Scenario committee = Scenario.freshCommittee();
        String title = "Mail journey " + UUID.randomUUID();
        String id = Scenario.submitted(applicant, title, List.of(committee.dataset("Mailed cohort")));
        assertThat(Scenario.review(Tokens.forUser("member"), id, "approve", "Fine").statusCode()).isEqualTo(200);
        assertThat(Scenario.legalCheck(Tokens.forUser("legal"), id, "pass", "Signed").statusCode()).isEqualTo(200);

        List<Mails.Mail> mails = Mails.await(m -> m.subject().contains(title), 6);

        assertThat(mails).extracting(m -> m.to() + " | " + m.subject()).containsExactlyInAnyOrder(
                "applicant@consulate.example.org | Your request \"" + title + "\" was submitted",
                "member@consulate.example.org | New request for IT committee: \"" + title + "\"",
                "chair@consulate.example.org | New request for IT committee: \"" + title + "\"",
                "applicant@consulate.example.org | Decision on your request \"" + title + "\": Approved by the committee",
                "legal@consulate.example.org | Legal check waiting: \"" + title + "\"",
                "applicant@consulate.example.org | Your permit for \"" + title + "\" was issued");
        assertThat(mails).filteredOn(m -> m.to().startsWith("applicant@")).allSatisfy(m -> assertThat(m.text())
                .startsWith("Dear applicant,").contains(TestStack.APP_URL + "/applicant/request.xhtml?id=" + id));
        assertThat(mails).filteredOn(m -> m.to().startsWith("legal@")).singleElement().satisfies(m -> assertThat(m.text())
                .contains(TestStack.APP_URL + "/committee/request.xhtml?id=" + id));
        assertThat(mails).filteredOn(m -> m.subject().startsWith("Decision")).singleElement()
                .satisfies(m -> assertThat(m.text()).contains("Reason: Fine"));
    }

    @Test
    void aPersonReadsMailsInTheirLanguageTurnsOptionalOnesOffAndStillSeesThemInTheApp() {
        String second = Tokens.forUser("applicant2");
        HttpResponse<String> saved = Http.sendBody("PUT", "/api/notifications/settings", second, "application/json",
                "{\"language\":\"de\",\"optional\":{\"request-submitted\":false}}");
        assertThat(saved.statusCode()).as(saved.body()).isEqualTo(200);
        assertThat(Json.object(saved.body()).getString("email")).isEqualTo("applicant2@consulate.example.org");
        assertThat(Json.object(saved.body()).getJsonObject("optional").getBoolean("request-submitted")).isFalse();
        Scenario committee = Scenario.freshCommittee();
        String title = "Sprache " + UUID.randomUUID();
        String id = Scenario.submitted(second, title, List.of(committee.dataset("Deutsche Kohorte")));
        assertThat(Scenario.review(Tokens.forUser("member"), id, "reject", "Die Einwilligung deckt das nicht.")
                .statusCode()).isEqualTo(200);

        List<Mails.Mail> mails = Mails.await(m -> m.to().startsWith("applicant2@") && m.subject().contains(title), 1);

        assertThat(mails).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("Entscheidung über Ihren Antrag \"" + title + "\": Rejected by the committee");
            assertThat(m.text()).startsWith("Guten Tag applicant2,").contains("Begründung: Die Einwilligung deckt das nicht.");
        });
        JsonObject page = Json.object(Http.get("/api/notifications?size=50", second).body());
        List<JsonObject> items = page.getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(n -> n.getString("link").endsWith(id)).toList();
        assertThat(items).extracting(n -> n.getString("topic")).containsExactlyInAnyOrder("request-submitted", "request-decided");
        long unread = page.getJsonNumber("unread").longValue();
        assertThat(Http.postJson("/api/notifications/" + items.get(0).getString("id") + "/read", second, "{}").statusCode())
                .isEqualTo(204);
        assertThat(Json.object(Http.get("/api/notifications", second).body()).getJsonNumber("unread").longValue())
                .isEqualTo(unread - 1);
        assertThat(Http.postJson("/api/notifications/" + items.get(1).getString("id") + "/read", applicant, "{}")
                .statusCode()).as("someone else's").isEqualTo(404);

        HttpResponse<String> mandatory = Http.sendBody("PUT", "/api/notifications/settings", second, "application/json",
                "{\"optional\":{\"permit-revoked\":false}}");
        assertThat(mandatory.statusCode()).isEqualTo(400);
        assertThat(Json.object(mandatory.body()).getString("detail"))
                .isEqualTo("'permit-revoked' cannot be turned off: it tells you of something you must act on or lose.");
        Http.sendBody("PUT", "/api/notifications/settings", second, "application/json",
                "{\"language\":\"en\",\"optional\":{\"request-submitted\":true}}");
    }

    @Test
    void aCommitteeMemberWhoseAddressConsulateDoesNotKnowIsMailedAtTheAddressOfTheIdentityProvider() throws Exception {
        Scenario committee = Scenario.freshCommittee();
        // as if the chair never signed in: the worker reads the address from Keycloak's admin API
        var db = TestStack.database();
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
                var forget = connection.prepareStatement("UPDATE person SET email = NULL WHERE username = 'chair'")) {
            assertThat(forget.executeUpdate()).isEqualTo(1);
        }
        String title = "Directory " + UUID.randomUUID();
        Scenario.submitted(applicant, title, List.of(committee.dataset("Looked-up cohort")));

        assertThat(Mails.await(m -> m.subject().contains(title) && m.to().startsWith("chair@"), 1)).hasSize(1);
    }

    @Test
    void whileTheMailServerIsDownActionsSucceedAndTheMailsArriveOnceItIsBack() throws Exception {
        Scenario committee = Scenario.freshCommittee();
        String title = "Down " + UUID.randomUUID();
        TestStack.mail().stop();
        String id;
        try {
            id = Scenario.submitted(applicant, title, List.of(committee.dataset("Patient cohort")));
            Thread.sleep(2500); // the worker tried and failed
            List<JsonObject> pending = Json.array(Http.get("/api/admin/deliveries?status=pending", committee.adminToken())
                    .body()).getValuesAs(JsonObject.class).stream().filter(d -> id.equals(d.getString("applicationId", "")))
                    .toList();
            assertThat(pending).isNotEmpty().allSatisfy(d -> {
                assertThat(d.getInt("attempts")).isPositive();
                assertThat(d.getString("lastError")).isNotBlank();
            });
        } finally {
            TestStack.mail().start();
        }
        List<Mails.Mail> mails = Mails.await(m -> m.subject().contains(title), 3);
        assertThat(mails).extracting(Mails.Mail::to).containsExactlyInAnyOrder("applicant@consulate.example.org",
                "member@consulate.example.org", "chair@consulate.example.org");
        assertThat(Mails.after(Duration.ofSeconds(2), m -> m.subject().contains(title))).hasSize(3);
    }
}
