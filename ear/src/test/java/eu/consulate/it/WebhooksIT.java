package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import com.sun.net.httpserver.HttpServer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 9: signed webhooks. A receiver that fails its first two calls gets each event exactly once
 * after the retries and verifies every signature (HMAC-SHA256 over id.timestamp.body, computed here
 * independently); an endpoint that always fails ends in the dead letters, which an administrator
 * sends again; other committees' administrators see none of it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WebhooksIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** A call as the receiver got it, and whether it answered 200. */
    record Call(String id, String timestamp, String signature, String body, boolean accepted) {
    }

    private HttpServer receiver;
    private final List<Call> calls = new CopyOnWriteArrayList<>();

    private String listen(int failFirst) throws IOException {
        AtomicInteger seen = new AtomicInteger();
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            boolean accept = seen.incrementAndGet() > failFirst;
            calls.add(new Call(exchange.getRequestHeaders().getFirst("webhook-id"),
                    exchange.getRequestHeaders().getFirst("webhook-timestamp"),
                    exchange.getRequestHeaders().getFirst("webhook-signature"), body, accept));
            exchange.sendResponseHeaders(accept ? 200 : 500, -1);
            exchange.close();
        });
        receiver.start();
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook";
    }

    @AfterEach
    void stop() {
        if (receiver != null) {
            receiver.stop(0);
        }
    }

    @Test
    void aReceiverThatFailsTwiceGetsEachEventOnceSignedWithWhatABrokerNeeds() throws Exception {
        String url = listen(2);
        Scenario committee = Scenario.freshCommittee();
        HttpResponse<String> registered = Http.postJson("/api/admin/dacs/" + committee.dacId + "/webhooks",
                committee.adminToken(), "{\"client\":\"LS AAI broker\",\"url\":" + Json.quote(url)
                        + ",\"events\":[\"permit-issued\",\"permit-revoked\"]}");
        assertThat(registered.statusCode()).as(registered.body()).isEqualTo(201);
        String secret = Json.object(registered.body()).getString("secret");
        assertThat(secret).startsWith("whsec_");
        Scenario.Dataset dataset = committee.dataset("Hooked cohort");
        String applicant = Tokens.forUser("applicant");
        String applicantSub = Tokens.claims(applicant).getString("sub");

        JsonObject permit = Scenario.issuedPermit(applicant, List.of(dataset));
        awaitAccepted(1);
        assertThat(Http.postJson("/api/permits/" + permit.getString("id") + "/revocation", Tokens.forUser("chair"),
                "{\"reason\":\"Ended.\"}").statusCode()).isEqualTo(200);
        awaitAccepted(2);
        Thread.sleep(2500); // a repeat would come within the next polls

        assertThat(calls).hasSize(4);
        assertThat(calls.subList(0, 3)).extracting(Call::id).containsOnly(calls.get(0).id());
        assertThat(calls).extracting(Call::accepted).containsExactly(false, false, true, true);
        for (Call call : calls) {
            assertThat(verifies(secret, call)).as(call.body()).isTrue();
        }
        assertThat(verifies(secret, new Call(calls.get(2).id(), calls.get(2).timestamp(), calls.get(2).signature(),
                calls.get(2).body().replace("ACTIVE", "REVOKED"), true))).as("a changed body").isFalse();
        JsonObject issued = Json.object(calls.get(2).body());
        assertThat(issued.getString("type")).isEqualTo("permit.issued");
        JsonObject data = issued.getJsonObject("data");
        assertThat(data.getString("permitId")).isEqualTo(permit.getString("id"));
        assertThat(data.getJsonArray("users").getString(0)).isEqualTo(applicantSub);
        assertThat(data.getJsonArray("datasets").getString(0)).isEqualTo(dataset.url());
        assertThat(data.getString("validUntil")).isEqualTo(permit.getString("validUntil"));
        assertThat(calls.get(2).body()).doesNotContain("applicant@").doesNotContain("Hooked cohort");
        assertThat(Json.object(calls.get(3).body()).getString("type")).isEqualTo("permit.revoked");
        assertThat(calls.get(3).id()).isNotEqualTo(calls.get(2).id());

        List<JsonObject> deliveries = Json.array(Http.get("/api/admin/deliveries?status=sent", committee.adminToken())
                .body()).getValuesAs(JsonObject.class).stream().filter(d -> d.getString("channel").equals("webhook")).toList();
        assertThat(deliveries).extracting(d -> d.getString("id")).contains(calls.get(2).id(), calls.get(3).id());
        assertThat(Http.get("/api/admin/deliveries", Tokens.forUser("admin2")).body()).doesNotContain(calls.get(2).id());
        assertThat(Http.get("/api/admin/webhooks", Tokens.forUser("admin2")).body()).doesNotContain(url);
        assertThat(Http.postJson("/api/admin/deliveries/" + calls.get(2).id() + "/retry", committee.adminToken(), "{}")
                .statusCode()).as("a delivered call is not dead").isEqualTo(409);
        assertThat(Http.postJson("/api/admin/deliveries/" + calls.get(2).id() + "/retry", Tokens.forUser("admin2"), "{}")
                .statusCode()).isEqualTo(404);
    }

    @Test
    void anEndpointThatAlwaysFailsEndsInTheDeadLettersAndIsSentAgainOnRequest() throws Exception {
        String url = listen(Integer.MAX_VALUE);
        Scenario committee = Scenario.freshCommittee();
        HttpResponse<String> registered = Http.postJson("/api/admin/dacs/" + committee.dacId + "/webhooks",
                committee.adminToken(), "{\"client\":\"Broken broker\",\"url\":" + Json.quote(url)
                        + ",\"events\":[\"permit-issued\"]}");
        assertThat(registered.statusCode()).isEqualTo(201);
        JsonObject permit = Scenario.issuedPermit(Tokens.forUser("applicant"), List.of(committee.dataset("Dead cohort")));
        assertThat(permit.getString("status")).isEqualTo("ACTIVE"); // the action did not wait for the receiver

        JsonObject dead = awaitDead(committee.adminToken());
        assertThat(dead.getInt("attempts")).isEqualTo(4);
        assertThat(dead.getString("lastError")).contains("HTTP 500");
        assertThat(calls).hasSize(4);

        assertThat(Http.postJson("/api/admin/deliveries/" + dead.getString("id") + "/retry", committee.adminToken(), "{}")
                .statusCode()).isEqualTo(204);
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (calls.size() < 5 && System.nanoTime() < deadline) {
            Thread.sleep(200);
        }
        assertThat(calls).hasSize(5).extracting(Call::id).containsOnly(dead.getString("id"));

        HttpResponse<String> refused = Http.postJson("/api/admin/dacs/" + committee.dacId + "/webhooks",
                committee.adminToken(), "{\"client\":\"x\",\"url\":\"ftp://example.org\",\"events\":[\"permit-issued\"]}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/webhooks", committee.adminToken(),
                "{\"client\":\"x\",\"url\":\"https://example.org\",\"events\":[\"vote-open\"]}").statusCode()).isEqualTo(400);
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/webhooks", Tokens.forUser("admin2"),
                "{\"client\":\"x\",\"url\":\"https://example.org\",\"events\":[\"permit-issued\"]}").statusCode()).isEqualTo(404);
    }

    private JsonObject awaitDead(String adminToken) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(40).toNanos();
        while (System.nanoTime() < deadline) {
            List<JsonObject> dead = Json.array(Http.get("/api/admin/deliveries?status=dead", adminToken).body())
                    .getValuesAs(JsonObject.class).stream().filter(d -> d.getString("channel").equals("webhook")).toList();
            if (!dead.isEmpty()) {
                return dead.get(0);
            }
            Thread.sleep(300);
        }
        throw new AssertionError("no dead webhook delivery within 40 s; calls: " + calls);
    }

    private void awaitAccepted(int count) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (calls.stream().filter(Call::accepted).count() < count && System.nanoTime() < deadline) {
            Thread.sleep(100);
        }
        assertThat(calls.stream().filter(Call::accepted).count()).as("calls: " + calls).isEqualTo(count);
    }

    /** The receiver's check, written from the Standard Webhooks convention (not Consulate's code). */
    private static boolean verifies(String secret, Call call) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())), "HmacSHA256"));
        String expected = "v1," + Base64.getEncoder().encodeToString(
                mac.doFinal((call.id() + "." + call.timestamp() + "." + call.body()).getBytes(StandardCharsets.UTF_8)));
        return MessageDigest.isEqual(expected.getBytes(StandardCharsets.UTF_8), call.signature().getBytes(StandardCharsets.UTF_8));
    }
}
