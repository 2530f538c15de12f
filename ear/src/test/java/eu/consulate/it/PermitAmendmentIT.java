package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;

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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A committee amends a permit over HTTP (issue 10): a dataset added gets a visa at once, a
 * dataset removed loses it, conditions appear on the permit; a dataset of another committee,
 * other people and revoked permits are refused and change nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitAmendmentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void chairAddsAndRemovesDatasetsAndSetsConditionsAndThePassportFollows() {
        Scenario committee = Scenario.freshCommittee();
        Dataset first = committee.dataset("First cohort");
        Dataset second = committee.dataset("Follow-up cohort");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(first));
        String id = permit.getString("id");
        List<String> firstBefore = Scenario.visas(applicantSub, first);
        assertThat(firstBefore).hasSize(1);
        assertThat(Scenario.visas(applicantSub, second)).isEmpty();

        HttpResponse<String> amended = amend(Tokens.forUser("chair"), id, List.of(first.id(), second.id()),
                List.of("Publish within 12 months.", "Data stay in the EU."), "Follow-up cohort approved.");

        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        JsonObject view = Json.object(amended.body());
        assertThat(view.getJsonArray("datasets").getValuesAs(JsonObject.class)).extracting(d -> d.getString("id"))
                .containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(view.getJsonArray("conditions").getValuesAs(JsonString.class)).extracting(JsonString::getString)
                .containsExactly("Publish within 12 months.", "Data stay in the EU.");
        List<String> secondVisas = Scenario.visas(applicantSub, second);
        assertThat(secondVisas).hasSize(1);
        assertThat(Scenario.visaClaims(secondVisas.get(0)).getJsonNumber("exp").longValue())
                .isEqualTo(java.time.Instant.parse(permit.getString("validUntil")).getEpochSecond());
        assertThat(Scenario.visas(applicantSub, first)).hasSize(1).doesNotContainAnyElementsOf(firstBefore);
        assertThat(Scenario.eventTypes(applicant, permit.getString("applicationId"))).endsWith("permit-issued",
                "permit-amended");
        assertThat(Scenario.details(applicant, permit.getString("applicationId")).getJsonObject("permit")
                .getJsonArray("conditions").getString(0)).isEqualTo("Publish within 12 months.");

        HttpResponse<String> narrowed = amend(Tokens.forUser("admin"), id, List.of(second.id()),
                List.of("Publish within 12 months."), "The first cohort's consent was withdrawn.");
        assertThat(narrowed.statusCode()).as(narrowed.body()).isEqualTo(200);
        assertThat(Scenario.visas(applicantSub, first)).isEmpty();
        assertThat(Scenario.visas(applicantSub, second)).hasSize(1);
    }

    @Test
    void refusalsChangeNothing() {
        Scenario committee = Scenario.freshCommittee();
        Dataset own = committee.dataset("Own cohort");
        Dataset foreign = Scenario.otherCommittee().dataset("Foreign cohort");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(own));
        String id = permit.getString("id");
        List<String> before = Scenario.visas(applicantSub, own);

        assertProblem(amend(Tokens.forUser("chair"), id, List.of(own.id(), foreign.id()), List.of(), "Add it."), 400,
                "Dataset Foreign cohort belongs to another committee; a permit covers only datasets of its own committee.");
        assertProblem(amend(Tokens.forUser("chair"), id, List.of("no-such-dataset"), List.of(), "Add it."), 400,
                "No dataset no-such-dataset is known here.");
        assertProblem(amend(Tokens.forUser("chair"), id, List.of(), List.of(), "Nothing."), 400,
                "A permit covers at least one dataset; to end it, revoke it.");
        assertProblem(amend(Tokens.forUser("chair"), id, List.of(own.id()), List.of(), "Same."), 400,
                "The amendment changes nothing: the permit already covers these datasets, with these holders and these conditions.");
        for (String user : List.of("member", "legal", "applicant", "admin2")) {
            assertThat(amend(Tokens.forUser(user), id, List.of(own.id()), List.of("C."), "Because.").statusCode())
                    .as(user).isEqualTo(403);
        }
        assertThat(Scenario.visas(applicantSub, own)).isEqualTo(before);
        assertThat(Scenario.visas(applicantSub, foreign)).isEmpty();

        assertThat(Http.postJson("/api/permits/" + id + "/revocation", Tokens.forUser("chair"),
                "{\"reason\":\"Ended.\"}").statusCode()).isEqualTo(200);
        assertProblem(amend(Tokens.forUser("chair"), id, List.of(own.id()), List.of("C."), "Undo."), 409,
                "This permit was revoked; a revoked permit cannot be changed.");
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Json.object(response.body()).getString("detail")).isEqualTo(detail);
    }

    private static HttpResponse<String> amend(String token, String permitId, List<String> datasets,
            List<String> conditions, String reason) {
        return Http.postJson("/api/permits/" + permitId + "/amendment", token, "{\"datasets\":"
                + list(datasets) + ",\"conditions\":" + list(conditions) + ",\"reason\":" + Json.quote(reason) + "}");
    }

    private static String list(List<String> values) {
        return "[" + String.join(",", values.stream().map(Json::quote).toList()) + "]";
    }
}
