package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

import eu.consulate.devstack.TestStack;
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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Issue 8: files attached to a request over the API with real tokens: stored with the type read
 * from the bytes and a SHA-256, scanned by the configured command (the test stack's flags the
 * EICAR string), refused over the size limit or of a type not accepted with nothing stored,
 * downloads logged, committee-only files never reaching the applicant.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsIT {

    /** The EICAR test string: harmless, and reported as infected by every scanner. */
    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";
    private static final byte[] PDF = ("%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n"
            + "%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private final String applicant = Tokens.forUser("applicant");
    private final String member = Tokens.forUser("member");
    private final String chair = Tokens.forUser("chair");

    @Test
    void theApplicantAttachesAFileTheCommitteeDownloadsAndTheDownloadIsLogged() throws Exception {
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Attachments IT")));

        HttpResponse<String> added = upload(applicant, id, "Ethics approval 2026 (Ümeå).pdf", PDF, false);

        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject file = Json.object(added.body());
        assertThat(file.getString("fileName")).isEqualTo("Ethics approval 2026 (Ümeå).pdf");
        assertThat(file.getString("contentType")).isEqualTo("application/pdf");
        assertThat(file.getJsonNumber("size").longValue()).isEqualTo(PDF.length);
        assertThat(file.getString("sha256")).isEqualTo(sha256(PDF));
        assertThat(file.getString("scan")).isEqualTo("clean");
        assertThat(file.getBoolean("committeeOnly")).isFalse();
        String fileId = file.getString("id");
        assertThat(added.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith(fileId));

        for (String seer : List.of(applicant, member, chair)) {
            assertThat(names(seer, id)).containsExactly("Ethics approval 2026 (Ümeå).pdf");
        }
        assertThat(Scenario.eventTypes(applicant, id)).contains("attachment-added");

        HttpResponse<byte[]> download = download(member, id, fileId);
        assertThat(download.statusCode()).isEqualTo(200);
        assertThat(download.body()).isEqualTo(PDF);
        assertThat(download.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/pdf"));
        assertThat(download.headers().firstValue("Content-Disposition")).hasValue(
                "attachment; filename=\"Ethics approval 2026 (_me_).pdf\"; filename*=UTF-8''Ethics%20approval%202026%20%28%C3%9Cme%C3%A5%29.pdf");

        HttpResponse<String> log = Http.get(path(id) + "/" + fileId + "/downloads", chair);
        assertThat(log.statusCode()).as(log.body()).isEqualTo(200);
        List<JsonObject> downloads = Json.array(log.body()).getValuesAs(JsonObject.class);
        assertThat(downloads).extracting(d -> d.getString("subject"))
                .containsExactly(Tokens.claims(member).getString("sub"));
        // the applicant may download their own file, but not read who else did
        assertThat(download(applicant, id, fileId).statusCode()).isEqualTo(200);
        assertThat(Http.get(path(id) + "/" + fileId + "/downloads", applicant).statusCode()).isEqualTo(403);
        assertThat(Json.array(Http.get(path(id) + "/" + fileId + "/downloads", chair).body())).hasSize(2);
    }

    @Test
    void aCommitteeOnlyFileNeverReachesTheApplicantOrOutsiders() {
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Private files IT")));

        HttpResponse<String> added = upload(member, id, "reviewer notes.txt",
                "The cohort overlaps with request 17; ask the applicant about consent.".getBytes(StandardCharsets.UTF_8), true);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        JsonObject file = Json.object(added.body());
        assertThat(file.getString("contentType")).isEqualTo("text/plain");
        String fileId = file.getString("id");

        assertThat(names(member, id)).containsExactly("reviewer notes.txt");
        assertThat(names(chair, id)).containsExactly("reviewer notes.txt");
        assertThat(names(applicant, id)).isEmpty();
        HttpResponse<byte[]> byApplicant = download(applicant, id, fileId);
        assertThat(byApplicant.statusCode()).isEqualTo(404);
        assertThat(new String(byApplicant.body(), StandardCharsets.UTF_8)).doesNotContain("reviewer notes");
        assertThat(Scenario.eventTypes(applicant, id)).doesNotContain("attachment-added");
        assertThat(Scenario.eventTypes(member, id)).contains("attachment-added");
        assertThat(Json.object(Http.get("/api/applications/" + id, applicant).body()).toString()).doesNotContain("reviewer notes");

        // nobody outside the request: another applicant, a member and an administrator of other committees
        for (String outsider : List.of(Tokens.forUser("applicant2"), Tokens.forUser("outsider"), Tokens.forUser("admin2"))) {
            assertThat(Http.get(path(id), outsider).statusCode()).isEqualTo(403);
            assertThat(download(outsider, id, fileId).statusCode()).isEqualTo(403);
            assertThat(upload(outsider, id, "x.txt", "hello there".getBytes(StandardCharsets.UTF_8), false).statusCode())
                    .isEqualTo(403);
        }
        // the applicant cannot make a file committee-only
        HttpResponse<String> hidden = upload(applicant, id, "hidden.txt", "hello there".getBytes(StandardCharsets.UTF_8), true);
        assertThat(hidden.statusCode()).isEqualTo(403);
        assertThat(Json.object(hidden.body()).getString("detail")).isEqualTo("Only the committee can add committee-only attachments.");
    }

    @Test
    void refusedFilesSayWhyAndLeaveNothingBehind() {
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Refused files IT")));
        List<String> eventsBefore = Scenario.eventTypes(member, id);

        byte[] tooLarge = new byte[TestStack.ATTACHMENT_MAX_BYTES + 1];
        Arrays.fill(tooLarge, (byte) 'a');
        assertProblem(upload(applicant, id, "big.txt", tooLarge, false), 413, "larger than " + TestStack.ATTACHMENT_MAX_BYTES);

        byte[] elf = {0x7f, 'E', 'L', 'F', 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 2, 0, 0x3e, 0, 1, 0, 0, 0};
        assertProblem(upload(applicant, id, "protocol.pdf", elf, false), 415, "are not accepted (by their content");

        assertProblem(upload(applicant, id, "eicar.txt", EICAR.getBytes(StandardCharsets.US_ASCII), false), 422,
                "The malware scan found the file infected; it was not attached.");
        assertProblem(upload(applicant, id, "empty.pdf", new byte[0], false), 400, "The file is empty.");
        assertProblem(upload(applicant, id, "", PDF, false), 400, "Give the file a name.");
        assertProblem(upload(applicant, "no-such-request", "a.pdf", PDF, false), 404, "no-such-request");

        assertThat(names(applicant, id)).isEmpty();
        assertThat(names(member, id)).isEmpty();
        assertThat(Scenario.eventTypes(member, id)).isEqualTo(eventsBefore);
    }

    @Test
    void theApplicantAttachesOnlyUntilTheDecisionTheCommitteeAfterwardsToo() {
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Decided files IT")));
        assertThat(Scenario.review(member, id, "reject", "Out of scope.").statusCode()).isEqualTo(200);

        assertProblem(upload(applicant, id, "late.pdf", PDF, false), 409,
                "Files can be attached only until the request is decided (it is: Rejected by the committee).");
        assertThat(upload(chair, id, "minutes.pdf", PDF, true).statusCode()).isEqualTo(201);
        assertThat(names(chair, id)).containsExactly("minutes.pdf");
    }

    @Test
    void whoAttachedAFileRemovesItAndItIsGone() {
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(applicant, List.of(committee.dataset("Removed file IT")));
        HttpResponse<String> added = upload(applicant, id, "wrong version.pdf", PDF, false);
        assertThat(added.statusCode()).as(added.body()).isEqualTo(201);
        String file = "/api/applications/" + id + "/attachments/" + Json.object(added.body()).getString("id");

        assertThat(Http.sendBody("DELETE", file, member, "application/json", "").statusCode()).as("not theirs").isEqualTo(403);
        assertThat(Http.sendBody("DELETE", file, Tokens.forUser("outsider"), "application/json", "").statusCode()).isEqualTo(403);
        assertThat(Http.sendBody("DELETE", file, applicant, "application/json", "").statusCode()).isEqualTo(204);
        assertThat(Http.get(file, member).statusCode()).isEqualTo(404);
        assertThat(Http.get("/api/applications/" + id + "/attachments", applicant).body()).doesNotContain("wrong version");
        assertThat(Http.sendBody("DELETE", file, applicant, "application/json", "").statusCode()).isEqualTo(404);
        assertThat(Scenario.eventTypes(applicant, id)).contains("attachment-added", "attachment-removed");
        var db = TestStack.database();
        try (var connection = java.sql.DriverManager.getConnection(db.url(), db.user(), db.password());
             var bytes = connection.prepareStatement("SELECT COUNT(*) FROM attachment_content WHERE application_id = ?")) {
            bytes.setString(1, id);
            try (var rows = bytes.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getInt(1)).as("the bytes are deleted").isZero();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void assertProblem(HttpResponse<String> response, int status, String detail) {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(Json.object(response.body()).getString("detail")).contains(detail);
    }

    private static List<String> names(String token, String id) {
        HttpResponse<String> list = Http.get(path(id), token);
        assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
        return Json.array(list.body()).getValuesAs(JsonObject.class).stream().map(f -> f.getString("fileName")).toList();
    }

    private static String path(String id) {
        return "/api/applications/" + id + "/attachments";
    }

    private static HttpResponse<String> upload(String token, String id, String name, byte[] content, boolean committeeOnly) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.APP_URL + path(id) + "?name="
                        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20") + "&committeeOnly=" + committeeOnly))
                .header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/octet-stream")
                .POST(HttpRequest.BodyPublishers.ofByteArray(content)).build();
        return Http.send(CLIENT, request);
    }

    private static HttpResponse<byte[]> download(String token, String id, String fileId) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestStack.APP_URL + path(id) + "/" + fileId))
                .header("Authorization", "Bearer " + token).GET().build();
        try {
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofByteArray());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String sha256(byte[] content) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
    }
}
