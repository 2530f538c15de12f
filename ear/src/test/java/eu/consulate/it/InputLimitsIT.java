package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Limits on what callers send (issue 11, item 5), over HTTP with real tokens: each refusal is a
 * 4xx with a problem body and writes nothing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class InputLimitsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant2");
    private Scenario.Dataset dataset;
    private int before;

    @BeforeEach
    void committeeWithADataset() {
        dataset = Scenario.freshCommittee().dataset("Limits cohort");
        before = myRequests();
    }

    private int myRequests() {
        return (int) Json.total(Http.get("/api/applications", applicant).body());
    }

    private HttpResponse<String> submit(String title, String purpose, List<String> datasetIds) {
        String ids = datasetIds.stream().map(Json::quote).collect(Collectors.joining(","));
        return Http.postJson("/api/applications", applicant, "{\"title\":" + Json.quote(title)
                + ",\"researchPurpose\":" + Json.quote(purpose) + ",\"datasetIds\":[" + ids + "]}");
    }

    @Test
    void purposeOf4000CharactersIsAcceptedAnd4001Refused() {
        HttpResponse<String> longest = submit("Longest purpose", "p".repeat(4000), List.of(dataset.id()));
        HttpResponse<String> tooLong = submit("Too long purpose", "p".repeat(4001), List.of(dataset.id()));

        assertThat(longest.statusCode()).as(longest.body()).isEqualTo(201);
        assertThat(tooLong.statusCode()).isEqualTo(400);
        assertThat(tooLong.body()).contains("between 20 and 4000 characters");
        assertThat(myRequests()).isEqualTo(before + 1);
    }

    @Test
    void controlCharactersInTextAreRefusedWithTheirPosition() {
        HttpResponse<String> nul = submit("Kidney\u0000variants", "Finding variants that explain rare kidney disease.",
                List.of(dataset.id()));
        HttpResponse<String> bidi = submit("Kidney variants", "Finding \u202Evariants that explain rare kidney disease.",
                List.of(dataset.id()));

        assertThat(nul.statusCode()).isEqualTo(400);
        assertThat(nul.body()).contains("The title contains an invisible control character (position 7)");
        assertThat(bidi.statusCode()).isEqualTo(400);
        assertThat(bidi.body()).contains("research purpose");
        assertThat(myRequests()).isEqualTo(before);
    }

    @Test
    void moreThanTwentyDatasetsAreRefusedBeforeAnyLookup() {
        List<String> many = IntStream.range(0, 21).mapToObj(i -> UUID.randomUUID().toString()).toList();

        HttpResponse<String> response = submit("Too many datasets", "Finding variants that explain rare kidney disease.",
                many);

        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.body()).contains("at most 20 datasets").doesNotContain("Unknown dataset");
        assertThat(myRequests()).isEqualTo(before);
    }

    @Test
    void oversizeBodyIsRefusedWith413BeforeItIsRead() {
        List<String> million = IntStream.range(0, 1_000_000).mapToObj(i -> "d" + i).toList();

        HttpResponse<String> response = submit("A million datasets", "Finding variants that explain rare kidney disease.",
                million);

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/problem+json"));
        assertThat(response.body()).contains("larger than 65536 bytes");
        assertThat(myRequests()).isEqualTo(before);
    }
}
