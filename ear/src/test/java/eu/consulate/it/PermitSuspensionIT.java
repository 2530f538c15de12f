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
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A committee suspends and resumes a permit over HTTP with real tokens (issue 10): while it is
 * suspended the holder's visas for it are not in the passport a broker pulls nor in the
 * entitlements; resumed, the same signed visas are served again.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitSuspensionIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String applicantSub = Tokens.claims(applicant).getString("sub");
    private final String broker = Tokens.forDownstreamSystem();

    @Test
    void suspendedVisasAreNotServedAndComeBackWhenResumed() {
        Dataset cohort = Scenario.freshCommittee().dataset("Suspendable cohort");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(cohort));
        String id = permit.getString("applicationId");
        String permitId = permit.getString("id");
        List<String> before = visasFor(cohort);
        assertThat(before).hasSize(1);

        HttpResponse<String> suspended = change(Tokens.forUser("chair"), permitId, "suspension", "A breach is examined.");
        assertThat(suspended.statusCode()).as(suspended.body()).isEqualTo(200);
        assertThat(Json.object(suspended.body()).getString("status")).isEqualTo("SUSPENDED");
        assertThat(visasFor(cohort)).isEmpty();
        assertThat(Http.get("/api/datasets/" + cohort.id() + "/users", broker).body()).isEqualTo("[]");
        assertThat(Http.get("/api/permits/committee?status=suspended&size=100", Tokens.forUser("admin")).body())
                .contains(permitId);
        HttpResponse<String> twice = change(Tokens.forUser("admin"), permitId, "suspension", "Again.");
        assertThat(twice.statusCode()).as(twice.body()).isEqualTo(409);
        assertThat(Json.object(twice.body()).getString("detail")).isEqualTo("This permit is already suspended.");
        for (String user : List.of("member", "legal", "applicant", "admin2")) {
            assertThat(change(Tokens.forUser(user), permitId, "resumption", "Because.").statusCode()).as(user)
                    .isEqualTo(403);
        }
        assertThat(change(Tokens.forUser("chair"), permitId, "resumption", " ").statusCode()).isEqualTo(400);
        assertThat(visasFor(cohort)).isEmpty();

        HttpResponse<String> resumed = change(Tokens.forUser("admin"), permitId, "resumption", "No breach found.");
        assertThat(resumed.statusCode()).as(resumed.body()).isEqualTo(200);
        assertThat(Json.object(resumed.body()).getString("status")).isEqualTo("ACTIVE");
        assertThat(visasFor(cohort)).isEqualTo(before);
        assertThat(Scenario.eventTypes(applicant, id)).endsWith("permit-issued", "permit-suspended", "permit-resumed");
        HttpResponse<String> notSuspended = change(Tokens.forUser("chair"), permitId, "resumption", "Again.");
        assertThat(notSuspended.statusCode()).isEqualTo(409);
    }

    private static HttpResponse<String> change(String token, String permitId, String what, String reason) {
        return Http.postJson("/api/permits/" + permitId + "/" + what, token, "{\"reason\":" + Json.quote(reason) + "}");
    }

    private List<String> visasFor(Dataset dataset) {
        return Scenario.visas(applicantSub, dataset);
    }
}
