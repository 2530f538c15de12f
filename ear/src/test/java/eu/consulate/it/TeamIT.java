package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8, team: the applicant invites a person by e-mail (a real mail through the outbox to the
 * test stack's SMTP server); the person follows the link's token, accepts the committee's terms
 * and joins; the permit then covers them with visas of their own. Unknown, reused and expired
 * links are refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamIT {

    private static final Pattern SIGN = Pattern.compile("sign\\.xhtml\\?token=([A-Za-z0-9_-]+)");
    private static final Pattern TOKEN = Pattern.compile("/applicant/join\\.xhtml\\?token=([A-Za-z0-9_-]+)");

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String colleague = Tokens.forUser("applicant2");

    @Test
    void anInvitedColleagueAcceptsTheTermsJoinsAndHoldsThePermitWithVisasOfTheirOwn() {
        Scenario committee = Scenario.freshCommittee();
        String admin = committee.adminToken();
        String termsUrl = "https://consulate.example.org/terms/" + UUID.randomUUID() + "/1.0";
        HttpResponse<String> published = Http.postJson("/api/admin/dacs/" + committee.dacId + "/terms", admin,
                "{\"version\":\"1.0\",\"title\":\"Team agreement\",\"url\":" + Json.quote(termsUrl) + "}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        String versionId = Json.object(published.body()).getString("id");
        // the committee's form has a field of its own: no team member ever reads it
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms", admin, "{\"name\":\"Team form\",\"fields\":["
                + "{\"key\":\"site\",\"type\":\"short-text\",\"required\":true,\"label\":{\"en\":\"Site\"}},"
                + "{\"key\":\"notes\",\"type\":\"long-text\",\"committeeOnly\":true,\"label\":{\"en\":\"Reviewer notes\"}}]}")
                .statusCode()).isEqualTo(201);
        Scenario.Dataset dataset = committee.dataset("Team IT " + UUID.randomUUID().toString().substring(0, 8));
        HttpResponse<String> submitted = Http.postJson("/api/applications", applicant, "{\"title\":\"Team request\","
                + "\"researchPurpose\":\"Finding variants that explain rare kidney disease in children.\",\"datasetIds\":["
                + Json.quote(dataset.id()) + "],\"acceptedTerms\":[" + Json.quote(versionId) + "],\"forms\":{"
                + Json.quote(committee.dacId) + ":{\"site\":\"Lyon\"}}}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = Json.object(submitted.body()).getString("id");
        assertThat(Http.sendBody("PUT", "/api/applications/" + id + "/form", Tokens.forUser("member"), "application/json",
                "{\"notes\":\"Private: check the PI's other projects.\"}").statusCode()).isEqualTo(200);
        assertThat(myRequestIds(colleague)).as("not on the team yet").doesNotContain(id);
        String address = "grace." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        // only the applicant invites
        assertThat(invite(colleague, id, address).statusCode()).isEqualTo(403);
        assertThat(invite(Tokens.forUser("member"), id, address).statusCode()).isEqualTo(403);
        HttpResponse<String> bad = invite(applicant, id, "grace at example.org");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(Json.object(bad.body()).getString("detail")).isEqualTo("email: grace at example.org is not an e-mail address.");

        HttpResponse<String> invited = invite(applicant, id, address);
        assertThat(invited.statusCode()).as(invited.body()).isEqualTo(201);
        assertThat(Json.object(invited.body()).getString("email")).isEqualTo(address);
        assertThat(invite(applicant, id, address).statusCode()).isEqualTo(400);  // open already
        JsonObject team = team(applicant, id);
        assertThat(team.getJsonArray("invitations").getValuesAs(JsonObject.class)).extracting(i -> i.getString("email"))
                .containsExactly(address);
        assertThat(team.getJsonArray("members")).isEmpty();
        assertThat(team.getBoolean("mayInvite")).isTrue();
        assertThat(Http.get("/api/applications/" + id, colleague).statusCode()).isEqualTo(403);

        // the mail with the link reaches the address
        List<Mails.Mail> mails = Mails.await(m -> m.to().equals(address), 1);
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).subject()).contains("invites you to the data access request \"Team request\"");
        Matcher link = TOKEN.matcher(mails.get(0).text());
        assertThat(link.find()).as(mails.get(0).text()).isTrue();
        String token = link.group(1);

        // the terms must be accepted; the applicant cannot use their own invitation
        HttpResponse<String> withoutTerms = accept(colleague, token, List.of());
        assertThat(withoutTerms.statusCode()).isEqualTo(400);
        assertThat(Json.object(withoutTerms.body()).getString("detail"))
                .isEqualTo("acceptedTerms: accept Team agreement, version 1.0 to request these datasets.");
        assertThat(accept(applicant, token, List.of(versionId)).statusCode()).isEqualTo(400);

        HttpResponse<String> joined = accept(colleague, token, List.of(versionId));
        assertThat(joined.statusCode()).as(joined.body()).isEqualTo(200);
        assertThat(Json.object(joined.body()).getString("applicationId")).isEqualTo(id);
        String colleagueSubject = Tokens.claims(colleague).getString("sub");
        assertThat(team(applicant, id).getJsonArray("members").getValuesAs(JsonObject.class))
                .extracting(m -> m.getString("subject") + " " + m.getJsonArray("acceptedTerms").getString(0))
                .containsExactly(colleagueSubject + " Team agreement, version 1.0");
        assertThat(Http.get("/api/applications/" + id, colleague).statusCode()).isEqualTo(200);
        // the member finds the request under "My requests"; nothing of it waits for them
        assertThat(myRequestIds(colleague)).contains(id);
        assertThat(Json.items(Http.get("/api/applications?scope=waiting", colleague).body()).getValuesAs(JsonObject.class))
                .extracting(r -> r.getString("id")).doesNotContain(id);
        assertThat(Scenario.eventTypes(Tokens.forUser("member"), id)).contains("team-member-invited", "team-member-joined");
        assertThat(team(colleague, id).getBoolean("mayInvite")).isFalse();
        // the team member reads the applicant's answers, never the committee's
        String memberView = Http.get("/api/applications/" + id + "/form", colleague).body();
        assertThat(memberView).contains("Lyon").doesNotContain("Private: check").doesNotContain("Reviewer notes");
        assertThat(Http.get("/api/applications/" + id + "/events", colleague).body()).doesNotContain("Private: check");

        // used once: a second use is refused and changes nothing
        HttpResponse<String> again = accept(Tokens.forUser("applicant2"), token, List.of(versionId));
        assertThat(again.statusCode()).isEqualTo(410);
        assertThat(Json.object(again.body()).getString("detail")).startsWith("This invitation was used already");

        // the decision: the permit covers the applicant and the colleague, each with a visa of their own
        assertThat(Scenario.review(Tokens.forUser("member"), id, "approve", "Fine").statusCode()).isEqualTo(200);
        HttpResponse<String> checked = Scenario.legalCheck(Tokens.forUser("legal"), id, "pass", "Terms accepted");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
        assertThat(Scenario.visas(colleagueSubject, dataset)).hasSize(1);
        assertThat(Scenario.visas(Tokens.claims(applicant).getString("sub"), dataset)).hasSize(1);
        // the colleague's passport also holds the terms they accepted
        String passport = Http.get("/api/permissions/" + colleagueSubject, Tokens.forDownstreamSystem()).body();
        assertThat(passport).isNotEmpty();
        assertThat(Json.array(Http.get("/api/terms/acceptances", colleague).body()).getValuesAs(JsonObject.class))
                .anySatisfy(a -> assertThat(a.toString()).contains(versionId));
    }

    @Test
    void unknownAndExpiredLinksAreRefusedAndNothingChanges() throws Exception {
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Expiring team IT")));
        String address = "late." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        assertThat(invite(applicant, id, address).statusCode()).isEqualTo(201);
        Matcher link = TOKEN.matcher(Mails.await(m -> m.to().equals(address), 1).get(0).text());
        assertThat(link.find()).isTrue();
        String token = link.group(1);

        HttpResponse<String> unknown = accept(colleague, token + "x", List.of());
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(Json.object(unknown.body()).getString("detail")).startsWith("This invitation link is not known");

        var db = TestStack.database();
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
             var expire = connection.prepareStatement("UPDATE team_invitation SET expires_at = ? WHERE application_id = ?")) {
            expire.setLong(1, System.currentTimeMillis() - 1_000);
            expire.setString(2, id);
            assertThat(expire.executeUpdate()).isEqualTo(1);
        }
        HttpResponse<String> expired = accept(colleague, token, List.of());
        assertThat(expired.statusCode()).isEqualTo(410);
        assertThat(Json.object(expired.body()).getString("detail")).startsWith("This invitation expired on");
        assertThat(team(applicant, id).getJsonArray("members")).isEmpty();
        assertThat(Http.get("/api/applications/" + id, colleague).statusCode()).isEqualTo(403);
        assertThat(accept(colleague, "", List.of()).statusCode()).isEqualTo(400);
    }

    @Test
    void theApplicantCancelsAnInvitationAndItsLinkStopsWorking() {
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Cancelled team IT")));
        String address = "gone." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";
        HttpResponse<String> invited = invite(applicant, id, address);
        assertThat(invited.statusCode()).isEqualTo(201);
        String invitationId = Json.object(invited.body()).getString("id");
        Matcher link = TOKEN.matcher(Mails.await(m -> m.to().equals(address), 1).get(0).text());
        assertThat(link.find()).isTrue();
        String path = "/api/applications/" + id + "/team/invitations/" + invitationId;

        assertThat(Http.sendBody("DELETE", path, colleague, "application/json", "").statusCode()).isEqualTo(403);
        assertThat(Http.sendBody("DELETE", path, Tokens.forUser("member"), "application/json", "").statusCode()).isEqualTo(403);
        assertThat(Http.sendBody("DELETE", path, applicant, "application/json", "").statusCode()).isEqualTo(204);
        assertThat(team(applicant, id).getJsonArray("invitations")).isEmpty();
        HttpResponse<String> again = Http.sendBody("DELETE", path, applicant, "application/json", "");
        assertThat(again.statusCode()).isEqualTo(409);

        HttpResponse<String> late = accept(colleague, link.group(1), List.of());
        assertThat(late.statusCode()).as(late.body()).isEqualTo(410);
        assertThat(Json.object(late.body()).getString("detail")).startsWith("The applicant cancelled this invitation");
        assertThat(Http.get("/api/applications/" + id, colleague).statusCode()).isEqualTo(403);
        assertThat(Scenario.eventTypes(applicant, id)).contains("team-invitation-cancelled");
        // the address can be invited again
        assertThat(invite(applicant, id, address).statusCode()).isEqualTo(201);
    }

    @Test
    void aSigningOfficialConfirmsTheRequestBeforeItReachesTheCommitteeOrDeclinesIt() {
        Scenario committee = Scenario.freshCommittee();
        String setting = "/api/admin/dacs/" + committee.dacId + "/signing-official";
        assertThat(Http.sendBody("PUT", setting, Tokens.forUser("chair"), "application/json", "{\"required\":true}")
                .statusCode()).isEqualTo(403);
        HttpResponse<String> required = Http.sendBody("PUT", setting, committee.adminToken(), "application/json",
                "{\"required\":true}");
        assertThat(required.statusCode()).as(required.body()).isEqualTo(200);
        assertThat(Json.object(required.body()).getBoolean("signingOfficialRequired")).isTrue();
        Scenario.Dataset dataset = committee.dataset("Signed IT " + UUID.randomUUID().toString().substring(0, 8));
        String title = "Signed " + UUID.randomUUID();
        String official = "vera." + UUID.randomUUID().toString().substring(0, 8) + "@example.org";

        HttpResponse<String> unsigned = submitSigned(title, dataset, null);
        assertThat(unsigned.statusCode()).as(unsigned.body()).isEqualTo(400);
        assertThat(Json.object(unsigned.body()).getString("detail")).startsWith("signingOfficial: the committee wants");
        HttpResponse<String> submitted = submitSigned(title, dataset, official);
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = Json.object(submitted.body()).getString("id");
        assertThat(Scenario.details(applicant, id).getString("state")).isEqualTo("AWAITING_SIGNATURE");
        String member = Tokens.forUser("member");
        assertThat(Http.get("/api/applications/" + id, member).statusCode()).as("not with the committee yet").isEqualTo(403);
        assertThat(Http.get("/api/applications/committee?q=" + title.substring(7), member).body()).doesNotContain(id);

        Matcher link = SIGN.matcher(Mails.await(m -> m.to().equals(official), 1).get(0).text());
        assertThat(link.find()).isTrue();
        String body = "{\"token\":" + Json.quote(link.group(1)) + "}";
        assertThat(Http.postJson("/api/signatures/confirmation", applicant, body).statusCode()).as("not their own").isEqualTo(403);
        HttpResponse<String> lookup = Http.postJson("/api/signatures/lookup", colleague, body);
        assertThat(lookup.statusCode()).as(lookup.body()).isEqualTo(200);
        assertThat(Json.object(lookup.body()).getString("title")).isEqualTo(title);
        HttpResponse<String> confirmed = Http.postJson("/api/signatures/confirmation", colleague, body);
        assertThat(confirmed.statusCode()).as(confirmed.body()).isEqualTo(200);
        assertThat(Scenario.details(member, id).getString("state")).isEqualTo("SUBMITTED");
        assertThat(Scenario.eventTypes(applicant, id)).containsSubsequence("signing-official-asked",
                "signing-official-confirmed", "submitted");
        assertThat(Http.postJson("/api/signatures/confirmation", colleague, body).statusCode()).as("used").isEqualTo(410);

        // another request: the official declines it, saying why; it never reaches the committee
        String declinedTitle = "Declined " + UUID.randomUUID();
        String other = Json.object(submitSigned(declinedTitle, dataset, official).body()).getString("id");
        Matcher second = SIGN.matcher(Mails.await(m -> m.to().equals(official) && m.text().contains(declinedTitle), 1)
                .get(0).text());
        assertThat(second.find()).isTrue();
        String token = Json.quote(second.group(1));
        assertThat(Http.postJson("/api/signatures/decline", colleague, "{\"token\":" + token + "}").statusCode())
                .isEqualTo(400);
        assertThat(Http.postJson("/api/signatures/decline", colleague, "{\"token\":" + token
                + ",\"reason\":\"Not a project of our institute.\"}").statusCode()).isEqualTo(200);
        assertThat(Scenario.details(applicant, other).getString("state")).isEqualTo("SIGNATURE_DECLINED");
        assertThat(Http.get("/api/applications/" + other, member).statusCode()).isEqualTo(403);

        // a committee retired while the official had the request: the confirmation cannot reach it
        Scenario retiring = Scenario.freshCommittee();
        assertThat(Http.sendBody("PUT", "/api/admin/dacs/" + retiring.dacId + "/signing-official", retiring.adminToken(),
                "application/json", "{\"required\":true}").statusCode()).isEqualTo(200);
        String lateTitle = "Late " + UUID.randomUUID();
        String late = Json.object(submitSigned(lateTitle, retiring.dataset("Retiring IT"), official).body()).getString("id");
        Matcher third = SIGN.matcher(Mails.await(m -> m.to().equals(official) && m.text().contains(lateTitle), 1)
                .get(0).text());
        assertThat(third.find()).isTrue();
        assertThat(Http.postJson("/api/admin/dacs/" + retiring.dacId + "/retirement", retiring.adminToken(), "").statusCode())
                .isEqualTo(200);
        HttpResponse<String> tooLate = Http.postJson("/api/signatures/confirmation", colleague,
                "{\"token\":" + Json.quote(third.group(1)) + "}");
        assertThat(tooLate.statusCode()).as(tooLate.body()).isEqualTo(409);
        assertThat(Scenario.details(applicant, late).getString("state")).isEqualTo("AWAITING_SIGNATURE");
    }

    private HttpResponse<String> submitSigned(String title, Scenario.Dataset dataset, String official) {
        return Http.postJson("/api/applications", applicant, "{\"title\":" + Json.quote(title)
                + ",\"researchPurpose\":\"Finding variants that explain rare kidney disease in children.\",\"datasetIds\":["
                + Json.quote(dataset.id()) + "]" + (official == null ? "" : ",\"signingOfficial\":" + Json.quote(official)) + "}");
    }

    private static HttpResponse<String> invite(String token, String id, String email) {
        return Http.postJson("/api/applications/" + id + "/team", token, "{\"email\":" + Json.quote(email) + "}");
    }

    private static HttpResponse<String> accept(String token, String invitation, List<String> terms) {
        return Http.postJson("/api/invitations/acceptance", token, "{\"token\":" + Json.quote(invitation)
                + ",\"acceptedTerms\":[" + String.join(",", terms.stream().map(Json::quote).toList()) + "]}");
    }

    private static JsonObject team(String token, String id) {
        HttpResponse<String> response = Http.get("/api/applications/" + id + "/team", token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    private static List<String> myRequestIds(String token) {
        HttpResponse<String> mine = Http.get("/api/applications?size=100", token);
        assertThat(mine.statusCode()).as(mine.body()).isEqualTo(200);
        return Json.items(mine.body()).getValuesAs(JsonObject.class).stream().map(r -> r.getString("id")).toList();
    }
}
