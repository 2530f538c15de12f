package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
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
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 8 in a real browser: the applicant answers the committee's form on the request's page
 * (a wrong answer is shown at its question, nothing saved); a member reads the answers and fills
 * the committee-only field, which the applicant never sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class FormBrowserIT {

    private static final String FORM = "{\"name\":\"Cohort form\",\"fields\":["
            + "{\"key\":\"summary\",\"type\":\"short-text\",\"required\":true,\"maxLength\":30,\"label\":{\"en\":\"Summary\"}},"
            + "{\"key\":\"data-form\",\"type\":\"single-choice\",\"required\":true,\"label\":{\"en\":\"Data needed\"},"
            + "\"options\":[{\"value\":\"anonymised\",\"label\":{\"en\":\"anonymised\"}},"
            + "{\"value\":\"pseudonymised\",\"label\":{\"en\":\"pseudonymised\"}}]},"
            + "{\"key\":\"why\",\"type\":\"long-text\",\"required\":true,\"label\":{\"en\":\"Why pseudonymised\"},"
            + "\"visibleWhen\":{\"field\":\"data-form\",\"equals\":\"pseudonymised\"}},"
            + "{\"key\":\"notes\",\"type\":\"long-text\",\"committeeOnly\":true,\"label\":{\"en\":\"Reviewer notes\"}}]}";

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

    private void as(String user, String page, String id) {
        if (browser != null) {
            browser.quit();
        }
        browser = Browser.start();
        Pages.logIn(browser, user);
        Pages.open(browser, page + "?id=" + id);
        Pages.waitFor(browser, By.id("request-title"));
    }

    private WebElement input(String key) {
        return browser.findElement(By.cssSelector("[data-key='" + key + "'] .form-input"));
    }

    @Test
    void theApplicantAnswersTheCommitteesFormAndTheCommitteeKeepsItsNotes() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario committee = Scenario.freshCommittee();
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms", committee.adminToken(), FORM).statusCode())
                .isEqualTo(201);
        String id = Scenario.submitted(Tokens.forUser("applicant"), List.of(committee.dataset("Form in the browser " + tag)));

        as("applicant", "/applicant/request.xhtml", id);
        assertThat(browser.findElement(By.id("committee-form")).getText()).isEqualTo("Cohort form");
        assertThat(Pages.isShown(browser, By.cssSelector("[data-key='notes']"))).isFalse();
        input("summary").sendKeys("Kidney variants in children and adults");
        browser.findElement(By.id("form-answers:save-answers")).click();
        assertThat(Pages.waitFor(browser, By.cssSelector("[data-key='summary'] .field-error")).getText())
                .isEqualTo("At most 30 characters (this has 38).");
        assertThat(browser.findElement(By.cssSelector("[data-key='data-form'] .field-error")).getText())
                .isEqualTo("Answer this question.");
        input("summary").clear();
        input("summary").sendKeys("Kidney variants in children");
        // the justification shows only once pseudonymised data are chosen (the choice re-renders the form)
        assertThat(Pages.isShown(browser, By.cssSelector("[data-key='why']"))).isFalse();
        browser.findElement(By.cssSelector("[data-key='data-form'] input[value='pseudonymised']")).click();
        Pages.waitFor(browser, By.cssSelector("[data-key='why'] .form-input"));
        browser.findElement(By.id("form-answers:save-answers")).click();
        assertThat(Pages.waitFor(browser, By.cssSelector("[data-key='why'] .field-error")).getText())
                .isEqualTo("Answer this question.");
        input("why").sendKeys("We link the cohort to the hospital's records.");
        browser.findElement(By.id("form-answers:save-answers")).click();
        Pages.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(input("summary").getAttribute("value")).isEqualTo("Kidney variants in children");
        assertThat(browser.findElements(By.className("field-error"))).isEmpty();

        as("member", "/committee/request.xhtml", id);
        assertThat(browser.findElement(By.cssSelector("[data-key='summary'] .form-answer")).getText())
                .isEqualTo("Kidney variants in children");
        assertThat(browser.findElement(By.cssSelector("[data-key='data-form'] .form-answer")).getText()).isEqualTo("pseudonymised");
        assertThat(browser.findElement(By.cssSelector("[data-key='why'] .form-answer")).getText())
                .isEqualTo("We link the cohort to the hospital's records.");
        input("notes").sendKeys("Ask for the consent form " + tag + ".");
        browser.findElement(By.id("form-answers:save-answers")).click();
        Pages.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(input("notes").getText()).isEqualTo("Ask for the consent form " + tag + ".");

        as("applicant", "/applicant/request.xhtml", id);
        assertThat(browser.getPageSource()).doesNotContain("consent form " + tag).doesNotContain("Reviewer notes");
        assertThat(input("summary").getAttribute("value")).isEqualTo("Kidney variants in children");
    }
}
