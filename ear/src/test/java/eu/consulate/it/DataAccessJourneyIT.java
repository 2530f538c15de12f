package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;

import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Scenario.Dataset;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.jwt.consumer.JwtContext;
import org.jose4j.keys.resolvers.JwksVerificationKeyResolver;
import org.jose4j.jwa.AlgorithmConstraints;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The whole journey over HTTP with real Keycloak tokens: an applicant asks, the committee
 * approves, a legal officer checks, a downstream system pulls a GA4GH visa and verifies it
 * against our JWKS with an independent JWT library (jose4j; we sign with Nimbus).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataAccessJourneyIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void approvedAndCheckedRequestYieldsOneVerifiableVisaPerDataset() throws Exception {
        Scenario scenario = Scenario.freshCommittee();
        Dataset genomes = scenario.dataset("Genomes");
        Dataset phenotypes = scenario.dataset("Phenotypes");
        String id = Scenario.submitted(applicant, List.of(genomes, phenotypes));
        String member = Tokens.forUser("member");
        String legal = Tokens.forUser("legal");

        JsonObject reviewTask = Json.items(Http.get("/api/applications/tasks?q=" + id, member).body())
                .getValuesAs(JsonObject.class).stream().filter(t -> t.getString("id").equals(id))
                .findFirst().orElseThrow();
        assertThat(reviewTask.getString("step")).isEqualTo("review");
        assertThat(Instant.parse(reviewTask.getString("dueAt"))) // EHDS: a decision within three months
                .isBetween(Instant.now().plus(java.time.Duration.ofDays(88)), Instant.now().plus(java.time.Duration.ofDays(93)));
        HttpResponse<String> reviewed = Scenario.review(member, id, "approve", "Fine by the committee");
        assertThat(reviewed.statusCode()).as(reviewed.body()).isEqualTo(200);
        assertThat(Json.object(reviewed.body()).getString("state")).isEqualTo("REVIEW_APPROVED");
        assertThat(Http.get("/api/applications/tasks?q=" + id, legal).body()).contains(id);
        HttpResponse<String> checked = Scenario.legalCheck(legal, id, "pass", "Terms accepted");
        assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);

        JsonObject details = Json.object(checked.body());
        assertThat(details.getString("state")).isEqualTo("PERMIT_ISSUED");
        Instant permitEnd = Instant.parse(details.getJsonObject("permit").getString("validUntil"));
        assertThat(Scenario.eventTypes(applicant, id)).containsExactly(
                "created", "submitted", "step-opened", "review-approved", "step-opened", "legal-check-passed",
                "permit-issued");

        List<String> visas = visasOf(Tokens.forDownstreamSystem(), applicantSub);
        JwtConsumer verifier = verifierFromOurJwks();
        Map<String, JwtContext> byDataset = new java.util.HashMap<>();
        for (String visa : visas) {
            JwtContext context = verifier.process(visa);
            Map<String, Object> grant = context.getJwtClaims().getClaimValue("ga4gh_visa_v1", Map.class);
            byDataset.put((String) grant.get("value"), context);
        }
        assertThat(byDataset).containsKeys(genomes.url(), phenotypes.url());
        for (Dataset dataset : List.of(genomes, phenotypes)) {
            JwtContext context = byDataset.get(dataset.url());
            var header = context.getJoseObjects().get(0);
            assertThat(header.getHeader("typ")).isEqualTo("vnd.ga4gh.visa+jwt");
            assertThat(header.getAlgorithmHeaderValue()).isEqualTo("RS256");
            assertThat(header.getKeyIdHeaderValue()).isNotBlank();
            assertThat(header.getHeader("jku")).isEqualTo(TestStack.APP_URL + "/api/jwk");
            JwtClaims claims = context.getJwtClaims();
            assertThat(claims.getIssuer()).isEqualTo(TestStack.APP_URL);
            assertThat(claims.getSubject()).isEqualTo(applicantSub);
            assertThat(claims.getJwtId()).isNotBlank();
            assertThat(claims.getIssuedAt().getValue()).isLessThanOrEqualTo(Instant.now().getEpochSecond() + 5);
            assertThat(claims.getExpirationTime().getValue()).isLessThanOrEqualTo(permitEnd.getEpochSecond());
            assertThat(claims.hasAudience()).isFalse();
            Map<String, Object> grant = claims.getClaimValue("ga4gh_visa_v1", Map.class);
            assertThat(grant).containsEntry("type", "ControlledAccessGrants")
                    .containsEntry("value", dataset.url())
                    .containsEntry("source", scenario.dacSource)
                    .containsEntry("by", "dac")
                    .doesNotContainKey("conditions");
            long asserted = ((Number) grant.get("asserted")).longValue();
            assertThat(asserted).isBetween(Instant.now().getEpochSecond() - 600, Instant.now().getEpochSecond() + 5);
        }
    }

    @Test
    void applicantReadsOwnVisasButNotSomeoneElses() {
        assertThat(Http.get("/api/permissions/" + applicantSub, applicant).statusCode()).isEqualTo(200);
        String other = Tokens.claims(Tokens.forUser("applicant2")).getString("sub");
        assertThat(Http.get("/api/permissions/" + other, applicant).statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/permissions/" + applicantSub, null).statusCode()).isEqualTo(401);
    }

    @Test
    void thePullAnswersLikeTheRestOfTheApi() {
        HttpResponse<String> own = Http.get("/api/permissions/" + applicantSub, applicant);
        assertThat(own.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(own.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(own.headers().firstValue("Cache-Control")).hasValue("no-store");

        HttpResponse<String> anonymous = Http.get("/api/permissions/" + applicantSub, null);
        assertThat(anonymous.headers().firstValue("WWW-Authenticate")).hasValue("Bearer");
        assertThat(Json.object(anonymous.body()).getInt("status")).isEqualTo(401);

        HttpResponse<String> forged = Http.get("/api/permissions/" + applicantSub, applicant.substring(0, applicant.length() - 4) + "AAAA");
        assertThat(forged.statusCode()).isEqualTo(401);
        assertThat(forged.headers().firstValue("WWW-Authenticate")).hasValue("Bearer error=\"invalid_token\"");

        HttpResponse<String> others = Http.get("/api/permissions/" + Tokens.claims(Tokens.forUser("applicant2")).getString("sub"), applicant);
        assertThat(others.statusCode()).isEqualTo(403);
        assertThat(others.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.object(others.body()).getString("detail")).isEqualTo("You may only read your own visas.");

        assertThat(Http.get("/api/permissions/a/b", Tokens.forDownstreamSystem()).statusCode()).isEqualTo(404);
        HttpResponse<String> post = Http.postJson("/api/permissions/" + applicantSub, Tokens.forDownstreamSystem(), "{}");
        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void unknownUserHasAnEmptyPassport() {
        HttpResponse<String> response = Http.get("/api/permissions/nobody-" + java.util.UUID.randomUUID(),
                Tokens.forDownstreamSystem());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Json.object(response.body()).getJsonArray("ga4gh_passport_v1")).isEmpty();
    }

    @Test
    void keySetIsPublicAndCacheable() {
        HttpResponse<String> response = Http.get("/api/jwk", null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Cache-Control").orElse("")).contains("public").contains("max-age");
        assertThat(response.body()).contains("\"kty\":\"RSA\"").doesNotContain("\"d\":");
    }

    @Test
    void rejectedRequestYieldsNoVisaAndEndsTheJourney() {
        Scenario scenario = Scenario.freshCommittee();
        Dataset dataset = scenario.dataset("Rejected data");
        String id = Scenario.submitted(applicant, List.of(dataset));

        HttpResponse<String> rejected = Scenario.review(Tokens.forUser("chair"), id, "reject", "Purpose too vague");

        assertThat(rejected.statusCode()).as(rejected.body()).isEqualTo(200);
        assertThat(Json.object(rejected.body()).getString("state")).isEqualTo("REVIEW_REJECTED");
        assertThat(Json.object(rejected.body()).getString("rejectionReason")).isEqualTo("Purpose too vague");
        // a rejected request is none of the legal officer's business: 403, without telling its state
        assertThat(Scenario.legalCheck(Tokens.forUser("legal"), id, "pass", "").statusCode()).isEqualTo(403);
        assertThat(visasOf(Tokens.forDownstreamSystem(), applicantSub))
                .noneMatch(visa -> payload(visa).contains(dataset.url()));
    }

    @Test
    void wrongRoleOrWrongOwnerIsRefusedAndLeavesTheLogUnchanged() {
        Scenario scenario = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(scenario.dataset("Guarded data")));
        List<String> before = Scenario.eventTypes(applicant, id);

        // the applicant has no committee role
        assertThat(Scenario.review(applicant, id, "approve", "me").statusCode()).isEqualTo(403);
        // a member of another committee
        String outsider = Tokens.forUser("outsider");
        assertThat(Scenario.review(outsider, id, "approve", "not mine").statusCode()).isEqualTo(403);
        assertThat(Http.get("/api/applications/" + id, outsider).statusCode()).isEqualTo(403);
        // another applicant
        assertThat(Http.get("/api/applications/" + id, Tokens.forUser("applicant2")).statusCode()).isEqualTo(403);
        // a legal officer before the review
        // before the committee approved, the legal officer may not see the request at all
        assertThat(Scenario.legalCheck(Tokens.forUser("legal"), id, "pass", "early").statusCode()).isEqualTo(403);
        // a rejection without a reason
        HttpResponse<String> noReason = Scenario.review(Tokens.forUser("member"), id, "reject", " ");
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(noReason.body()).contains("reason");

        assertThat(Scenario.eventTypes(applicant, id)).isEqualTo(before).containsExactly("created", "submitted", "step-opened");
    }

    @Test
    void badSubmissionsAreRefusedWithAProblemAndWriteNothing() {
        List<String> before = Json.items(Http.get("/api/applications", applicant).body()).getValuesAs(JsonObject.class)
                .stream().map(o -> o.getString("id")).toList();
        Scenario a = Scenario.freshCommittee();
        Scenario b = Scenario.freshCommittee();

        HttpResponse<String> tooShort = Scenario.submit(applicant, "X", List.of(a.dataset("A")));
        HttpResponse<String> twoCommittees = Scenario.submit(applicant, "Two committees", List.of(a.dataset("A2"), b.dataset("B")));
        HttpResponse<String> unknown = Scenario.submit(applicant, "Unknown data", List.of(new Dataset("no-such-id", "x")));
        HttpResponse<String> garbage = Http.postJson("/api/applications", applicant, "{not json");

        assertThat(List.of(tooShort, twoCommittees, unknown, garbage)).allSatisfy(r -> {
            assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
            assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("application/problem+json");
        });
        assertThat(twoCommittees.body()).contains("same committee");
        List<String> after = Json.items(Http.get("/api/applications", applicant).body()).getValuesAs(JsonObject.class)
                .stream().map(o -> o.getString("id")).toList();
        assertThat(after).isEqualTo(before);
    }

    @Test
    void twoConcurrentApprovalsProduceExactlyOneReviewApproved() throws Exception {
        Scenario scenario = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(scenario.dataset("Contested data")));
        String member = Tokens.forUser("member");
        String chair = Tokens.forUser("chair");
        CountDownLatch start = new CountDownLatch(1);

        CompletableFuture<Integer> first = CompletableFuture.supplyAsync(() -> {
            await(start);
            return Scenario.review(member, id, "approve", "first").statusCode();
        });
        CompletableFuture<Integer> second = CompletableFuture.supplyAsync(() -> {
            await(start);
            return Scenario.review(chair, id, "approve", "second").statusCode();
        });
        start.countDown();

        assertThat(List.of(first.get(), second.get())).containsExactlyInAnyOrder(200, 409);
        assertThat(Scenario.eventTypes(applicant, id).stream().filter("review-approved"::equals)).hasSize(1);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static List<String> visasOf(String token, String subject) {
        HttpResponse<String> response = Http.get("/api/permissions/" + subject, token);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return Json.object(response.body()).getJsonArray("ga4gh_passport_v1").getValuesAs(JsonString.class)
                .stream().map(JsonString::getString).toList();
    }

    private static String payload(String jwt) {
        return new String(java.util.Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
    }

    private static JwtConsumer verifierFromOurJwks() throws Exception {
        JsonWebKeySet keys = new JsonWebKeySet(Http.get("/api/jwk", null).body());
        return new JwtConsumerBuilder()
                .setVerificationKeyResolver(new JwksVerificationKeyResolver(keys.getJsonWebKeys()))
                .setJwsAlgorithmConstraints(AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                .setExpectedIssuer(TestStack.APP_URL)
                .setRequireExpirationTime()
                .setRequireIssuedAt()
                .setRequireJwtId()
                .setRequireSubject()
                .setSkipDefaultAudienceValidation()
                .build();
    }
}
