package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Mails;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
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
 * Issue 8 in a real browser: the applicant invites a colleague on the request's page; the
 * colleague follows the mailed link, must tick the committee's terms, joins and lands on the
 * request, which lists them; the link then says it was used.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class TeamBrowserIT {

    private static final Pattern SIGN = Pattern.compile("(/applicant/sign\\.xhtml\\?token=[A-Za-z0-9_-]+)");
    private static final Pattern LINK = Pattern.compile("(/applicant/join\\.xhtml\\?token=[A-Za-z0-9_-]+)");

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

    private void as(String user) {
        if (browser != null) {
            browser.quit();
        }
        browser = Browser.start();
        Pages.logIn(browser, user);
    }

    @Test
    void theApplicantInvitesAColleagueWhoAcceptsTheTermsAndJoins() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario committee = Scenario.freshCommittee();
        HttpResponse<String> published = Http.postJson("/api/admin/dacs/" + committee.dacId + "/terms", committee.adminToken(),
                "{\"version\":\"1.0\",\"title\":\"Browser team agreement\",\"url\":\"https://consulate.example.org/terms/"
                        + tag + "\"}");
        assertThat(published.statusCode()).as(published.body()).isEqualTo(201);
        String versionId = Json.object(published.body()).getString("id");
        Scenario.Dataset dataset = committee.dataset("Team in the browser " + tag);
        HttpResponse<String> submitted = Http.postJson("/api/applications", Tokens.forUser("applicant"),
                "{\"title\":\"Team browser " + tag + "\",\"researchPurpose\":\"Finding variants that explain rare kidney"
                        + " disease in children.\",\"datasetIds\":[" + Json.quote(dataset.id()) + "],\"acceptedTerms\":["
                        + Json.quote(versionId) + "]}");
        assertThat(submitted.statusCode()).as(submitted.body()).isEqualTo(201);
        String id = Json.object(submitted.body()).getString("id");
        String address = "colleague." + tag + "@example.org";

        as("applicant");
        Pages.open(browser, "/applicant/request.xhtml?id=" + id);
        Pages.waitFor(browser, By.id("request-title"));
        assertThat(browser.findElement(By.id("team-section")).getText()).contains("Nobody joined the team yet.");
        browser.findElement(By.id("team-invite:email")).sendKeys("not an address");
        browser.findElement(By.id("team-invite:invite")).click();
        assertThat(Pages.waitFor(browser, By.cssSelector("form[id='team-invite'] .ui-message-error")).getText())
                .contains("not an address is not an e-mail address.");
        browser.findElement(By.id("team-invite:email")).clear();
        browser.findElement(By.id("team-invite:email")).sendKeys(address);
        browser.findElement(By.id("team-invite:invite")).click();
        assertThat(Pages.waitFor(browser, By.className("team-invitation")).getText()).startsWith(address);

        List<Mails.Mail> mails = Mails.await(m -> m.to().equals(address), 1);
        assertThat(mails).hasSize(1);
        Matcher link = LINK.matcher(mails.get(0).text());
        assertThat(link.find()).as(mails.get(0).text()).isTrue();

        as("applicant2");
        Pages.open(browser, link.group(1));
        assertThat(Pages.waitFor(browser, By.id("invited-title")).getText()).isEqualTo("Team browser " + tag);
        assertThat(browser.findElement(By.id("join-terms")).getText()).isEqualTo("Browser team agreement, version 1.0");
        browser.findElement(By.id("join:join-team")).click();
        assertThat(Pages.waitFor(browser, By.cssSelector("form[id='join'] .ui-message-error")).getText())
                .contains("Accept the terms to join the team.");
        browser.findElement(By.cssSelector("[id='join:accept'] .ui-chkbox-box")).click();
        browser.findElement(By.id("join:join-team")).click();
        Pages.waitFor(browser, By.id("request-title"));
        assertThat(browser.getCurrentUrl()).contains("/applicant/request.xhtml?id=" + id);
        assertThat(Pages.waitFor(browser, By.className("team-member")).getText()).isNotBlank();
        assertThat(Pages.isShown(browser, By.id("team-invite:email"))).isFalse();

        Pages.open(browser, link.group(1));
        assertThat(Pages.waitFor(browser, By.id("invitation-problem")).getText()).startsWith("This invitation was used already");
        // the colleague now finds the request under My requests
        Pages.open(browser, "/applicant/index.xhtml");
        Pages.waitFor(browser, By.id("mine:requests"));
        assertThat(browser.findElements(By.className("request-link")).stream().map(e -> e.getText()).toList())
                .contains("Team browser " + tag);

        // an invitation sent by mistake is cancelled; its link stops working
        as("applicant");
        Pages.open(browser, "/applicant/request.xhtml?id=" + id);
        String mistake = "mistake." + tag + "@example.org";
        Pages.waitFor(browser, By.id("team-invite:email")).sendKeys(mistake);
        browser.findElement(By.id("team-invite:invite")).click();
        Pages.waitFor(browser, By.className("team-invitation"));
        Matcher cancelled = LINK.matcher(Mails.await(m -> m.to().equals(mistake), 1).get(0).text());
        assertThat(cancelled.find()).isTrue();
        browser.findElement(By.cssSelector(".team-invitation button")).click();
        Pages.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(browser.findElements(By.className("team-invitation"))).isEmpty();
        as("applicant2");
        Pages.open(browser, cancelled.group(1));
        assertThat(Pages.waitFor(browser, By.id("invitation-problem")).getText())
                .startsWith("The applicant cancelled this invitation");
    }

    @Test
    void theSigningOfficialReadsAndConfirmsTheRequestInTheBrowser() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario committee = Scenario.freshCommittee();
        assertThat(Http.sendBody("PUT", "/api/admin/dacs/" + committee.dacId + "/signing-official", committee.adminToken(),
                "application/json", "{\"required\":true}").statusCode()).isEqualTo(200);
        String datasetTitle = "Signed in the browser " + tag;
        committee.dataset(datasetTitle);
        String official = "official." + tag + "@example.org";

        as("applicant");
        ApplicantPages applicant = new ApplicantPages(browser);
        applicant.openNewRequestForm();
        applicant.fillIn("Signed browser " + tag, "Linking rare variants to kidney phenotypes in children.",
                List.of(datasetTitle));
        Pages.waitFor(browser, By.id("request-form:signing-official"));
        applicant.submit();
        assertThat(applicant.formMessages()).contains("give their e-mail address");
        browser.findElement(By.id("request-form:signing-official")).sendKeys(official);
        applicant.submit();
        assertThat(applicant.requestState()).isEqualTo("Awaiting the signing official's confirmation");
        String id = applicant.currentRequestId();

        Matcher link = SIGN.matcher(Mails.await(m -> m.to().equals(official), 1).get(0).text());
        assertThat(link.find()).isTrue();
        // the applicant cannot sign for their own institution
        Pages.open(browser, link.group(1));
        Pages.waitFor(browser, By.id("signature:confirm")).click();
        assertThat(Pages.waitFor(browser, By.cssSelector(".ui-messages-error")).getText())
                .contains("somebody other than the request's applicant and team");
        as("applicant2");
        Pages.open(browser, link.group(1));
        assertThat(Pages.waitFor(browser, By.id("signature-title")).getText()).isEqualTo("Signed browser " + tag);
        assertThat(browser.findElement(By.id("signature-datasets")).getText()).isEqualTo(datasetTitle);
        browser.findElement(By.id("signature:confirm")).click();
        assertThat(Pages.waitFor(browser, By.id("signature-outcome")).getText()).startsWith("You confirmed the request");

        as("member");
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        assertThat(Pages.waitFor(browser, By.id("request-state")).getText()).isNotEqualTo("Awaiting the signing official's confirmation");
        assertThat(browser.findElement(By.id("request-title")).getText()).isEqualTo("Signed browser " + tag);
    }
}
