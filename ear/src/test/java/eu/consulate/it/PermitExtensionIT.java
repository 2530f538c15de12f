package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Scenario.Dataset;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A committee extends a permit over HTTP with real tokens (issue 10): the holder's passport, as a
 * broker pulls it, then holds a newly signed visa with the new expiry instead of the old one;
 * wrong dates, missing reasons, other people and revoked permits are refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitExtensionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void chairExtendsAndThePassportHoldsANewVisaWithTheNewEnd() {
        Dataset genomes = Scenario.freshCommittee().dataset("Extendable genomes");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(genomes));
        String permitId = permit.getString("id");
        List<String> before = visasFor(genomes);
        assertThat(before).hasSize(1);
        LocalDate lastDay = LocalDate.parse(permit.getString("validUntil").substring(0, 10)).plusYears(1);
        Instant newEnd = lastDay.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

        HttpResponse<String> extended = extend(Tokens.forUser("chair"), permitId, lastDay.toString(),
                "Follow-up study approved.");

        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        assertThat(Instant.parse(Json.object(extended.body()).getString("validUntil"))).isEqualTo(newEnd);
        List<String> after = visasFor(genomes);
        assertThat(after).hasSize(1).doesNotContainAnyElementsOf(before);
        JsonObject newVisa = Scenario.visaClaims(after.get(0));
        JsonObject oldVisa = Scenario.visaClaims(before.get(0));
        assertThat(newVisa.getJsonNumber("exp").longValue()).isEqualTo(newEnd.getEpochSecond());
        assertThat(newVisa.getString("jti")).isNotEqualTo(oldVisa.getString("jti"));
        assertThat(newVisa.getJsonObject("ga4gh_visa_v1").getJsonNumber("asserted").longValue())
                .isEqualTo(oldVisa.getJsonObject("ga4gh_visa_v1").getJsonNumber("asserted").longValue());
        String applicationId = permit.getString("applicationId");
        assertThat(Scenario.eventTypes(applicant, applicationId)).endsWith("permit-issued", "permit-extended");
        JsonObject seenByHolder = Scenario.details(applicant, applicationId);
        assertThat(seenByHolder.getString("state")).isEqualTo("PERMIT_ISSUED");
        assertThat(Instant.parse(seenByHolder.getJsonObject("permit").getString("validUntil"))).isEqualTo(newEnd);

        // a second extension by an administrator, to an instant: the visa is replaced again
        Instant later = newEnd.plusSeconds(30L * 86400);
        HttpResponse<String> again = extend(Tokens.forUser("admin"), permitId, later.toString(), "More time.");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(200);
        assertThat(visasFor(genomes)).singleElement()
                .satisfies(jwt -> assertThat(Scenario.visaClaims(jwt).getJsonNumber("exp").longValue()).isEqualTo(later.getEpochSecond()));
    }

    @Test
    void refusalsChangeNothing() {
        Dataset cohort = Scenario.freshCommittee().dataset("Unextended cohort");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(cohort));
        String permitId = permit.getString("id");
        List<String> before = visasFor(cohort);
        String nextYear = LocalDate.parse(permit.getString("validUntil").substring(0, 10)).plusYears(1).toString();

        for (String user : List.of("member", "legal", "applicant", "admin2", "outsider")) {
            HttpResponse<String> refused = extend(Tokens.forUser(user), permitId, nextYear, "Because.");
            assertThat(refused.statusCode()).as(user + ": " + refused.body()).isEqualTo(403);
        }
        assertThat(extend(null, permitId, nextYear, "Because.").statusCode()).isEqualTo(401);
        assertProblem(extend(Tokens.forUser("chair"), permitId, nextYear, " "), 400,
                "An extension needs a reason: the holder reads it.");
        assertProblem(extend(Tokens.forUser("chair"), permitId, "2020-01-01", "Shorter."), 400,
                "The new end must be later than the permit's current end (" + permit.getString("validUntil")
                        + ") and than now.");
        assertProblem(extend(Tokens.forUser("chair"), permitId, "next spring", "Vague."), 400,
                "validUntil: a date (2028-06-30, valid through that day, UTC) or an instant (2028-06-30T12:00:00Z), "
                        + "not 'next spring'.");
        assertThat(extend(Tokens.forUser("chair"), "no-such-permit", nextYear, "Because.").statusCode()).isEqualTo(404);
        assertThat(visasFor(cohort)).isEqualTo(before);

        HttpResponse<String> revoked = Http.postJson("/api/permits/" + permitId + "/revocation", Tokens.forUser("chair"),
                "{\"reason\":\"Ethics approval withdrawn.\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertProblem(extend(Tokens.forUser("chair"), permitId, nextYear, "Undo."), 409,
                "This permit was revoked; a revoked permit cannot be changed.");
        assertThat(visasFor(cohort)).isEmpty();
        assertThat(Scenario.eventTypes(applicant, permit.getString("applicationId")))
                .endsWith("permit-issued", "permit-revoked").doesNotContain("permit-extended");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Json.object(response.body()).getString("detail")).isEqualTo(detail);
    }


    private static HttpResponse<String> extend(String token, String permitId, String validUntil, String reason) {
        return Http.postJson("/api/permits/" + permitId + "/extension", token,
                "{\"validUntil\":" + Json.quote(validUntil) + ",\"reason\":" + Json.quote(reason) + "}");
    }


    private List<String> visasFor(Dataset dataset) {
        return Scenario.visas(applicantSub, dataset);
    }
}
