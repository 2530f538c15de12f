package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Scenario.Dataset;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The permit as a document (issue 10): the holder downloads the PDF over HTTP with a real token,
 * its text (read with PDFBox) names the permit, holder, committee, datasets and the public check
 * page; that page, without login, says "valid", and after a revocation "not valid: revoked", as
 * does the next version of the document. Nobody else gets the document.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitDocumentIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");

    @Test
    void theHolderDownloadsThePermitAndItsLinkSaysWhetherItIsValid() throws Exception {
        Scenario committee = Scenario.freshCommittee();
        Dataset exomes = committee.dataset("Documented exomes");
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(exomes));
        String id = permit.getString("id");

        String text = pdfText(document(applicant, id));

        String check = TestStack.APP_URL + "/verify/permit.xhtml?id=" + id;
        assertThat(text).contains("Data permit").contains("Permit " + id + ", version 1")
                .contains("applicant").contains("IT committee").contains("Documented exomes (" + exomes.url() + ")")
                .contains(check).contains("Issued (as of");
        HttpResponse<String> page = publicGet(check);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(verdict(page.body())).isEqualTo("valid");
        assertThat(page.body()).contains("IT committee").contains("Documented exomes").doesNotContain("applicant");

        HttpResponse<String> revoked = Http.postJson("/api/permits/" + id + "/revocation", Tokens.forUser("chair"),
                "{\"reason\":\"Consent withdrawn.\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);

        assertThat(verdict(publicGet(check).body())).isEqualTo("not valid: revoked");
        assertThat(pdfText(document(Tokens.forUser("chair"), id))).contains("Permit " + id + ", version 2")
                .contains("Revoked (as of");
    }

    @Test
    void onlyThoseWhoMaySeeTheRequestGetTheDocument() throws Exception {
        JsonObject permit = Scenario.issuedPermit(applicant, List.of(Scenario.freshCommittee().dataset("Private permit")));
        String path = "/api/permits/" + permit.getString("id") + "/document";

        assertThat(Http.get(path, Tokens.forUser("applicant2")).statusCode()).isEqualTo(403);
        assertThat(Http.get(path, Tokens.forUser("admin2")).statusCode()).isEqualTo(403);
        assertThat(Http.get(path, Tokens.forDownstreamSystem()).statusCode()).isEqualTo(403);
        assertThat(Http.get(path, null).statusCode()).isEqualTo(401);
        assertThat(Http.get("/api/permits/no-such-permit/document", applicant).statusCode()).isEqualTo(404);
        assertThat(verdict(publicGet(TestStack.APP_URL + "/verify/permit.xhtml?id=no-such-permit").body()))
                .isEqualTo("unknown");
    }

    private static byte[] document(String token, String permitId) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.APP_URL + "/api/permits/" + permitId + "/document"))
                .header("Authorization", "Bearer " + token).GET().build();
        HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
        assertThat(response.statusCode()).as(new String(response.body())).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElse("")).startsWith("application/pdf");
        return response.body();
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static HttpResponse<String> publicGet(String url) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The text of the element with id "verdict". */
    private static String verdict(String html) {
        var matcher = java.util.regex.Pattern.compile("id=\"verdict\"[^>]*>([^<]*)<").matcher(html);
        assertThat(matcher.find()).as(html).isTrue();
        String text = matcher.group(1).strip();
        return text.startsWith("No permit") ? "unknown" : text;
    }
}
