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
 * The research process in a real browser (issue 6): a member returns the request as incomplete,
 * the applicant answers and resubmits, the chair finds it complete; then a vote with three
 * members, one of them recused, closed by the chair.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class WorkflowBrowserIT {

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

    private ChromeDriver as(String user, String requestPage, String id) {
        if (browser != null) {
            browser.quit();
        }
        browser = Browser.start();
        Pages.logIn(browser, user);
        Pages.open(browser, requestPage + "?id=" + id);
        Pages.waitFor(browser, By.id("request-title"));
        return browser;
    }

    /** Takes the action and waits for the status it leads to. */
    private void act(String button, String comment, String stateAfter) {
        browser.findElement(By.id("decision:comment")).sendKeys(comment);
        browser.findElement(By.id("decision:" + button)).click();
        Pages.waitForText(browser, By.id("request-state"), stateAfter);
    }

    /** Takes an action that keeps the status, and waits for the element that only the reloaded page shows. */
    private void actUntilShown(String button, String comment, By shownAfter) {
        assertThat(Pages.isShown(browser, shownAfter)).isFalse();
        browser.findElement(By.id("decision:comment")).sendKeys(comment);
        browser.findElement(By.id("decision:" + button)).click();
        Pages.waitFor(browser, shownAfter);
    }

    @Test
    void aReturnedRequestIsAnsweredAndResubmittedThenVotedOnWithARecusal() {
        Scenario committee = Scenario.votingCommittee();
        String datasetTitle = "Vote cohort " + UUID.randomUUID().toString().substring(0, 8);
        committee.dataset(datasetTitle);
        String title = "Vote journey " + UUID.randomUUID().toString().substring(0, 8);

        browser = Browser.start();
        Pages.logIn(browser, "applicant");
        ApplicantPages applicant = new ApplicantPages(browser);
        applicant.openNewRequestForm();
        applicant.fillIn(title, "Linking rare variants to kidney phenotypes in children.", List.of(datasetTitle));
        applicant.submit();
        assertThat(applicant.requestState()).isEqualTo("Awaiting completeness check");
        String id = applicant.currentRequestId();

        as("member", "/committee/request.xhtml", id);
        act("return", "Attach the ethics approval.", "Returned to the applicant");

        as("applicant", "/applicant/request.xhtml", id);
        assertThat(browser.findElement(By.id("return-reason")).getText()).isEqualTo("Attach the ethics approval.");
        Pages.open(browser, "/applicant/index.xhtml?scope=waiting");
        Pages.waitFor(browser, By.id("mine:requests"));
        assertThat(browser.findElements(By.className("request-link")).stream().map(e -> e.getText()).toList())
                .as("the returned request waits for the applicant").contains(title);
        Pages.open(browser, "/applicant/request.xhtml?id=" + id);
        Pages.waitFor(browser, By.id("decision:comment"));
        browser.findElement(By.id("decision:changedPurpose"))
                .sendKeys("Linking rare variants to kidney and liver phenotypes in children.");
        act("resubmit", "Attached as annex 2.", "Awaiting completeness check");

        // issue 8: the committee sees what the resubmission changed, word by word
        as("chair", "/committee/request.xhtml", id);
        assertThat(browser.findElement(By.cssSelector("#revision .field-change-name")).getText()).isEqualTo("Research purpose");
        assertThat(browser.findElements(By.cssSelector("#revision .diff-added")).stream().map(e -> e.getText())
                .collect(java.util.stream.Collectors.joining()).strip()).isEqualTo("and liver");
        assertThat(browser.findElements(By.cssSelector("#revision .diff-removed"))).isEmpty();
        act("complete", "", "Awaiting committee vote");

        as("member", "/committee/request.xhtml", id);
        actUntilShown("vote-approve", "Sound plan.", By.id("my-vote"));
        assertThat(browser.findElement(By.id("my-vote")).getText()).contains("APPROVE");

        as("member2", "/committee/request.xhtml", id);
        actUntilShown("declare-conflict", "My group provided the samples.", By.id("recused"));
        assertThat(Pages.isShown(browser, By.id("decision:vote-approve"))).as("recused: no vote").isFalse();
        assertThat(Pages.isShown(browser, By.id("ballots"))).as("recused: no ballots").isFalse();

        as("chair", "/committee/request.xhtml", id);
        actUntilShown("vote-approve", "", By.id("my-vote"));
        assertThat(browser.findElement(By.id("ballots")).getText()).contains("Sound plan.");
        browser.findElement(By.id("decision:comment")).sendKeys("Approved with two votes.");
        browser.findElement(By.id("decision:close-vote")).click();
        Pages.waitForText(browser, By.id("request-state"), "Awaiting legal check");

        as("applicant", "/applicant/request.xhtml", id);
        assertThat(browser.findElement(By.id("tally-approve")).getText()).isEqualTo("2");
        assertThat(browser.findElement(By.id("tally-recused")).getText()).isEqualTo("1");
        assertThat(Pages.isShown(browser, By.id("ballots"))).as("the applicant does not see who voted what").isFalse();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe(By.id("process-diagram"), "data-rendered", "true"));
        assertThat(browser.findElements(By.cssSelector("#process-diagram .current-step[data-element-id='legalCheck']")))
                .as("the diagram marks the legal check as the current step").hasSize(1);
    }
}
