package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import eu.consulate.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;

/** The DAC administrator creates a committee and adds a dataset through the pages. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdministrationBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private ChromeDriver browser;

    @BeforeEach
    void logIn() {
        browser = Browser.start();
        Pages.logIn(browser, "admin");
        Pages.open(browser, "/admin/index.xhtml");
        Pages.waitFor(browser, By.id("committees"));
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void adminCreatesACommitteeAndAddsADataset() {
        String name = "Page DAC " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("new-committee:name")).sendKeys(name);
        browser.findElement(By.id("new-committee:source")).sendKeys("https://consulate.example.org/dacs/" + UUID.randomUUID());
        browser.findElement(By.id("new-committee:members")).sendKeys("member:member, chair:chair");
        browser.findElement(By.id("new-committee:create")).click();
        Pages.waitFor(browser, By.id("committees"));
        assertThat(browser.findElement(By.id("committees")).getText()).contains(name).contains("chair (chair)");

        String title = "Page dataset " + UUID.randomUUID().toString().substring(0, 8);
        new Select(browser.findElement(By.id("new-dataset:committee_input"))).selectByVisibleText(name);
        browser.findElement(By.id("new-dataset:url")).sendKeys("https://data.example.org/datasets/" + UUID.randomUUID());
        browser.findElement(By.id("new-dataset:title")).sendKeys(title);
        browser.findElement(By.id("new-dataset:add")).click();
        Pages.waitFor(browser, By.id("committees"));

        assertThat(browser.findElement(By.id("committees")).getText()).contains(title);
    }

    /** Issue 7: the administrator describes a dataset for the public catalogue, then retires it. */
    @Test
    void adminDescribesADatasetForTheCatalogueAndRetiresIt() {
        eu.consulate.it.support.Scenario committee = eu.consulate.it.support.Scenario.freshCommittee();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        eu.consulate.it.support.Scenario.Dataset dataset = committee.dataset("Described " + tag);
        Pages.open(browser, "/admin/dataset.xhtml?id=" + dataset.id());
        Pages.waitFor(browser, By.id("catalogue:save-entry"));

        browser.findElement(By.id("catalogue:description")).sendKeys("Exomes of a kidney cohort " + tag + ".");
        browser.findElement(By.id("catalogue:keywords")).sendKeys("kidney, exome");
        browser.findElement(By.id("catalogue:countries")).sendKeys("XX");
        browser.findElement(By.id("catalogue:save-entry")).click();
        assertThat(Pages.waitFor(browser, By.id("catalogue:catalogue-messages")).getText())
                .contains("'XX' is not an ISO 3166 country code");
        browser.findElement(By.id("catalogue:countries")).clear();
        browser.findElement(By.id("catalogue:countries")).sendKeys("pt");
        browser.findElement(By.id("catalogue:save-entry")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                b -> "PT".equals(b.findElement(By.id("catalogue:countries")).getAttribute("value")));

        Pages.open(browser, "/catalogue/index.xhtml?q=" + tag + "&country=PT");
        assertThat(Pages.waitFor(browser, By.id("found")).getText()).startsWith("1 dataset(s)");
        Pages.open(browser, "/catalogue/dataset.xhtml?id=" + dataset.id());
        assertThat(Pages.waitFor(browser, By.id("dataset-description")).getText()).isEqualTo("Exomes of a kidney cohort " + tag + ".");
        assertThat(browser.findElement(By.id("dataset-countries")).getText()).isEqualTo("Portugal (PT)");

        Pages.open(browser, "/admin/dataset.xhtml?id=" + dataset.id());
        Pages.waitFor(browser, By.id("catalogue:retire")).click();
        browser.switchTo().alert().accept();
        Pages.waitFor(browser, By.id("catalogue:retired"));
        Pages.open(browser, "/catalogue/index.xhtml?q=" + tag);
        assertThat(Pages.waitFor(browser, By.id("found")).getText()).startsWith("0 dataset(s)");
    }

    /**
     * Issue 7: on the committee's page the administrator publishes a version of the terms, gives
     * and takes away a seat, retires the committee, and reads every change.
     */
    @Test
    void adminKeepsACommitteeOnItsPage() {
        eu.consulate.it.support.Scenario committee = eu.consulate.it.support.Scenario.freshCommittee();
        Pages.open(browser, "/admin/committee.xhtml?id=" + committee.dacId);
        Pages.waitFor(browser, By.id("terms:publish"));
        assertThat(browser.findElement(By.id("terms:versions")).getText()).contains("No terms published yet.");

        browser.findElement(By.id("terms:version")).sendKeys("2.0");
        browser.findElement(By.id("terms:url")).sendKeys("our agreement");
        browser.findElement(By.id("terms:publish")).click();
        Pages.waitForText(browser, By.id("page-messages"), "The terms URL must be an http(s) URL");
        browser.findElement(By.id("terms:url")).clear();
        browser.findElement(By.id("terms:url")).sendKeys("https://consulate.example.org/terms/" + UUID.randomUUID());
        browser.findElement(By.id("terms:publish")).click();
        Pages.waitForText(browser, By.id("terms:versions"), "2.0 (current)");

        browser.findElement(By.id("seats:seat-username")).sendKeys("member2");
        new Select(browser.findElement(By.id("seats:seat-role_input"))).selectByVisibleText("legal officer");
        browser.findElement(By.id("seats:give-seat")).click();
        Pages.waitForText(browser, By.id("seats:seat-table"), "member2");
        assertThat(browser.findElement(By.id("seats:seat-table")).getText()).contains("member2 legal officer");

        browser.findElement(By.xpath("//tr[contains(., 'member2')]//button[contains(@class, 'take-seat')]")).click();
        browser.switchTo().alert().accept();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                b -> !b.findElement(By.id("seats:seat-table")).getText().contains("member2"));

        // the application form: a broken definition lists its reasons and keeps the text; the EHDS template in one click
        browser.findElement(By.id("form:definition")).sendKeys("{\"name\":\"Mine\",\"fields\":[{\"key\":\"q\",\"type\":\"table\","
                + "\"label\":{\"en\":\"Q\"}}]}");
        browser.findElement(By.id("form:publish-form")).click();
        assertThat(Pages.waitFor(browser, By.className("form-refusal")).getText()).isEqualTo("q: a table needs columns.");
        assertThat(browser.findElement(By.id("form:definition")).getAttribute("value")).contains("\"Mine\"");
        browser.findElement(By.id("form:use-ehds")).click();
        Pages.waitForText(browser, By.id("form:form-versions"), "1 (current)");
        assertThat(browser.findElement(By.className("form-name")).getText()).isEqualTo("EHDS data access application (Art. 67)");
        assertThat(browser.findElement(By.id("form:definition")).getAttribute("value")).contains("secure-processing-environment");

        Pages.waitFor(browser, By.id("retirement:retire")).click();
        browser.switchTo().alert().accept();
        Pages.waitFor(browser, By.id("retired"));
        assertThat(Pages.isShown(browser, By.id("terms:publish"))).isFalse();
        assertThat(browser.findElements(By.className("change-type")).stream().map(org.openqa.selenium.WebElement::getText)
                .toList()).containsExactly("committee-retired", "form-published", "seat-taken-away", "seat-given",
                        "terms-published", "committee-created");
    }

    /** Issue 6: a refused model lists its reasons; an accepted one is deployed for the committee and can be chosen. */
    @Test
    void adminUploadsAProcessModelAndChoosesIt() throws Exception {
        eu.consulate.it.support.Scenario committee = eu.consulate.it.support.Scenario.freshCommittee();
        String shipped = eu.consulate.it.support.Http.get("/api/admin/dacs/" + committee.dacId
                + "/processes/rare-disease-diagnosis", committee.adminToken()).body();
        java.nio.file.Path refused = java.nio.file.Files.createTempFile("refused", ".bpmn");
        java.nio.file.Files.writeString(refused, shipped.replace("<bpmn:userTask id=\"review\" name=\"Clinical review\">",
                "<bpmn:userTask id=\"review\" name=\"Clinical review\" camunda:assignee=\"mallory\">"));
        java.nio.file.Path accepted = java.nio.file.Files.createTempFile("second-opinion", ".bpmn");
        java.nio.file.Files.writeString(accepted, shipped.replace("id=\"rare-disease-diagnosis\" name=\"Rare-disease diagnosis (care)\"",
                "id=\"second-opinion\" name=\"Second opinion (care)\""));
        Pages.open(browser, "/admin/processes.xhtml?committee=" + committee.dacId);
        Pages.waitFor(browser, By.id("models"));
        assertThat(browser.findElement(By.id("choice-care")).getText()).isEqualTo("rare-disease-diagnosis");

        browser.findElement(By.id("upload:file")).sendKeys(refused.toString());
        browser.findElement(By.id("upload:send")).click();
        assertThat(Pages.waitFor(browser, By.cssSelector("#refusals li")).getText()).contains("Clinical review");

        browser.findElement(By.id("upload:file")).sendKeys(accepted.toString());
        browser.findElement(By.id("upload:send")).click();
        Pages.waitForText(browser, By.id("models"), "second-opinion");
        assertThat(browser.findElements(By.cssSelector("#refusals li"))).isEmpty();

        new Select(browser.findElement(By.id("choose:use_input"))).selectByValue("care");
        new Select(browser.findElement(By.id("choose:key_input"))).selectByValue("second-opinion");
        browser.findElement(By.id("choose:apply")).click();
        Pages.waitForText(browser, By.id("choice-care"), "second-opinion");
    }

    @Test
    void badSourceUrlIsExplainedAndNothingIsCreated() {
        String name = "Broken DAC " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("new-committee:name")).sendKeys(name);
        browser.findElement(By.id("new-committee:source")).sendKeys("ftp://nowhere");
        browser.findElement(By.id("new-committee:create")).click();

        assertThat(Pages.waitFor(browser, By.cssSelector("#new-committee .ui-messages-error")).getText())
                .contains("http(s) URL");
        assertThat(browser.findElement(By.id("committees")).getText()).doesNotContain(name);
    }
}
