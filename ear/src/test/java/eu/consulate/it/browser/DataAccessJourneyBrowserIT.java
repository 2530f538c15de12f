package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Scenario;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The journey through the pages in a real browser, each user logging in on Keycloak's page:
 * the applicant asks, a committee member approves, the legal officer passes, the applicant
 * sees the permit.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class DataAccessJourneyBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private ChromeDriver loggedIn(String user) {
        if (browser != null) {
            browser.quit();
        }
        browser = Browser.start();
        Pages.logIn(browser, user);
        return browser;
    }

    @Test
    void requestGoesFromFormThroughReviewAndLegalCheckToAPermit() {
        Scenario scenario = Scenario.freshCommittee();
        String datasetTitle = "Browser cohort " + UUID.randomUUID().toString().substring(0, 8);
        scenario.dataset(datasetTitle);
        String title = "Browser journey " + UUID.randomUUID().toString().substring(0, 8);

        ApplicantPages applicant = new ApplicantPages(loggedIn("applicant"));
        applicant.openNewRequestForm();
        applicant.fillIn(title, "Linking rare variants to kidney phenotypes in children.", List.of(datasetTitle));
        applicant.submit();
        assertThat(applicant.requestState()).isEqualTo("Awaiting committee review");
        String id = applicant.currentRequestId();

        CommitteePages member = new CommitteePages(loggedIn("member"));
        assertThat(member.queue(title)).contains(title);
        member.openFromQueue(title);
        member.decide("approve", "Scientifically sound.");
        assertThat(member.requestState()).isEqualTo("Awaiting legal check");
        assertThat(member.queue(title)).doesNotContain(title);

        CommitteePages legal = new CommitteePages(loggedIn("legal"));
        legal.openFromQueue(title);
        legal.decide("pass", "Terms signed.");
        assertThat(legal.requestState()).isEqualTo("Permit issued");

        ApplicantPages back = new ApplicantPages(loggedIn("applicant"));
        back.openRequest(id);
        assertThat(back.requestState()).isEqualTo("Permit issued");
        assertThat(back.permitValidity()).matches("\\d{4}-\\d{2}-\\d{2} – \\d{4}-\\d{2}-\\d{2}");
        assertThat(back.myRequestTitles()).contains(title);
        Pages.open(browser, "/applicant/permits.xhtml");
        assertThat(Pages.waitFor(browser, By.id("permits")).getText()).contains(datasetTitle).contains("Valid");
    }

    @Test
    void theApplicantSeesTheCodedPurposeMatchedBeforeSubmittingAndTheReviewerSeesTheSame() {
        Scenario scenario = Scenario.freshCommittee();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Scenario.Dataset cancer = scenario.dataset("Cancer cohort " + suffix);
        Scenario.Dataset ancestry = scenario.dataset("Ancestry panel " + suffix);
        describe(scenario, cancer, "{\"permission\":\"DS\",\"diseases\":[\"MONDO:0004992\"],"
                + "\"modifiers\":[{\"code\":\"TS\",\"parameter\":\"12\"}]}");
        describe(scenario, ancestry, "{\"permission\":\"POA\",\"diseases\":[],\"modifiers\":[]}");
        String title = "Coded purpose " + suffix;

        ApplicantPages applicant = new ApplicantPages(loggedIn("applicant"));
        applicant.openNewRequestForm();
        applicant.fillIn(title, "Somatic variants in lung adenocarcinoma and treatment response.",
                List.of("Cancer cohort " + suffix, "Ancestry panel " + suffix));
        applicant.statesDiseaseResearch("adeno", "lung adenocarcinoma (MONDO:0005061)");
        browser.findElement(By.id("request-form:genetic")).findElement(By.className("ui-chkbox-box")).click();
        String shown = applicant.checkMatches();

        assertThat(shown).contains("Cancer cohort " + suffix, "Permitted on conditions",
                "Lung adenocarcinoma (MONDO:0005061) is a kind of cancer (MONDO:0004992)",
                "The data may be used for 12 months at most");
        assertThat(shown).contains("Ancestry panel " + suffix, "Denied",
                "limited to the study of population origins or ancestry");
        applicant.submit();
        assertThat(applicant.requestState()).isEqualTo("Awaiting committee review");
        String id = applicant.currentRequestId();
        String stored = Pages.waitFor(browser, By.id("coded-purpose")).getText();
        assertThat(stored).contains("disease specific research", "lung adenocarcinoma (MONDO:0005061)", "Genetic study.",
                "Permitted on conditions", "Denied");

        new CommitteePages(loggedIn("member"));
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        String reviewed = Pages.waitFor(browser, By.id("coded-purpose")).getText();
        assertThat(reviewed).contains("Lung adenocarcinoma (MONDO:0005061) is a kind of cancer (MONDO:0004992)",
                "The data may be used for 12 months at most", "Denied",
                "limited to the study of population origins or ancestry");
    }

    private static void describe(Scenario scenario, Scenario.Dataset dataset, String json) {
        var response = eu.consulate.it.support.Http.sendBody("PUT", "/api/admin/datasets/" + dataset.id() + "/data-use",
                scenario.adminToken(), "application/json", json);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    }

    /** Issue 8: a draft saved in one sitting is opened from My requests, finished and submitted; then it is gone. */
    @Test
    void aDraftIsFinishedInASecondSittingAndSubmitted() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        String datasetTitle = "Draft cohort " + tag;
        Scenario.freshCommittee().dataset(datasetTitle);
        String title = "Draft journey " + tag;

        ApplicantPages applicant = new ApplicantPages(loggedIn("applicant"));
        applicant.openNewRequestForm();
        browser.findElement(By.id("request-form:title")).sendKeys(title);
        browser.findElement(By.id("request-form:purpose")).sendKeys("Kidneys");
        browser.findElement(By.id("request-form:save-draft")).click();
        Pages.waitForText(browser, By.id("request-form:draft-status"), "Draft saved");

        // the second sitting: from My requests, the draft opens with what was typed
        Pages.open(browser, "/applicant/index.xhtml");
        Pages.waitFor(browser, By.xpath("//a[contains(@class,'draft-link') and normalize-space(.)='" + title + "']")).click();
        Pages.waitFor(browser, By.id("request-form:submit"));
        assertThat(browser.findElement(By.id("request-form:title")).getAttribute("value")).isEqualTo(title);
        assertThat(browser.findElement(By.id("request-form:purpose")).getAttribute("value")).isEqualTo("Kidneys");
        browser.findElement(By.xpath("//label[contains(., '" + datasetTitle + "')]")).click();
        browser.findElement(By.xpath("//label[contains(., '(HMB)')]")).click();
        applicant.submit();
        assertThat(applicant.formMessages()).contains("The research purpose must be between 20 and 4000 characters long.");

        browser.findElement(By.id("request-form:purpose")).clear();
        browser.findElement(By.id("request-form:purpose")).sendKeys("Linking rare variants to kidney phenotypes in children.");
        applicant.submit();
        assertThat(applicant.requestState()).isEqualTo("Awaiting committee review");
        Pages.open(browser, "/applicant/index.xhtml");
        Pages.waitFor(browser, By.id("mine:requests"));
        assertThat(browser.findElements(By.xpath("//a[contains(@class,'draft-link') and normalize-space(.)='" + title + "']")))
                .as("the submitted draft is gone").isEmpty();
        assertThat(applicant.myRequestTitles()).contains(title);
    }

    /** Issue 8: the applicant withdraws an open request on its page; the member's page shows it withdrawn, without actions. */
    @Test
    void theApplicantWithdrawsAnOpenRequest() {
        Scenario.Dataset dataset = Scenario.freshCommittee()
                .dataset("Withdrawn in the browser " + UUID.randomUUID().toString().substring(0, 8));
        String id = Scenario.submitted(eu.consulate.it.support.Tokens.forUser("applicant"), List.of(dataset));

        ApplicantPages applicant = new ApplicantPages(loggedIn("applicant"));
        applicant.openRequest(id);
        assertThat(applicant.requestState()).isEqualTo("Awaiting committee review");
        browser.findElement(By.id("withdrawal:reason")).sendKeys("We found the data elsewhere.");
        browser.findElement(By.id("withdrawal:withdraw")).click();
        browser.switchTo().alert().accept();
        Pages.waitForText(browser, By.id("request-state"), "Withdrawn by the applicant");
        assertThat(Pages.isShown(browser, By.id("withdrawal"))).isFalse();
        assertThat(browser.findElement(By.id("history")).getText()).contains("We found the data elsewhere.");

        CommitteePages member = new CommitteePages(loggedIn("member"));
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        assertThat(member.requestState()).isEqualTo("Withdrawn by the applicant");
        assertThat(Pages.isShown(browser, By.id("decision"))).as("no step left to act on").isFalse();
    }

    @Test
    void chairRevokesAPermitFromTheRequestPageAndItsVisasAreGone() {
        Scenario.Dataset dataset = Scenario.freshCommittee()
                .dataset("Revoked in the browser " + UUID.randomUUID().toString().substring(0, 8));
        String applicantToken = eu.consulate.it.support.Tokens.forUser("applicant");
        String id = Scenario.submitted(applicantToken, List.of(dataset));
        Scenario.review(eu.consulate.it.support.Tokens.forUser("member"), id, "approve", "Fine.");
        Scenario.legalCheck(eu.consulate.it.support.Tokens.forUser("legal"), id, "pass", "Terms signed.");

        CommitteePages member = new CommitteePages(loggedIn("member"));
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        assertThat(member.requestState()).isEqualTo("Permit issued");
        assertThat(Pages.isShown(browser, By.id("revocation"))).as("members cannot revoke").isFalse();

        CommitteePages chair = new CommitteePages(loggedIn("chair"));
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        assertThat(chair.requestState()).isEqualTo("Permit issued");
        // the permit document and its public check, linked from the request page
        assertThat(browser.findElement(By.id("permit-document")).getAttribute("href")).contains("/permits/document?id=");
        String check = browser.findElement(By.id("permit-check")).getAttribute("href");
        browser.get(check);
        Pages.waitForText(browser, By.id("verdict"), "valid");
        assertThat(browser.findElement(By.id("verdict")).getText()).isEqualTo("valid");
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        assertThat(chair.requestState()).isEqualTo("Permit issued");
        browser.findElement(By.id("revocation:revocation-reason-input")).sendKeys("Data shared outside the project.");
        browser.findElement(By.id("revocation:revoke")).click();

        Pages.waitForText(browser, By.id("request-state"), "Permit revoked");
        assertThat(browser.findElement(By.id("permit-status")).getText()).isEqualTo("REVOKED");
        assertThat(browser.findElement(By.id("revocation-reason")).getText()).isEqualTo("Data shared outside the project.");
        assertThat(Pages.isShown(browser, By.id("revocation"))).isFalse();
        browser.get(check);
        Pages.waitForText(browser, By.id("verdict"), "not valid: revoked");
        String passport = eu.consulate.it.support.Http.get("/api/permissions/"
                + eu.consulate.it.support.Tokens.claims(applicantToken).getString("sub"),
                eu.consulate.it.support.Tokens.forDownstreamSystem()).body();
        assertThat(visaDatasets(passport)).doesNotContain(dataset.url());
    }

    @Test
    void chairExtendsAPermitFromTheRequestPageAndTheVisaGetsTheNewEnd() {
        Scenario.Dataset dataset = Scenario.freshCommittee()
                .dataset("Extended in the browser " + UUID.randomUUID().toString().substring(0, 8));
        String applicantToken = eu.consulate.it.support.Tokens.forUser("applicant");
        String id = Scenario.submitted(applicantToken, List.of(dataset));
        Scenario.review(eu.consulate.it.support.Tokens.forUser("member"), id, "approve", "Fine.");
        Scenario.legalCheck(eu.consulate.it.support.Tokens.forUser("legal"), id, "pass", "Terms signed.");

        new CommitteePages(loggedIn("member"));
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        Pages.waitFor(browser, By.id("permit-until"));
        assertThat(Pages.isShown(browser, By.id("permit-extension"))).as("members cannot extend").isFalse();

        new CommitteePages(loggedIn("chair"));
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        java.time.LocalDate end = java.time.LocalDate.parse(Pages.waitFor(browser, By.id("permit-until")).getText());
        java.time.LocalDate lastDay = end.plusYears(1);
        browser.findElement(By.id("permit-extension:permit-end_input")).sendKeys(lastDay.toString());
        browser.findElement(By.id("permit-extension:permit-extension-reason")).sendKeys("Follow-up study approved.");
        browser.findElement(By.id("permit-extension:extend-permit")).click();

        Pages.waitForText(browser, By.id("permit-until"), lastDay.toString());
        assertThat(browser.findElement(By.id("permit-status")).getText()).isEqualTo("ACTIVE");
        String passport = eu.consulate.it.support.Http.get("/api/permissions/"
                + eu.consulate.it.support.Tokens.claims(applicantToken).getString("sub"),
                eu.consulate.it.support.Tokens.forDownstreamSystem()).body();
        long newEnd = lastDay.plusDays(1).atStartOfDay(java.time.ZoneOffset.UTC).toEpochSecond();
        assertThat(eu.consulate.it.support.Json.object(passport).getJsonArray("ga4gh_passport_v1")
                .getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jwt -> eu.consulate.it.support.Json.object(new String(java.util.Base64.getUrlDecoder()
                        .decode(jwt.getString().split("\\.")[1]))))
                .filter(visa -> visa.getJsonObject("ga4gh_visa_v1").getString("value").equals(dataset.url()))
                .map(visa -> visa.getJsonNumber("exp").longValue()))
                .containsExactly(newEnd);
    }

    private static List<String> visaDatasets(String passport) {
        return eu.consulate.it.support.Json.object(passport).getJsonArray("ga4gh_passport_v1")
                .getValuesAs(jakarta.json.JsonString.class).stream()
                .map(jwt -> new String(java.util.Base64.getUrlDecoder().decode(jwt.getString().split("\\.")[1])))
                .map(payload -> eu.consulate.it.support.Json.object(payload).getJsonObject("ga4gh_visa_v1").getString("value"))
                .toList();
    }

    @Test
    void incompleteFormShowsMessagesAndCreatesNothing() {
        ApplicantPages applicant = new ApplicantPages(loggedIn("applicant2"));
        List<String> before = applicant.myRequestTitles();
        applicant.openNewRequestForm();

        applicant.fillIn("ab", "too short", List.of());
        applicant.submit();

        assertThat(applicant.formMessages()).contains("Choose at least one dataset");
        assertThat(browser.getCurrentUrl()).contains("/applicant/new.xhtml");
        assertThat(applicant.myRequestTitles()).isEqualTo(before);
    }

    @Test
    void memberOfAnotherCommitteeGetsAccessDeniedAndNoDecisionForm() {
        Scenario scenario = Scenario.freshCommittee();
        String id = Scenario.submitted(eu.consulate.it.support.Tokens.forUser("applicant"),
                List.of(scenario.dataset("Not for outsiders")));

        CommitteePages outsider = new CommitteePages(loggedIn("outsider"));
        Pages.open(browser, "/committee/request.xhtml?id=" + id);

        assertThat(Pages.waitFor(browser, By.id("error-title")).getText()).isEqualTo("Access denied");
        assertThat(outsider.decisionFormShown()).isFalse();
    }
}
