package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.ZoneOffset;
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
 * Issue 10 with the data use of datasets (DUO): an administrator describes a dataset's data use;
 * a permit for it carries the conditions its modifiers set, its time limit on use caps the
 * permit's validity and refuses an extension past it. A committee adds and removes co-holders,
 * who get and lose visas of their own, and the entitlements API names them.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataUseConditionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");

    @Test
    void anAdministratorDescribesTheDataUseInDuoTermsAndBadDescriptionsChangeNothing() {
        Scenario committee = Scenario.freshCommittee();
        Dataset dataset = committee.dataset("Lung cancer cohort");

        HttpResponse<String> described = describe(committee.adminToken(), dataset, "DS", List.of("MONDO:0008903"),
                "[{\"code\":\"PUB\"},{\"code\":\"DUO:0000025\",\"parameter\":\"6\"}]");

        assertThat(described.statusCode()).as(described.body()).isEqualTo(200);
        JsonObject use = Json.object(described.body());
        assertThat(use.getJsonObject("permission").getString("id")).isEqualTo("DUO:0000007");
        assertThat(use.getJsonObject("permission").getString("label")).isEqualTo("disease specific research");
        assertThat(use.getJsonArray("modifiers").getValuesAs(JsonObject.class)).extracting(m -> m.getString("shorthand")
                + "=" + m.getString("parameter")).containsExactly("PUB=", "TS=6");
        assertThat(use.getJsonArray("modifiers").getJsonObject(0).getString("definition"))
                .startsWith("This data use modifier indicates that requestor agrees to make results");
        assertThat(use.getString("describedBy")).isEqualTo(Tokens.claims(committee.adminToken()).getString("sub"));
        assertThat(strings(use, "conditions")).containsExactly(
                "Disease specific research (DUO:0000007): research on MONDO:0008903 only (Lung cancer cohort).",
                "Publication required (DUO:0000019): the results of studies using the data are made available to the "
                        + "scientific community (Lung cancer cohort).",
                "Time limit on use (DUO:0000025): use ends at the latest 6 months after the permit's start (Lung cancer cohort).");

        assertProblem(describe(committee.adminToken(), dataset, "PUB", List.of(), "[]"), 400,
                "PUB is a DUO modifier, not a permission; the permission is one of NRES, GRU, HMB, DS, POA.");
        assertProblem(describe(committee.adminToken(), dataset, "GRU", List.of(), "[{\"code\":\"TS\"}]"), 400,
                "A time limit on use (TS) names its months, 1 to 120.");
        assertThat(describe(Tokens.forUser("admin2"), dataset, "GRU", List.of(), "[]").statusCode()).isEqualTo(404);
        assertThat(describe(Tokens.forUser("chair"), dataset, "GRU", List.of(), "[]").statusCode()).isEqualTo(403);
        HttpResponse<String> after = Http.get("/api/admin/datasets/" + dataset.id() + "/data-use", committee.adminToken());
        assertThat(after.statusCode()).isEqualTo(200);
        assertThat(Json.object(after.body()).getJsonObject("permission").getString("shorthand")).isEqualTo("DS");
    }

    @Test
    void aPermitCarriesTheConditionsItsTimeLimitCapsItAndAnExtensionCannotPassIt() {
        Scenario committee = Scenario.freshCommittee();
        Dataset limited = committee.dataset("Six-month cohort");
        Dataset open = committee.dataset("Open panel");
        assertThat(describe(committee.adminToken(), limited, "HMB", List.of(),
                "[{\"code\":\"IRB\"},{\"code\":\"TS\",\"parameter\":\"6\"}]").statusCode()).isEqualTo(200);
        assertThat(describe(committee.adminToken(), open, "GRU", List.of(), "[]").statusCode()).isEqualTo(200);

        Instant before = Instant.now();
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(limited, open));

        Instant cap = before.atZone(ZoneOffset.UTC).plusMonths(6).toLocalDate().atStartOfDay(ZoneOffset.UTC).toInstant();
        assertThat(Instant.parse(permit.getString("validUntil"))).isEqualTo(cap);
        assertThat(strings(permit, "conditions")).containsExactly(
                "Health or medical or biomedical research (DUO:0000006): health, medical or biomedical research only; "
                        + "not the study of population origins or ancestry (Six-month cohort).",
                "Ethics approval required (DUO:0000021): the holder keeps the approval of a local ethics committee "
                        + "(IRB/ERB) and shows it on request (Six-month cohort).",
                "Time limit on use (DUO:0000025): use ends at the latest 6 months after the permit's start (Six-month cohort).");
        assertThat(strings(permit, "committeeConditions")).isEmpty();
        String visa = Scenario.visas(applicantSub, limited).get(0);
        assertThat(Scenario.visaClaims(visa).getJsonNumber("exp").longValue()).isEqualTo(cap.getEpochSecond());

        String lastDay = cap.minusSeconds(1).atZone(ZoneOffset.UTC).toLocalDate().toString();
        assertProblem(Http.postJson("/api/permits/" + permit.getString("id") + "/extension", Tokens.forUser("chair"),
                "{\"validUntil\":\"" + cap.atZone(ZoneOffset.UTC).toLocalDate() + "\",\"reason\":\"Longer.\"}"), 400,
                "The permit's datasets may be used through " + lastDay + " at most (time limit on use, DUO TS); the "
                        + "permit cannot be extended past that day.");
        assertThat(Scenario.visas(applicantSub, limited)).containsExactly(visa);

        // the committee's own condition comes after those of the data use, which stay
        HttpResponse<String> amended = Http.postJson("/api/permits/" + permit.getString("id") + "/amendment",
                Tokens.forUser("chair"), "{\"datasets\":[" + Json.quote(limited.id()) + "," + Json.quote(open.id())
                        + "],\"conditions\":[\"Report yearly.\"],\"reason\":\"Reporting.\"}");
        assertThat(amended.statusCode()).as(amended.body()).isEqualTo(200);
        assertThat(strings(Json.object(amended.body()), "conditions")).hasSize(4).endsWith("Report yearly.");
        assertThat(strings(Json.object(amended.body()), "committeeConditions")).containsExactly("Report yearly.");
    }

    @Test
    void coHoldersGetVisasOfTheirOwnAndLoseThemWhenRemoved() {
        String second = Tokens.forUser("applicant2");
        String secondSub = Tokens.claims(second).getString("sub");
        assertThat(Http.get("/api/me", second).statusCode()).isEqualTo(200); // signed in once
        Scenario committee = Scenario.freshCommittee();
        Dataset dataset = committee.dataset("Shared cohort");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(dataset));
        String id = permit.getString("id");
        assertThat(Scenario.visas(secondSub, dataset)).isEmpty();

        HttpResponse<String> added = coHolders(id, dataset, List.of(secondSub), "Second analyst joins.");

        assertThat(added.statusCode()).as(added.body()).isEqualTo(200);
        assertThat(Json.object(added.body()).getJsonArray("coHolders").getValuesAs(JsonObject.class))
                .extracting(p -> p.getString("subject") + "/" + p.getString("name")).containsExactly(secondSub + "/applicant2");
        List<String> secondVisas = Scenario.visas(secondSub, dataset);
        assertThat(secondVisas).hasSize(1);
        assertThat(Scenario.visaClaims(secondVisas.get(0)).getString("sub")).isEqualTo(secondSub);
        assertThat(Scenario.visas(applicantSub, dataset)).hasSize(1);
        HttpResponse<String> entitlements = Http.get("/api/entitlements?resource=" + dataset.url(),
                Tokens.forDownstreamSystem());
        assertThat(entitlements.statusCode()).as(entitlements.body()).isEqualTo(200);
        assertThat(Json.array(entitlements.body()).getValuesAs(JsonObject.class))
                .extracting(e -> e.getJsonObject("user").getString("userid")).containsExactlyInAnyOrder(applicantSub, secondSub);
        HttpResponse<String> mine = Http.get("/api/permits", second);
        assertThat(mine.body()).contains(id);

        assertProblem(coHolders(id, dataset, List.of("never-signed-in-subject"), "A stranger."), 400,
                "Nobody with the identity never-signed-in-subject has signed in to Consulate yet; a co-holder signs in "
                        + "once before they can be added.");
        assertThat(Scenario.visas(secondSub, dataset)).isEqualTo(secondVisas);

        HttpResponse<String> removed = coHolders(id, dataset, List.of(), "The analyst left.");
        assertThat(removed.statusCode()).as(removed.body()).isEqualTo(200);
        assertThat(Scenario.visas(secondSub, dataset)).isEmpty();
        assertThat(Scenario.visas(applicantSub, dataset)).hasSize(1);
    }

    private static HttpResponse<String> coHolders(String permitId, Dataset dataset, List<String> subjects, String reason) {
        return Http.postJson("/api/permits/" + permitId + "/amendment", Tokens.forUser("chair"), "{\"datasets\":["
                + Json.quote(dataset.id()) + "],\"coHolders\":[" + String.join(",", subjects.stream().map(Json::quote).toList())
                + "],\"reason\":" + Json.quote(reason) + "}");
    }

    private static HttpResponse<String> describe(String token, Dataset dataset, String permission, List<String> diseases,
            String modifiers) {
        return Http.sendBody("PUT", "/api/admin/datasets/" + dataset.id() + "/data-use", token, "application/json",
                "{\"permission\":" + Json.quote(permission) + ",\"diseases\":[" + String.join(",",
                        diseases.stream().map(Json::quote).toList()) + "],\"modifiers\":" + modifiers + "}");
    }

    private static List<String> strings(JsonObject object, String name) {
        return object.getJsonArray(name).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(Json.object(response.body()).getString("detail")).isEqualTo(detail);
    }
}
