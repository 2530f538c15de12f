package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;

import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.KeycloakUsers;
import eu.consulate.it.support.PageSession;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile input (issue 11): several hundred generated inputs over the API and the pages —
 * oversize, wrong types, control characters, markup and script, template and SQL fragments, path
 * tricks, forged and foreign tokens. None may cause a server error; what is refused leaves nothing
 * behind; what is accepted is stored as the text it was and shown escaped, never as markup.
 */
@ExtendWith(ArquillianExtension.class)
class HostileInputIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** Text that is unusual but legitimate: it must be accepted and come back verbatim. */
    static final List<String> ODD_BUT_VALID = List.of(
            "<script>alert('x')</script>", "\"><img src=x onerror=alert(1)>", "<svg onload=alert(1)>",
            "javascript:alert(1)", "{{7*7}} ${7*7} #{7*7}", "' OR '1'='1", "'; DROP TABLE dac; --",
            "\" OR 1=1 --", "%' UNION SELECT * FROM signing_key --", "../../../../etc/passwd",
            "%2e%2e%2f%2e%2e%2f", "C:\\Windows\\system.ini", "Ünïcödé ✓ 🧬 数据 بيانات",
            "&lt;b&gt;entity&lt;/b&gt; &amp; &#x3C;", "<![CDATA[x]]> <!-- c -->", "\\u0000 as text",
            "a\tb with a tab", "line one\nline two");

    /** Text with characters that must never be stored: refused with 400. */
    static final List<String> CONTROL = List.of("nul\u0000byte", "bell\u0007", "escape\u001b[31m", "del\u007f",
            "c1\u0085next", "bidi\u202Eevil", "isolate\u2066x\u2069", "embedding\u202Ax", "override\u202Dx",
            "backspace\u0008");

    private final List<String> failures = new ArrayList<>();
    private int inputs;

    @Test
    void noHostileInputCausesAServerErrorLeavesAnythingBehindOrRunsInABrowser() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Hostile cohort");
        String applicant = Tokens.forUser("applicant2");
        String admin = Tokens.forUser("admin");
        String member = Tokens.forUser("member");
        int before = myRequests(applicant);
        String legit = Scenario.submitted(applicant, List.of(dataset));

        List<String> acceptedTitles = new ArrayList<>();
        // text fields of a request: odd text is accepted and stored as it is; control characters never
        for (String text : ODD_BUT_VALID) {
            String title = "T " + text;
            HttpResponse<String> titled = submit(applicant, title, "A purpose long enough " + text, dataset.id());
            expect(titled, 201, "title/purpose " + text);
            if (titled.statusCode() == 201) {
                acceptedTitles.add(title);
                assertThat(Json.object(titled.body()).getString("title")).isEqualTo(title);
            }
        }
        for (String text : CONTROL) {
            expect(submit(applicant, "T " + text, "A purpose long enough", dataset.id()), 400, "title " + text);
            expect(submit(applicant, "A fine title", "A purpose long enough " + text, dataset.id()), 400, "purpose " + text);
            expect(decide(member, legit, "review", "reject", "reason " + text), 400, "review reason " + text);
            expect(createCommittee(admin, "Committee " + text), 400, "committee name " + text);
            expect(addDataset(admin, committee.dacId, "https://data.example.org/h/" + UUID.randomUUID(), "Title " + text),
                    400, "dataset title " + text);
        }
        // sizes: at the limits and beyond
        expect(submit(applicant, "x".repeat(201), "A purpose long enough", dataset.id()), 400, "title 201");
        expect(submit(applicant, "A fine title", "p".repeat(4001), dataset.id()), 400, "purpose 4001");
        expect(submit(applicant, "A fine title", "p".repeat(70_000), dataset.id()), 413, "body over 64 KiB");
        expect(decide(member, legit, "review", "reject", "r".repeat(2001)), 400, "reason 2001");
        expect(createCommittee(admin, "n".repeat(201)), 400, "committee name 201");
        expect(addDataset(admin, committee.dacId, "https://data.example.org/" + "u".repeat(500), "t"), 400, "url 525");
        List<String> manyIds = new ArrayList<>();
        for (int i = 0; i < 21; i++) {
            manyIds.add(UUID.randomUUID().toString());
        }
        expect(post("/api/applications", applicant, "{\"title\":\"A fine title\",\"researchPurpose\":\"A purpose long enough\""
                + ",\"datasetIds\":" + manyIds.stream().map(Json::quote).toList() + "}"), 400, "21 datasets");
        // wrong types and shapes in every field
        for (String value : List.of("42", "true", "null", "[]", "{}", "[\"a\",1]", "{\"$ne\":null}", "-1e309")) {
            expectRefused(post("/api/applications", applicant, "{\"title\":" + value
                    + ",\"researchPurpose\":\"A purpose long enough\",\"datasetIds\":[" + Json.quote(dataset.id()) + "]}"),
                    "title " + value);
            expectRefused(post("/api/applications", applicant, "{\"title\":\"A fine title\",\"researchPurpose\":" + value
                    + ",\"datasetIds\":[" + Json.quote(dataset.id()) + "]}"), "purpose " + value);
            expectRefused(post("/api/applications", applicant, "{\"title\":\"A fine title\","
                    + "\"researchPurpose\":\"A purpose long enough\",\"datasetIds\":" + value + "}"), "datasetIds " + value);
            expectRefused(post("/api/applications/" + legit + "/review", member,
                    "{\"decision\":" + value + ",\"comment\":\"c\"}"), "decision " + value);
            expectRefused(post("/api/admin/dacs", admin, "{\"name\":" + value + ",\"source\":\"https://x.example/"
                    + UUID.randomUUID() + "\"}"), "committee name " + value);
            if (!value.equals("null") && !value.equals("[]")) { // no seats is fine
                expectRefused(post("/api/admin/dacs", admin, "{\"name\":\"N\",\"source\":\"https://x.example/"
                        + UUID.randomUUID() + "\",\"members\":" + value + "}"), "members " + value);
            }
        }
        List<String> bodies = List.of("", "not json", "{", "[1,2]", "{\"title\":\"x\"", "\u0000",
                "{\"a\":" + "[".repeat(5000), "{\"title\":\"\\ud800\"}");
        for (int i = 0; i < bodies.size(); i++) {
            try {
                expectRefused(post("/api/applications", applicant, bodies.get(i)), "body " + i);
            } catch (IllegalStateException e) {
                failures.add("body " + i + ": no answer (" + e.getMessage() + ")");
            }
        }
        // path tricks in every path parameter
        for (String segment : List.of("..", "%2e%2e", "..%2f..%2fadmin", "%00", "' OR '1'='1", "<script>", "%252e",
                "x".repeat(3000), "1;DROP TABLE dac", "%C0%AE%C0%AE", "%ff", "~root")) {
            for (String path : List.of("/api/applications/", "/api/applications/{}/events", "/api/permissions/",
                    "/api/admin/dacs/", "/applicant/request.xhtml?id=", "/committee/request.xhtml?id=")) {
                String target = path.contains("{}") ? path.replace("{}", segment) : path + segment;
                HttpResponse<String> response = target.startsWith("/api") ? rawGet(target, admin)
                        : rawGet(target, null);
                inputs++;
                if (response.statusCode() >= 500) {
                    failures.add("GET " + target + ": " + response.statusCode());
                }
            }
        }
        // tokens that must not be believed
        String real = applicant;
        String[] parts = real.split("\\.");
        JsonObject claims = Tokens.claims(real);
        String laterExpiry = claims.toString().replaceAll("\"exp\":\\d+", "\"exp\":4102444800");
        String none = b64("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + b64(laterExpiry) + ".";
        for (String token : List.of(parts[0] + "." + b64(laterExpiry) + "." + parts[2], none, none + parts[2],
                b64("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + parts[1] + "." + parts[2],
                parts[0] + "." + parts[1] + "." + parts[2].substring(0, parts[2].length() - 4) + "AAAA",
                "garbage", "a.b.c", parts[0] + "." + parts[1], "x".repeat(6000), KeycloakUsers.masterAdminToken())) {
            HttpResponse<String> response = Http.sendHttp11(HttpRequest.newBuilder(
                    URI.create(TestStack.APP_URL + "/api/applications")).header("Authorization", "Bearer " + token).GET()
                    .build());
            inputs++;
            if (response.statusCode() != 401) {
                failures.add("a forged or foreign token got " + response.statusCode());
            }
        }

        assertThat(failures).as("hostile inputs answered wrongly").isEmpty();
        assertThat(inputs).isGreaterThanOrEqualTo(200);
        // nothing refused was stored: exactly the legitimate request and the accepted odd titles are new
        assertThat(myRequests(applicant)).isEqualTo(before + 1 + acceptedTitles.size());
        assertThat(Json.object(Http.get("/api/applications/" + legit, member).body()).getString("state"))
                .isEqualTo("SUBMITTED");
        // nothing runs in a browser: the applicant's list shows the markup as text
        String page = PageSession.signedIn("applicant2").get("/applicant/index.xhtml").body();
        assertThat(page).doesNotContain("<script>alert('x')</script>", "<img src=x onerror", "<svg onload")
                .contains("&lt;script&gt;alert(");
    }

    private void expect(HttpResponse<String> response, int status, String what) {
        inputs++;
        if (response.statusCode() != status) {
            failures.add(what + ": " + response.statusCode() + " (expected " + status + ") " + abbreviated(response.body()));
        } else if (status >= 400 && !response.body().contains("\"detail\"") && !response.body().contains("\"title\"")) {
            failures.add(what + ": refused without a problem body");
        }
    }

    private void expectRefused(HttpResponse<String> response, String what) {
        inputs++;
        int status = response.statusCode();
        if (status != 400 && status != 413 && status != 415) {
            failures.add(what + ": " + status + " (expected a 4xx refusal) " + abbreviated(response.body()));
        }
    }

    private static String abbreviated(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "…" : body;
    }

    private static int myRequests(String token) {
        return (int) Json.total(Http.get("/api/applications", token).body());
    }

    private static HttpResponse<String> submit(String token, String title, String purpose, String datasetId) {
        return post("/api/applications", token, "{\"title\":" + Json.quote(title) + ",\"researchPurpose\":"
                + Json.quote(purpose) + ",\"datasetIds\":[" + Json.quote(datasetId) + "]}");
    }

    private static HttpResponse<String> decide(String token, String id, String step, String decision, String comment) {
        return post("/api/applications/" + id + "/" + step, token, "{\"decision\":" + Json.quote(decision)
                + ",\"comment\":" + Json.quote(comment) + "}");
    }

    private static HttpResponse<String> createCommittee(String token, String name) {
        return post("/api/admin/dacs", token, "{\"name\":" + Json.quote(name) + ",\"source\":"
                + Json.quote("https://consulate.example.org/dacs/h-" + UUID.randomUUID()) + "}");
    }

    private static HttpResponse<String> addDataset(String token, String dacId, String url, String title) {
        return post("/api/admin/dacs/" + dacId + "/datasets", token, "{\"url\":" + Json.quote(url) + ",\"title\":"
                + Json.quote(title) + "}");
    }

    private static HttpResponse<String> post(String path, String token, String body) {
        return Http.postJson(path, token, body);
    }

    private static HttpResponse<String> rawGet(String path, String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestStack.APP_URL + path.replace(" ", "%20")
                .replace("'", "%27").replace("<", "%3C").replace(">", "%3E").replace(";", "%3B"))).GET();
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return Http.send(request.build());
    }

    private static String b64(String json) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(json.getBytes(StandardCharsets.UTF_8));
    }
}
