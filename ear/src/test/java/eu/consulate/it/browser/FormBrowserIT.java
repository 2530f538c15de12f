package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
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
 * Issue 8 in a real browser: the applicant answers the committee's form in the new-request form
 * over two sittings (a draft), each wrong answer shown at its question on submitting; a member
 * reads the answers, fills the committee-only field the applicant never sees and returns the
 * request; the applicant changes an answer and resubmits; the chair sees the changed answer.
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

    private String error(String key) {
        return Pages.waitFor(browser, By.cssSelector("[data-key='" + key + "'] .field-error")).getText();
    }

    private void act(String button, String comment, String stateAfter) {
        browser.findElement(By.id("decision:comment")).sendKeys(comment);
        browser.findElement(By.id("decision:" + button)).click();
        Pages.waitForText(browser, By.id("request-state"), stateAfter);
    }

    @Test
    void theApplicantFillsTheFormOverTwoSittingsAndAfterAReturnTheReviewerSeesTheChangedAnswer() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario committee = Scenario.votingCommittee();
        assertThat(Http.postJson("/api/admin/dacs/" + committee.dacId + "/forms", committee.adminToken(), FORM).statusCode())
                .isEqualTo(201);
        String datasetTitle = "Form cohort " + tag;
        committee.dataset(datasetTitle);
        String title = "Form journey " + tag;

        // first sitting: the committee's form shows once its dataset is chosen; saved as a draft
        browser = Browser.start();
        Pages.logIn(browser, "applicant");
        ApplicantPages applicant = new ApplicantPages(browser);
        applicant.openNewRequestForm();
        assertThat(Pages.isShown(browser, By.cssSelector("[data-key='summary']"))).isFalse();
        applicant.fillIn(title, "Linking rare variants to kidney phenotypes in children.", List.of(datasetTitle));
        Pages.waitFor(browser, By.cssSelector("[data-key='summary'] .form-input")).sendKeys("Kidney variants in children and adults");
        assertThat(Pages.isShown(browser, By.cssSelector("[data-key='notes']"))).as("committee only").isFalse();
        browser.findElement(By.id("request-form:save-draft")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                org.openqa.selenium.support.ui.ExpectedConditions.textToBePresentInElementLocated(
                        By.id("request-form:draft-status"), "Draft saved"));
        String draftId = Json.array(Http.get("/api/drafts", Tokens.forUser("applicant")).body())
                .getValuesAs(jakarta.json.JsonObject.class).stream()
                .filter(d -> title.equals(d.getJsonObject("form").getString("title", null)))
                .map(d -> d.getString("id")).findFirst().orElseThrow();

        // second sitting: the draft reopens with the answer; submitting shows each field's error
        browser.quit();
        browser = Browser.start();
        Pages.logIn(browser, "applicant");
        Pages.open(browser, "/applicant/new.xhtml?draft=" + draftId);
        assertThat(Pages.waitFor(browser, By.cssSelector("[data-key='summary'] .form-input")).getAttribute("value"))
                .isEqualTo("Kidney variants in children and adults");
        applicant = new ApplicantPages(browser);
        applicant.submit();
        assertThat(error("summary")).isEqualTo("At most 30 characters (this has 38).");
        assertThat(error("data-form")).isEqualTo("Answer this question.");
        input("summary").clear();
        input("summary").sendKeys("Kidney variants in children");
        // the justification shows only once pseudonymised data are chosen (the choice re-renders the form)
        assertThat(Pages.isShown(browser, By.cssSelector("[data-key='why']"))).isFalse();
        browser.findElement(By.cssSelector("[data-key='data-form'] input[value='pseudonymised']")).click();
        Pages.waitFor(browser, By.cssSelector("[data-key='why'] .form-input"));
        applicant.submit();
        assertThat(error("why")).isEqualTo("Answer this question.");
        input("why").sendKeys("We link the cohort to the hospital's records.");
        applicant.submit();
        assertThat(applicant.requestState()).isEqualTo("Awaiting completeness check");
        String id = applicant.currentRequestId();
        assertThat(Http.get("/api/drafts/" + draftId, Tokens.forUser("applicant")).statusCode()).as("submitted").isEqualTo(404);

        // the member reads the answers, keeps a note of the committee's own and returns the request
        as("member", "/committee/request.xhtml", id);
        assertThat(browser.findElement(By.cssSelector("[data-key='summary'] .form-answer")).getText())
                .isEqualTo("Kidney variants in children");
        assertThat(browser.findElement(By.cssSelector("[data-key='why'] .form-answer")).getText())
                .isEqualTo("We link the cohort to the hospital's records.");
        input("notes").sendKeys("Ask for the consent form " + tag + ".");
        browser.findElement(By.id("form-answers:save-answers")).click();
        Pages.waitFor(browser, By.cssSelector(".ui-messages-info"));
        act("return", "Say which variants.", "Returned to the applicant");

        // the applicant changes an answer and resubmits; the committee's note never reaches them
        as("applicant", "/applicant/request.xhtml", id);
        assertThat(browser.getPageSource()).doesNotContain("consent form " + tag).doesNotContain("Reviewer notes");
        input("summary").clear();
        input("summary").sendKeys("Rare variants in children");
        browser.findElement(By.id("form-answers:save-answers")).click();
        assertThat(Pages.waitFor(browser, By.cssSelector(".ui-messages-info, .ui-messages-error, .field-error")).getText())
                .startsWith("Answers saved");
        act("resubmit", "Said which.", "Awaiting completeness check");

        as("chair", "/committee/request.xhtml", id);
        assertThat(browser.findElements(By.cssSelector("#revision .field-change-name")).stream().map(WebElement::getText))
                .containsExactly("Summary");
        assertThat(browser.findElement(By.cssSelector("#revision .diff-added")).getText().strip()).isEqualTo("Rare");
    }
}
