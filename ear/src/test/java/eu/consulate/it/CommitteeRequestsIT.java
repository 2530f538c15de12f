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
        // a search finds the words of the title that its words begin, in any order and case, read
        // from the word index (the rarest word leads); the middle of a word finds nothing
        String rare = tag.substring(tag.lastIndexOf('-') + 1);
        assertThat(titles(list(member, "q=BET+" + rare))).containsExactly(tag + " beta");
        assertThat(titles(list(member, "q=list+" + rare + "+g"))).containsExactly(tag + " gamma");
        assertThat(list(member, "q=eta+" + rare).getJsonNumber("total").longValue()).isZero();
        assertThat(list(member, "q=" + rare + "+nothing").getJsonNumber("total").longValue()).isZero();
        assertThat(titles(Json.object(Http.get("/api/applications?q=alp+" + rare, applicant).body())))
                .containsExactly(tag + " alpha");
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
    void theCountsOfAListWithoutFiltersAreKeptWithEveryChangeAndAgreeWithTheCountedRows() {
        String member = Tokens.forUser("member");
        JsonObject all = list(member, "");
        JsonObject open = list(member, "scope=open");
        JsonObject decided = list(member, "scope=decided");
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Counted cohort");
        String applicant = Tokens.forUser("applicant");
        String approved = Scenario.submitted(applicant, List.of(dataset));
        String rejected = Scenario.submitted(applicant, List.of(dataset));
        Scenario.submitted(applicant, List.of(dataset));
        assertThat(Scenario.review(member, approved, "approve", "fine").statusCode()).isEqualTo(200);
        assertThat(Scenario.review(member, rejected, "reject", "out of scope").statusCode()).isEqualTo(200);

        // kept with the summary rows: one more in each state each request is in now, none left behind
        assertThat(gained(all, list(member, ""))).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("SUBMITTED", 1L, "REVIEW_APPROVED", 1L, "REVIEW_REJECTED", 1L));
        assertThat(gained(open, list(member, "scope=open"))).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("SUBMITTED", 1L, "REVIEW_APPROVED", 1L));
        assertThat(gained(decided, list(member, "scope=decided"))).containsExactlyInAnyOrderEntriesOf(
                java.util.Map.of("REVIEW_REJECTED", 1L));
        // the same lists with a filter that narrows nothing count their rows: the same numbers
        // (below the count limit), for a member, a legal officer (approved and later only) and an administrator
        for (String user : List.of("member", "legal", "admin")) {
            String token = Tokens.forUser(user);
            for (String scope : List.of("all", "open", "decided")) {
                JsonObject kept = list(token, "scope=" + scope);
                JsonObject counted = list(token, "scope=" + scope + "&submittedFrom=2000-01-01");
                assertThat(kept.getBoolean("exact")).isTrue();
                counted.getJsonObject("counts").forEach((state, count) -> {
                    if (((jakarta.json.JsonNumber) count).longValue() <= 1_000) {
                        assertThat(kept.getJsonObject("counts").getJsonNumber(state).longValue())
                                .as(user + " " + scope + " " + state).isEqualTo(((jakarta.json.JsonNumber) count).longValue());
                    }
                });
                assertThat(kept.getJsonObject("counts").keySet()).as(user + " " + scope)
                        .isEqualTo(counted.getJsonObject("counts").keySet());
            }
        }
    }

    /** The states whose count grew from {@code before} to {@code after}, by how much. */
    private static java.util.Map<String, Long> gained(JsonObject before, JsonObject after) {
        java.util.Map<String, Long> gained = new java.util.TreeMap<>();
        after.getJsonObject("counts").forEach((state, count) -> {
            long change = ((jakarta.json.JsonNumber) count).longValue()
                    - before.getJsonObject("counts").getJsonNumber(state).longValue();
            if (change != 0) {
                gained.put(state, change);
            }
        });
        return gained;
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
        assertThat(lines.get(0)).isEqualTo("id,title,applicant,committee,state,submitted,updated,decided,due");
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
                "state=LOST", "q=" + "x".repeat(201), "scope=everything", "step=coffee", "due=later",
                "decidedFrom=31.10.2026", "decidedFrom=2026-11-02&decidedTo=2026-11-01", "owner=me", "q=a&q=b")) {
            HttpResponse<String> response = Http.get("/api/applications/committee?" + query, member);
            assertThat(response.statusCode()).as(query).isEqualTo(400);
            assertThat(response.body()).as(query).contains("\"detail\"");
        }
        assertThat(Http.get("/api/applications/committee", Tokens.forUser("applicant")).statusCode()).isEqualTo(403);
    }

    @Test
    void theWaitingListHoldsWhatTheCallerMayDecideNowAndDecidedRequestsAreFoundByDayAndTitle() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset genomes = committee.dataset("Waiting genomes");
        Scenario.Dataset images = committee.dataset("Waiting images");
        String tag = "Waiting-" + UUID.randomUUID();
        String applicant = Tokens.forUser("applicant");
        String one = Scenario.submitted(applicant, tag + " one", List.of(genomes));
        String two = Scenario.submitted(applicant, tag + " two", List.of(images));
        String three = Scenario.submitted(applicant, tag + " three", List.of(genomes, images));
        String member = Tokens.forUser("member");
        String legal = Tokens.forUser("legal");
        assertThat(Scenario.review(member, two, "approve", "fine").statusCode()).isEqualTo(200);
        assertThat(Scenario.review(Tokens.forUser("chair"), three, "reject", "Out of scope").statusCode()).isEqualTo(200);

        // waiting: the member's open reviews, the legal officer's open legal checks; oldest first
        assertThat(ids(tasks(member, "q=" + tag))).containsExactly(one);
        assertThat(ids(tasks(legal, "q=" + tag))).containsExactly(two);
        assertThat(tasks(member, "q=" + tag).getJsonArray("items").getJsonObject(0).getString("step")).isEqualTo("review");
        for (String other : List.of("outsider", "legal2")) {
            assertThat(ids(tasks(Tokens.forUser(other), "q=" + tag))).as(other).isEmpty();
        }
        // open, decided; the decided one is found by its decision day and its title
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        String yesterday = java.time.LocalDate.now(java.time.ZoneOffset.UTC).minusDays(1).toString();
        assertThat(ids(list(member, "scope=open&q=" + tag + "&sort=title&dir=asc"))).containsExactly(one, two);
        assertThat(ids(list(member, "scope=decided&q=" + tag + "+three&decidedFrom=" + today))).containsExactly(three);
        assertThat(ids(list(member, "scope=decided&q=" + tag + "&decidedTo=" + yesterday))).isEmpty();
        JsonObject decided = list(member, "scope=decided&q=" + tag).getJsonArray("items").getJsonObject(0);
        assertThat(decided.getString("decidedAt")).startsWith(today);
        assertThat(decided.get("dueAt")).as("no deadline once decided").isIn(null, jakarta.json.JsonValue.NULL);
        // filters: dataset, step, applicant, submission day, deadline
        assertThat(ids(list(member, "q=" + tag + "&dataset=" + images.id() + "&sort=title&dir=asc"))).containsExactly(three, two);
        assertThat(ids(list(member, "q=" + tag + "&step=legal-check"))).containsExactly(two);
        assertThat(ids(list(member, "q=" + tag + "&applicant=nobody-like-this"))).isEmpty();
        assertThat(list(member, "q=" + tag + "&applicant=applic&submittedFrom=" + today).getJsonNumber("total").longValue()).isEqualTo(3);
        assertThat(ids(list(member, "q=" + tag + "&submittedTo=" + yesterday))).isEmpty();
        assertThat(ids(list(member, "q=" + tag + "&due=soon"))).isEmpty(); // three months ahead
        assertThat(ids(list(member, "q=" + tag + "&due=overdue"))).isEmpty();
        JsonObject open = list(member, "q=" + one).getJsonArray("items").getJsonObject(0);
        assertThat(java.time.Instant.parse(open.getString("dueAt"))).isAfter(java.time.Instant.now().plus(java.time.Duration.ofDays(85)));
        // the applicant's own list, with the same parameters
        HttpResponse<String> mine = Http.get("/api/applications?scope=open&q=" + tag + "&sort=title&dir=asc", applicant);
        assertThat(ids(Json.object(mine.body()))).containsExactly(one, two);
        assertThat(ids(Json.object(Http.get("/api/applications?q=" + tag, Tokens.forUser("applicant2")).body()))).isEmpty();
    }

    @Test
    void aListCountsWhatEachStepWouldGiveAndFindsRequestsByDeadline() throws Exception {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Deadline cohort");
        String tag = "Deadline-" + UUID.randomUUID();
        String applicant = Tokens.forUser("applicant");
        String late = Scenario.submitted(applicant, tag + " late", List.of(dataset));
        String close = Scenario.submitted(applicant, tag + " close", List.of(dataset));
        String later = Scenario.submitted(applicant, tag + " later", List.of(dataset));
        String member = Tokens.forUser("member");
        assertThat(Scenario.review(member, later, "approve", "fine").statusCode()).isEqualTo(200);
        // requests submitted months ago: their deadlines, as the summary holds them, moved back
        java.time.Instant now = java.time.Instant.now();
        dueAt(late, now.minus(java.time.Duration.ofDays(2)));
        dueAt(close, now.plus(java.time.Duration.ofDays(5)));

        JsonObject all = list(member, "q=" + tag);
        assertThat(all.getJsonObject("stepCounts").getJsonNumber("review").longValue()).isEqualTo(2);
        assertThat(all.getJsonObject("stepCounts").getJsonNumber("legal-check").longValue()).isEqualTo(1);
        assertThat(ids(list(member, "q=" + tag + "&due=overdue"))).containsExactly(late);
        assertThat(ids(list(member, "q=" + tag + "&due=soon"))).containsExactly(close);
        // the deadline filter keeps the others: nothing waiting for the legal check is due soon
        assertThat(ids(list(member, "q=" + tag + "&step=legal-check&due=soon"))).isEmpty();
        JsonObject legal = list(member, "q=" + tag + "&step=legal-check");
        assertThat(legal.getJsonObject("stepCounts").getJsonNumber("review").longValue()).as("steps ignore the step filter")
                .isEqualTo(2);
        // the applicant's list filters the same way
        assertThat(ids(Json.object(Http.get("/api/applications?q=" + tag + "&due=overdue", applicant).body())))
                .containsExactly(late);
    }

    private static void dueAt(String applicationId, java.time.Instant due) throws java.sql.SQLException {
        var db = eu.consulate.devstack.TestStack.database();
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
                var update = connection.prepareStatement("UPDATE application_summary SET due_at = ? WHERE application_id = ?")) {
            update.setLong(1, due.toEpochMilli());
            update.setString(2, applicationId);
            assertThat(update.executeUpdate()).isEqualTo(1);
        }
    }

    @Test
    void aBulkDecisionChecksEveryRequestAsASingleOneAndARejectionNeedsItsReason() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Bulk cohort");
        String tag = "Bulk-" + UUID.randomUUID();
        String applicant = Tokens.forUser("applicant");
        String a = Scenario.submitted(applicant, tag + " a", List.of(dataset));
        String b = Scenario.submitted(applicant, tag + " b", List.of(dataset));
        String c = Scenario.submitted(applicant, tag + " c", List.of(dataset));
        String member = Tokens.forUser("member");
        assertThat(Scenario.review(member, c, "approve", "fine").statusCode()).isEqualTo(200);

        HttpResponse<String> noReason = bulk(member, "reject-review", List.of(a, b), "");
        HttpResponse<String> outsider = bulk(Tokens.forUser("outsider"), "approve-review", List.of(a, b), "ok");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");
        assertThat(outsider.statusCode()).isEqualTo(200);
        assertThat(Json.array(outsider.body()).getValuesAs(JsonObject.class)).allSatisfy(o -> assertThat(o.getBoolean("done")).isFalse());
        assertThat(ids(list(member, "q=" + tag + "&state=SUBMITTED&sort=title&dir=asc"))).containsExactly(a, b);

        HttpResponse<String> done = bulk(member, "reject-review", List.of(a, b, c), "Outside the consent");

        assertThat(done.statusCode()).as(done.body()).isEqualTo(200);
        List<JsonObject> outcomes = Json.array(done.body()).getValuesAs(JsonObject.class);
        assertThat(outcomes).extracting(o -> o.getString("applicationId") + "=" + o.getBoolean("done"))
                .containsExactly(a + "=true", b + "=true", c + "=false");
        assertThat(outcomes.get(2).getString("message")).contains("not awaiting a committee review");
        assertThat(ids(list(member, "q=" + tag + "&state=REVIEW_REJECTED&sort=title&dir=asc"))).containsExactly(a, b);
        assertThat(Json.object(Http.get("/api/applications/" + a, member).body()).getString("rejectionReason"))
                .isEqualTo("Outside the consent");
        assertThat(bulk(member, "approve-all", List.of(a), "x").statusCode()).isEqualTo(400);
        assertThat(bulk(member, "approve-review", List.of(), "x").statusCode()).isEqualTo(400);
        assertThat(bulk(Tokens.forUser("admin"), "approve-review", List.of(a), "x").statusCode()).isEqualTo(403);
    }

    @Test
    void permitListsShowTheHoldersOwnAndTheAdministratorsCommitteesPermits() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Permit list cohort");
        String applicant = Tokens.forUser("applicant");
        String id = Scenario.submitted(applicant, "Permit-list-" + UUID.randomUUID(), List.of(dataset));
        assertThat(Scenario.review(Tokens.forUser("member"), id, "approve", "fine").statusCode()).isEqualTo(200);
        assertThat(Scenario.legalCheck(Tokens.forUser("legal"), id, "pass", "ok").statusCode()).isEqualTo(200);

        assertThat(permitRequests(applicant, "/api/permits?size=5")).contains(id);
        assertThat(permitRequests(applicant, "/api/permits?status=valid&size=5")).contains(id);
        assertThat(permitRequests(applicant, "/api/permits?status=revoked")).doesNotContain(id);
        assertThat(permitRequests(Tokens.forUser("applicant2"), "/api/permits?size=100")).doesNotContain(id);
        assertThat(permitRequests(Tokens.forUser("admin"), "/api/permits/committee?size=5")).contains(id);
        assertThat(permitRequests(Tokens.forUser("admin2"), "/api/permits/committee?size=100")).doesNotContain(id);
        for (String query : List.of("status=lost", "size=101", "page=-1", "owner=me", "page=x")) {
            assertThat(Http.get("/api/permits?" + query, applicant).statusCode()).as(query).isEqualTo(400);
        }
        assertThat(Http.get("/api/permits/committee", Tokens.forUser("member")).statusCode()).isEqualTo(403);
    }

    private static List<String> permitRequests(String token, String path) {
        HttpResponse<String> response = Http.get(path, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.items(response.body()).getValuesAs(JsonObject.class).stream().map(p -> p.getString("applicationId"))
                .toList();
    }

    private static HttpResponse<String> bulk(String token, String decision, List<String> ids, String comment) {
        String body = "{\"decision\":" + Json.quote(decision) + ",\"ids\":["
                + ids.stream().map(Json::quote).collect(java.util.stream.Collectors.joining(",")) + "],\"comment\":"
                + Json.quote(comment) + "}";
        return Http.postJson("/api/applications/decisions", token, body);
    }

    private static JsonObject tasks(String token, String query) {
        HttpResponse<String> response = Http.get("/api/applications/tasks?" + query, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body());
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
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
