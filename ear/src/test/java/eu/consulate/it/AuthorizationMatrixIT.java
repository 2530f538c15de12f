package eu.consulate.it;

import static eu.consulate.it.AuthorizationMatrixIT.Persona.ADMIN;
import static eu.consulate.it.AuthorizationMatrixIT.Persona.APPLICANT;
import static eu.consulate.it.AuthorizationMatrixIT.Persona.CHAIR;
import static eu.consulate.it.AuthorizationMatrixIT.Persona.LEGAL;
import static eu.consulate.it.AuthorizationMatrixIT.Persona.MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.PageSession;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Who may do what (issue 11), from one table: every page and every endpoint × every kind of
 * person → the expected status, and no response to somebody not entitled to it that carries the
 * request's or the committee's data. The fixture: committee A (administrator {@code admin},
 * reviewers {@code member} and {@code chair}, legal officer {@code legal}) and committee B
 * ({@code admin2}, {@code outsider}, {@code legal2}); request R by {@code applicant} awaits A's
 * review, request P was approved by {@code member} and awaits A's legal check.
 *
 * <p>The table must name every page under {@code web/ui/src/main/webapp} and every resource method
 * under {@code web/api}: a new one without a row fails {@link #theTableCoversEveryPageAndEndpoint}.
 */
@ExtendWith(ArquillianExtension.class)
class AuthorizationMatrixIT {

    /** The columns of the table, in this order. */
    enum Persona {
        APPLICANT("applicant"), OTHER_APPLICANT("applicant2"), MEMBER("member"), OTHER_MEMBER("outsider"),
        CHAIR("chair"), LEGAL("legal"), OTHER_LEGAL("legal2"), ADMIN("admin"), OTHER_ADMIN("admin2"),
        BROKER(null), ANONYMOUS(null);

        final String username;

        Persona(String username) {
            this.username = username;
        }
    }

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    /** One line of the table: what is asked, the status each persona gets, who may see the secrets. */
    record Row(String kind, String method, String template, String body, String statuses, Set<Persona> sees) {

        Map<Persona, Integer> expected() {
            String[] codes = statuses.trim().split("\\s+");
            if (codes.length != Persona.values().length) {
                throw new IllegalStateException(template + ": " + codes.length + " statuses for "
                        + Persona.values().length + " personas");
            }
            Map<Persona, Integer> expected = new EnumMap<>(Persona.class);
            for (Persona p : Persona.values()) {
                expected.put(p, Integer.parseInt(codes[p.ordinal()]));
            }
            return expected;
        }
    }

    private static Row api(String method, String template, String body, String statuses, Persona... sees) {
        return new Row("api", method, template, body, statuses, Set.of(sees));
    }

    private static Row page(String template, String statuses, Persona... sees) {
        return new Row("page", "GET", template, null, statuses, Set.of(sees));
    }

    //                                                      app app2 mem out chr lgl lg2 adm ad2 brk anon
    static final List<Row> TABLE = List.of(
            api("POST", "/api/applications", "{\"title\":\"x\"}", "400 400 403 403 403 403 403 403 403 403 401"),
            // lists are searched for this test's requests ({M}): other tests' requests fill the first pages
            api("GET", "/api/applications?q={M}", null,        "200 200 200 200 200 200 200 200 200 403 401", APPLICANT),
            api("GET", "/api/applications/export?q={M}", null, "200 200 200 200 200 200 200 200 200 403 401", APPLICANT),
            api("GET", "/api/applications/tasks?q={M}", null,  "403 403 200 200 200 200 200 403 403 403 401", MEMBER, CHAIR, LEGAL),
            api("GET", "/api/applications/committee?q={M}", null, "403 403 200 200 200 200 200 200 200 403 401", MEMBER, CHAIR, LEGAL, ADMIN),
            api("GET", "/api/applications/committee?scope=decided&q={M}", null, "403 403 200 200 200 200 200 200 200 403 401"),
            api("GET", "/api/applications/committee/export?q={M}", null, "403 403 200 200 200 200 200 200 200 403 401", MEMBER, CHAIR, LEGAL, ADMIN),
            // reviewers and legal officers get past the role check to the per-request answer (P is past review)
            api("POST", "/api/applications/decisions", "{\"decision\":\"approve-review\",\"ids\":[\"{P}\"]}",
                                                               "403 403 200 200 200 200 200 403 403 403 401"),
            api("GET", "/api/applications/{R}", null,          "200 403 200 403 200 403 403 200 403 403 401", APPLICANT, MEMBER, CHAIR, ADMIN),
            api("GET", "/api/applications/{P}", null,          "200 403 200 403 200 200 403 200 403 403 401", APPLICANT, MEMBER, CHAIR, LEGAL, ADMIN),
            api("GET", "/api/applications/{R}/events", null,   "200 403 200 403 200 403 403 200 403 403 401", APPLICANT, MEMBER, CHAIR, ADMIN),
            // authorised reviewers get past the check to the missing reason (400); nobody else does
            api("POST", "/api/applications/{R}/review", "{\"decision\":\"reject\",\"comment\":\"\"}",
                                                               "403 403 400 403 400 403 403 403 403 403 401"),
            api("POST", "/api/applications/{P}/legal-check", "{\"decision\":\"fail\",\"comment\":\"\"}",
                                                               "403 403 403 403 403 400 403 403 403 403 401"),
            // step actions: people of committee A get past role and ownership to the step check (R waits for its
            // review: 409 for every other step) or to their input (400); others of the role get 403, never the state
            api("GET", "/api/applications/{R}/process", null,  "200 403 200 403 200 403 403 200 403 403 401", APPLICANT, MEMBER, CHAIR, ADMIN),
            api("POST", "/api/applications/{R}/completeness", "{\"decision\":\"complete\",\"comment\":\"\"}",
                                                               "403 403 409 403 409 403 403 409 403 403 401"),
            api("POST", "/api/applications/{R}/resubmission", "{\"response\":\"\"}",
                                                               "409 403 403 403 403 403 403 403 403 403 401"),
            api("POST", "/api/applications/{R}/fee", "{\"decision\":\"accept\"}",
                                                               "409 403 403 403 403 403 403 403 403 403 401"),
            // drafts: each applicant their own (another's or an unknown one: 404); copying: one's own request only
            api("GET", "/api/drafts", null,                    "200 200 403 403 403 403 403 403 403 403 401", APPLICANT),
            api("POST", "/api/drafts", "{\"title\":\"" + "t".repeat(201) + "\"}",
                                                               "400 400 403 403 403 403 403 403 403 403 401"),
            api("GET", "/api/drafts/{Z}", null,                "404 404 403 403 403 403 403 403 403 403 401"),
            api("PUT", "/api/drafts/{Z}", "{}",                "404 404 403 403 403 403 403 403 403 403 401"),
            api("DELETE", "/api/drafts/{Z}", "",               "404 404 403 403 403 403 403 403 403 403 401"),
            api("POST", "/api/drafts/{Z}/submission", "{}",    "404 404 403 403 403 403 403 403 403 403 401"),
            api("POST", "/api/applications/{R}/copy", "",      "201 403 403 403 403 403 403 403 403 403 401", APPLICANT),
            // withdrawing: the applicant of the request only (an unknown one: 404; {R} itself is not withdrawn here)
            api("POST", "/api/applications/{Z}/withdrawal", "{}",
                                                               "404 404 403 403 403 403 403 403 403 403 401"),
            // files: the applicant and committee A's side (members, chair, administrator) get past role and
            // ownership to the missing file name (400) or the unknown file (404); who downloaded: the committee side
            api("GET", "/api/applications/{R}/attachments", null, "200 403 200 403 200 403 403 200 403 403 401"),
            api("POST", "/api/applications/{R}/attachments", "",  "400 403 400 403 400 403 403 400 403 403 401"),
            api("GET", "/api/applications/{R}/attachments/{Z}", null, "404 403 404 403 404 403 403 404 403 403 401"),
            api("GET", "/api/applications/{R}/attachments/{Z}/downloads", null,
                                                               "403 403 404 403 404 403 403 404 403 403 401"),
            // removing a file: who sees the request gets past role and ownership to the unknown file (404)
            api("DELETE", "/api/applications/{R}/attachments/{Z}", "", "404 403 404 403 404 403 403 404 403 403 401"),
            // the team: who sees the request reads it; the applicant invites (an empty address: 400);
            // an unknown invitation token: 404 for every person, whatever their role
            api("GET", "/api/applications/{R}/team", null,     "200 403 200 403 200 403 403 200 403 403 401"),
            api("POST", "/api/applications/{R}/team", "{}",    "400 403 403 403 403 403 403 403 403 403 401"),
            // cancelling an invitation: only the applicant, who reaches the rule (no such open invitation: 409)
            api("DELETE", "/api/applications/{R}/team/invitations/{Z}", "", "409 403 403 403 403 403 403 403 403 403 401"),
            api("POST", "/api/invitations/acceptance", "{\"token\":\"{Z}\"}",
                                                               "404 404 404 404 404 404 404 404 404 403 401"),
            // a signing official's link: an unknown token is 404 for every person, whatever their role
            api("POST", "/api/signatures/lookup", "{\"token\":\"{Z}\"}", "404 404 404 404 404 404 404 404 404 403 401"),
            api("POST", "/api/signatures/confirmation", "{\"token\":\"{Z}\"}",
                                                               "404 404 404 404 404 404 404 404 404 403 401"),
            api("POST", "/api/signatures/decline", "{\"token\":\"{Z}\"}", "404 404 404 404 404 404 404 404 404 403 401"),
            // the committee's form on a request: committee A has none (404 to read, 409 to answer) for who sees it
            api("GET", "/api/applications/{R}/form", null,     "404 403 404 403 404 403 403 404 403 403 401"),
            api("PUT", "/api/applications/{R}/form", "{}",     "409 403 409 403 409 403 403 409 403 403 401"),
            api("POST", "/api/applications/{R}/votes", "{\"choice\":\"approve\",\"comment\":\"\"}",
                                                               "403 403 409 403 409 403 403 403 403 403 401"),
            api("POST", "/api/applications/{R}/conflict", "{\"comment\":\"\"}",
                                                               "403 403 409 403 409 403 403 403 403 403 401"),
            api("POST", "/api/applications/{R}/vote-closure", "{}",
                                                               "403 403 403 403 409 403 403 409 403 403 401"),
            api("POST", "/api/applications/{R}/ethics-opinion", "{\"decision\":\"favourable\",\"comment\":\"\"}",
                                                               "403 403 403 403 409 403 403 409 403 403 401"),
            api("POST", "/api/applications/{R}/clock-extension", "{\"period\":\"P1M\",\"reason\":\"\"}",
                                                               "403 403 403 403 400 403 403 400 403 403 401"),
            api("GET", "/api/admin/dacs/{A}/processes", null,  "403 403 403 403 403 403 403 200 403 403 401", ADMIN),
            api("GET", "/api/admin/dacs/{A}/processes/{K}", null,
                                                               "403 403 403 403 403 403 403 200 403 403 401", ADMIN),
            api("POST", "/api/admin/dacs/{A}/processes", "<not-bpmn/>",
                                                               "403 403 403 403 403 403 403 400 403 403 401"),
            api("PUT", "/api/admin/dacs/{A}/processes/choices/{U}", "{\"processKey\":\"no-such-model\"}",
                                                               "403 403 403 403 403 403 403 400 403 403 401"),
            api("GET", "/api/admin/dacs", null,                "403 403 403 403 403 403 403 200 200 403 401", ADMIN),
            api("POST", "/api/admin/dacs", "{\"name\":\"\"}",  "403 403 403 403 403 403 403 400 400 403 401"),
            api("GET", "/api/admin/dacs/{A}", null,            "403 403 403 403 403 403 403 200 404 403 401", ADMIN),
            api("POST", "/api/admin/dacs/{A}/datasets", "{\"url\":\"not a url\",\"title\":\"t\"}",
                                                               "403 403 403 403 403 403 403 400 404 403 401"),
            // the marker is not in a permit; the rows check roles and that a list never answers 500
            api("GET", "/api/permits", null,                   "200 200 200 200 200 200 200 200 200 403 401"),
            api("GET", "/api/permits/committee?status=valid", null, "403 403 403 403 403 403 403 200 200 403 401", ADMIN),
            api("GET", "/api/permissions/{applicantSub}", null, "200 403 403 403 403 403 403 403 403 200 401"),
            // the signing keys are the whole system's: any DAC administrator; a rotation also needs the passphrase
            api("GET", "/api/keys", null,                      "403 403 403 403 403 403 403 200 200 403 401"),
            api("POST", "/api/keys/rotation", "{\"passphrase\":\"\"}",
                                                               "403 403 403 403 403 403 403 400 400 403 401"),
            // the permit document: whoever may see T's request (the holder, committee A's people)
            api("GET", "/api/permits/{T}/document", null,      "200 403 200 403 200 200 403 200 403 403 401"),
            // the public register: anyone; switching it: the committee's administrator (admin2 keeps A not: 404)
            api("GET", "/api/register", null,                  "200 200 200 200 200 200 200 200 200 200 200"),
            api("GET", "/api/register/committees", null,       "200 200 200 200 200 200 200 200 200 200 200"),
            api("PUT", "/api/admin/dacs/{A}/register", "{}",   "403 403 403 403 403 403 403 400 400 403 401"),
            api("PUT", "/api/admin/dacs/{A}/signing-official", "{}", "403 403 403 403 403 403 403 400 400 403 401"),
            // terms: applicants accept (no committee: 400) and list their own; a committee's administrator names them
            api("POST", "/api/terms/acceptances", "{}",        "400 400 403 403 403 403 403 403 403 403 401"),
            api("GET", "/api/terms/acceptances", null,         "200 200 403 403 403 403 403 403 403 403 401"),
            api("PUT", "/api/admin/dacs/{A}/terms", "{}",      "403 403 403 403 403 403 403 400 400 403 401"),
            // issue 7: versions of the terms, seats, retirement, the record of changes: the committee's administrator
            api("GET", "/api/admin/dacs/{A}/terms", null,      "403 403 403 403 403 403 403 200 404 403 401"),
            api("POST", "/api/admin/dacs/{A}/terms", "{}",     "403 403 403 403 403 403 403 400 404 403 401"),
            api("PUT", "/api/admin/dacs/{A}/terms/current", "{\"version\":\"no-such-id\"}",
                                                               "403 403 403 403 403 403 403 400 404 403 401"),
            api("PUT", "/api/admin/datasets/{D}/terms", "{\"version\":\"no-such-id\"}",
                                                               "403 403 403 403 403 403 403 400 404 403 401"),
            api("POST", "/api/admin/dacs/{A}/seats", "{}",     "403 403 403 403 403 403 403 400 404 403 401"),
            api("DELETE", "/api/admin/dacs/{A}/seats/{Z}/MEMBER", "",
                                                               "403 403 403 403 403 403 403 404 404 403 401"),
            api("POST", "/api/admin/dacs/{Z}/retirement", "",  "403 403 403 403 403 403 403 404 404 403 401"),
            api("GET", "/api/admin/dacs/{A}/changes", null,    "403 403 403 403 403 403 403 200 404 403 401", ADMIN),
            // notifications: one's own; webhooks and deliveries: the committee's administrators
            // the notifications of those the requests concern name them (the marker is in their titles)
            api("GET", "/api/notifications", null,             "200 200 200 200 200 200 200 200 200 403 401",
                    Persona.APPLICANT, Persona.MEMBER, Persona.CHAIR, Persona.LEGAL),
            api("POST", "/api/notifications/{Z}/read", "{}",   "404 404 404 404 404 404 404 404 404 403 401"),
            api("POST", "/api/notifications/read-all", "{}",   "204 204 204 204 204 204 204 204 204 403 401"),
            api("GET", "/api/notifications/settings", null,    "200 200 200 200 200 200 200 200 200 403 401"),
            api("PUT", "/api/notifications/settings", "{}",    "200 200 200 200 200 200 200 200 200 403 401"),
            api("POST", "/api/admin/dacs/{A}/webhooks", "{}",  "403 403 403 403 403 403 403 400 404 403 401"),
            api("GET", "/api/admin/webhooks", null,            "403 403 403 403 403 403 403 200 200 403 401"),
            api("DELETE", "/api/admin/webhooks/{Z}", "",         "403 403 403 403 403 403 403 404 404 403 401"),
            api("GET", "/api/admin/deliveries", null,          "403 403 403 403 403 403 403 200 200 403 401"),
            api("POST", "/api/admin/deliveries/{Z}/retry", "{}", "403 403 403 403 403 403 403 404 404 403 401"),
            // a dataset's data use (DUO): its committee's administrator (admin2 keeps A not: 404)
            api("GET", "/api/admin/datasets/{D}/data-use", null, "403 403 403 403 403 403 403 200 404 403 401"),
            api("PUT", "/api/admin/datasets/{D}/data-use", "{}", "403 403 403 403 403 403 403 400 404 403 401"),
            // the DUO matcher and the disease ontology are public; importing one is for DAC administrators
            // (an OBO file without terms: 400, nothing replaced)
            api("POST", "/api/duo/evaluate", "{}",             "400 400 400 400 400 400 400 400 400 400 400"),
            api("GET", "/api/diseases", null,                  "200 200 200 200 200 200 200 200 200 200 200"),
            api("GET", "/api/admin/diseases", null,            "403 403 403 403 403 403 403 200 200 403 401"),
            api("POST", "/api/admin/diseases", "format-version: 1.2\n",
                                                               "403 403 403 403 403 403 403 400 400 403 401"),
            // the public catalogue: anyone; describing datasets and committees, retiring: their administrator
            // committees' forms: anybody reads a current form and checks answers (none here: 404 for all);
            // the committee's administrator lists and publishes versions (an empty definition: 400)
            api("GET", "/api/forms/committees/{Z}", null,      "404 404 404 404 404 404 404 404 404 404 404"),
            api("POST", "/api/forms/{Z}/check", "{}",          "404 404 404 404 404 404 404 404 404 404 404"),
            api("GET", "/api/admin/dacs/{A}/forms", null,      "403 403 403 403 403 403 403 200 403 403 401"),
            api("POST", "/api/admin/dacs/{A}/forms", "{}",     "403 403 403 403 403 403 403 400 403 403 401"),
            api("POST", "/api/admin/dacs/{Z}/forms/ehds", "",  "403 403 403 403 403 403 403 404 404 403 401"),
            api("GET", "/api/catalogue/datasets", null,        "200 200 200 200 200 200 200 200 200 200 200"),
            api("GET", "/api/catalogue/datasets/{D}", null,    "200 200 200 200 200 200 200 200 200 200 200"),
            api("GET", "/api/catalogue/dcat", null,            "200 200 200 200 200 200 200 200 200 200 200"),
            api("PUT", "/api/admin/datasets/{D}", "{}",        "403 403 403 403 403 403 403 400 404 403 401"),
            api("POST", "/api/admin/datasets/{Z}/retirement", "", "403 403 403 403 403 403 403 404 404 403 401"),
            api("PUT", "/api/admin/dacs/{A}", "{}",            "403 403 403 403 403 403 403 400 404 403 401"),
            api("POST", "/api/admin/dacs/{A}/datasets/import", "{\"datasets\":[]}",
                                                               "403 403 403 403 403 403 403 400 404 403 401"),
            // entitlements name every holder: downstream systems only ({A} is a committee, no dataset: 404)
            api("GET", "/api/entitlements?user={applicantSub}", null, "403 403 403 403 403 403 403 403 403 200 401"),
            api("GET", "/api/datasets/{A}/users", null, "403 403 403 403 403 403 403 403 403 404 401"),
            // the committee's chair and administrator get past role and committee to the missing reason
            api("POST", "/api/permits/{T}/revocation", "{\"reason\":\"\"}",
                                                               "403 403 403 403 400 403 403 400 403 403 401"),
            api("POST", "/api/permits/{T}/suspension", "{\"reason\":\"\"}",
                                                               "403 403 403 403 400 403 403 400 403 403 401"),
            api("POST", "/api/permits/{T}/resumption", "{\"reason\":\"\"}",
                                                               "403 403 403 403 409 403 403 409 403 403 401"),
            api("POST", "/api/permits/{T}/amendment", "{\"datasets\":[],\"reason\":\"\"}",
                                                               "403 403 403 403 400 403 403 400 403 403 401"),
            // the holder asks for a change (no end: 400); the committee's chair and administrator decide (none waits: 409)
            api("POST", "/api/permits/{T}/change-requests", "{\"kind\":\"extension\",\"reason\":\"x\"}",
                                                               "400 403 403 403 403 403 403 403 403 403 401"),
            api("POST", "/api/permits/{T}/change-requests/{U}/decision", "{\"decision\":\"approve\"}",
                                                               "403 403 403 403 409 403 403 409 403 403 401"),
            api("POST", "/api/permits/{T}/extension", "{\"validUntil\":\"2030-01-01\",\"reason\":\"\"}",
                                                               "403 403 403 403 400 403 403 400 403 403 401"),
            api("GET", "/api/me", null,                        "200 200 200 200 200 200 200 200 200 200 401"),
            api("GET", "/api/jwk", null,                       "200 200 200 200 200 200 200 200 200 200 200"),
            page("/index.xhtml",                               "200 200 200 200 200 200 200 200 200 302 302"),
            page("/notifications.xhtml",                       "200 200 200 200 200 200 200 200 200 302 302",
                    Persona.APPLICANT, Persona.MEMBER, Persona.CHAIR, Persona.LEGAL),
            page("/goodbye.xhtml",                             "200 200 200 200 200 200 200 200 200 200 200"),
            page("/applicant/index.xhtml",                     "200 200 403 403 403 403 403 403 403 302 302", APPLICANT),
            page("/applicant/new.xhtml",                       "200 200 403 403 403 403 403 403 403 302 302"),
            page("/applicant/permits.xhtml",                   "200 200 403 403 403 403 403 403 403 302 302"),
            // an invitation's link: any applicant may open it (an unknown token says so on the page)
            page("/applicant/join.xhtml?token={Z}",            "200 200 403 403 403 403 403 403 403 302 302"),
            page("/applicant/sign.xhtml?token={Z}",            "200 200 403 403 403 403 403 403 403 302 302"),
            page("/applicant/request.xhtml?id={R}",            "200 403 403 403 403 403 403 403 403 302 302", APPLICANT),
            page("/committee/index.xhtml",                     "403 403 200 200 200 200 200 403 403 302 302", MEMBER, CHAIR, LEGAL),
            page("/committee/request.xhtml?id={R}",            "403 403 200 403 200 403 403 403 403 302 302", MEMBER, CHAIR),
            page("/committee/request.xhtml?id={P}",            "403 403 200 403 200 200 403 403 403 302 302", MEMBER, CHAIR, LEGAL),
            page("/admin/index.xhtml",                         "403 403 403 403 403 403 403 200 200 302 302", ADMIN),
            page("/admin/request.xhtml?id={R}",                "403 403 403 403 403 403 403 200 403 302 302", ADMIN),
            page("/admin/dataset.xhtml?id={D}",                "403 403 403 403 403 403 403 200 404 302 302"),
            page("/admin/committee.xhtml?id={A}",              "403 403 403 403 403 403 403 200 404 302 302", ADMIN),
            page("/admin/processes.xhtml",                     "403 403 403 403 403 403 403 200 200 302 302", ADMIN),
            page("/committee/index.xhtml?scope=decided&q={R}", "403 403 200 200 200 200 200 403 403 302 302", MEMBER, CHAIR, LEGAL),
            page("/applicant/index.xhtml?scope=open&q={R}",    "200 200 403 403 403 403 403 403 403 302 302", APPLICANT),
            // the public check a permit document links to; the document itself as the request page allows
            page("/verify/permit.xhtml?id={T}",                "200 200 200 200 200 200 200 200 200 200 200"),
            page("/permits/document?id={T}",                   "200 403 200 403 200 200 403 200 403 302 302"),
            page("/catalogue/index.xhtml",                     "200 200 200 200 200 200 200 200 200 200 200"),
            page("/catalogue/dataset.xhtml?id={D}",            "200 200 200 200 200 200 200 200 200 200 200"),
            page("/catalogue/cart.xhtml",                      "200 200 200 200 200 200 200 200 200 200 200"),
            page("/register/index.xhtml",                      "200 200 200 200 200 200 200 200 200 200 200"),
            page("/error/403.xhtml",                           "200 200 200 200 200 200 200 200 200 200 200"),
            page("/error/404.xhtml",                           "200 200 200 200 200 200 200 200 200 200 200"),
            page("/error/500.xhtml",                           "200 200 200 200 200 200 200 200 200 200 200"));

    @Test
    void everyPersonaGetsWhatTheTableSaysAndSeesNothingElse() {
        String marker = "Matrix-secret-" + UUID.randomUUID();
        Scenario a = Scenario.freshCommittee();
        Scenario.otherCommittee();
        Scenario.Dataset dataset = a.dataset("Matrix genomes"); // the catalogue is public: no secret in it
        String applicantToken = Tokens.forUser("applicant");
        HttpResponse<String> r = Scenario.submit(applicantToken, marker + " R", List.of(dataset));
        HttpResponse<String> p = Scenario.submit(applicantToken, marker + " P", List.of(dataset));
        String rId = Json.object(r.body()).getString("id");
        String pId = Json.object(p.body()).getString("id");
        assertThat(Scenario.review(Tokens.forUser("member"), pId, "approve", "fine").statusCode()).isEqualTo(200);
        // a request with a permit to revoke; not titled with the marker, as no decided request is
        String tId = Json.object(Scenario.submit(applicantToken, "Matrix permit " + UUID.randomUUID(), List.of(dataset))
                .body()).getString("id");
        assertThat(Scenario.review(Tokens.forUser("member"), tId, "approve", "fine").statusCode()).isEqualTo(200);
        String permitId = Json.object(Scenario.legalCheck(Tokens.forUser("legal"), tId, "pass", "ok").body())
                .getJsonObject("permit").getString("id");
        Map<String, String> values = Map.ofEntries(Map.entry("{R}", rId), Map.entry("{P}", pId),
                Map.entry("{A}", a.dacId), Map.entry("{M}", marker),
                Map.entry("{applicantSub}", Tokens.claims(applicantToken).getString("sub")),
                Map.entry("{K}", "committee-review"), Map.entry("{U}", "research"), Map.entry("{T}", permitId),
                Map.entry("{D}", dataset.id()), Map.entry("{Z}", "no-such-id"));
        List<String> secrets = List.of(marker, a.dacSource);

        Map<Persona, String> tokens = new EnumMap<>(Persona.class);
        Map<Persona, PageSession> sessions = new EnumMap<>(Persona.class);
        for (Persona persona : Persona.values()) {
            if (persona.username != null) {
                tokens.put(persona, Tokens.forUser(persona.username));
                sessions.put(persona, PageSession.signedIn(persona.username));
            } else if (persona == Persona.BROKER) {
                tokens.put(persona, Tokens.forDownstreamSystem());
                sessions.put(persona, PageSession.anonymous()); // a client has no page session
            } else {
                sessions.put(persona, PageSession.anonymous());
            }
        }

        List<String> wrong = new ArrayList<>();
        for (Row row : TABLE) {
            String path = row.template();
            for (var v : values.entrySet()) {
                path = path.replace(v.getKey(), v.getValue());
            }
            for (var expected : row.expected().entrySet()) {
                Persona persona = expected.getKey();
                HttpResponse<String> response = row.kind().equals("page") ? sessions.get(persona).get(path)
                        : call(row.method(), path, tokens.get(persona), row.body());
                String cell = row.method() + " " + row.template() + " as " + persona;
                if (response.statusCode() != expected.getValue()) {
                    wrong.add(cell + ": " + response.statusCode() + ", expected " + expected.getValue());
                }
                if (!row.sees().contains(persona)) {
                    secrets.stream().filter(response.body()::contains)
                            .forEach(s -> wrong.add(cell + ": the body shows " + (s.equals(marker) ? "the request" : "the committee")));
                }
                if (response.statusCode() >= 500) {
                    wrong.add(cell + ": server error");
                }
            }
        }
        assertThat(wrong).as("cells of the authorization matrix that do not hold").isEmpty();
    }

    private static HttpResponse<String> call(String method, String path, String token, String body) {
        if (method.equals("GET")) {
            return Http.get(path, token);
        }
        String type = body.startsWith("<") ? "application/xml"
                : body.startsWith("format-version") ? "text/plain" : "application/json";
        return Http.sendBody(method, path, token, type, body);
    }

    /** The table grows with the application: every page and every resource method has a row. */
    @Test
    void theTableCoversEveryPageAndEndpoint() throws IOException {
        Set<String> inTable = TABLE.stream()
                .map(row -> row.method() + " " + row.template().replaceAll("\\?.*", "").replaceAll("\\{[^}]+}", "{}"))
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>();
        for (String page : pages()) {
            if (!inTable.contains("GET " + page)) {
                missing.add("GET " + page);
            }
        }
        for (String endpoint : endpoints()) {
            if (!inTable.contains(endpoint)) {
                missing.add(endpoint);
            }
        }
        assertThat(missing).as("pages and endpoints without a row in the authorization matrix").isEmpty();
    }

    private static Set<String> pages() throws IOException {
        Path webapp = Path.of("..", "web", "ui", "src", "main", "webapp");
        try (var files = Files.walk(webapp)) {
            return files.filter(f -> f.toString().endsWith(".xhtml") && !webapp.relativize(f).startsWith("WEB-INF"))
                    .map(f -> "/" + webapp.relativize(f).toString().replace('\\', '/'))
                    .collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static final Pattern PATH = Pattern.compile("@Path\\(\"([^\"]*)\"\\)");
    private static final Pattern VERB = Pattern.compile("@(GET|POST|PUT|DELETE|PATCH)\\b");

    /** "VERB /api/path" for each resource method, read from the sources ({x} params as {}). */
    private static Set<String> endpoints() throws IOException {
        Path sources = Path.of("..", "web", "api", "src", "main", "java");
        Set<String> endpoints = new TreeSet<>();
        try (var files = Files.walk(sources)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                List<String> lines = Files.readAllLines(file);
                String base = null;
                for (int i = 0; i < lines.size(); i++) {
                    String line = lines.get(i).trim();
                    Matcher path = PATH.matcher(line);
                    if (base == null && path.find()) {
                        base = path.group(1);
                        continue;
                    }
                    Matcher verb = VERB.matcher(line);
                    if (base != null && verb.find() && line.startsWith("@")) {
                        String sub = "";
                        for (int j = i + 1; j < lines.size() && !lines.get(j).contains(" public "); j++) {
                            Matcher inner = PATH.matcher(lines.get(j));
                            if (inner.find()) {
                                sub = "/" + inner.group(1);
                            }
                        }
                        endpoints.add(verb.group(1) + " /api/" + (base + sub).replaceAll("\\{[^}]+}", "{}"));
                    }
                }
            }
        }
        assertThat(endpoints).hasSizeGreaterThan(10);
        return endpoints;
    }
}
