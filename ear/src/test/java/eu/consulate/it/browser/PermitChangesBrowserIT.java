package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
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
 * Changing a permit in the browser (issue 10): the holder asks for an extension on the request
 * page, the chair sees it and approves it, then amends the permit with a second dataset and
 * conditions, which the holder then reads.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitChangesBrowserIT {

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
    void holderAsksForAnExtensionTheChairApprovesAndAmendsThePermit() {
        Scenario committee = Scenario.freshCommittee();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario.Dataset first = committee.dataset("Held in the browser " + tag);
        committee.dataset("Added in the browser " + tag);
        JsonObject permit = Scenario.issuedPermit(Tokens.forUser("applicant"), List.of(first));
        String id = permit.getString("applicationId");
        String lastDay = java.time.LocalDate.parse(permit.getString("validUntil").substring(0, 10)).plusMonths(3).toString();

        loggedIn("applicant");
        Pages.open(browser, "/applicant/request.xhtml?id=" + id);
        WebElement end = Pages.waitFor(browser, By.id("change-request:change-end_input"));
        end.clear();
        end.sendKeys(lastDay);
        browser.findElement(By.id("change-request:change-reason")).sendKeys("Samples arrive late.");
        browser.findElement(By.id("change-request:ask-extension")).click();
        Pages.waitForText(browser, By.id("pending-change-what"), "An extension through " + lastDay);
        assertThat(Pages.isShown(browser, By.id("change-request"))).as("one request at a time").isFalse();

        loggedIn("chair");
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        assertThat(Pages.waitFor(browser, By.id("pending-change-reason")).getText()).isEqualTo("Samples arrive late.");
        browser.findElement(By.id("change-decision:approve-change")).click();
        Pages.waitForText(browser, By.id("permit-until"), lastDay);
        assertThat(Pages.isShown(browser, By.id("pending-change"))).isFalse();

        List<WebElement> labels = browser.findElements(By.cssSelector("#permit-amendment\\:permit-datasets label"));
        List<WebElement> boxes = browser.findElements(By.cssSelector("#permit-amendment\\:permit-datasets .ui-chkbox-box"));
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getText().startsWith("Added in the browser")) {
                boxes.get(i).click();
            }
        }
        browser.findElement(By.id("permit-amendment:permit-conditions")).sendKeys("Publish within 12 months.\nData stay in the EU.");
        browser.findElement(By.id("permit-amendment:permit-amendment-reason")).sendKeys("The follow-up cohort.");
        browser.findElement(By.id("permit-amendment:amend-permit")).click();
        Pages.waitFor(browser, By.id("permit-conditions-shown"));

        loggedIn("applicant");
        Pages.open(browser, "/applicant/request.xhtml?id=" + id);
        assertThat(Pages.waitFor(browser, By.id("permit-datasets-shown")).getText())
                .contains("Held in the browser " + tag).contains("Added in the browser " + tag);
        assertThat(browser.findElement(By.id("permit-conditions-shown")).getText())
                .contains("Publish within 12 months.").contains("Data stay in the EU.");
        assertThat(browser.findElement(By.id("permit-until")).getText()).isEqualTo(lastDay);
    }

    @Test
    void anAdministratorNamesTheTermsAndTheApplicantAcceptsThem() {
        Scenario committee = Scenario.freshCommittee();
        String terms = "https://consulate.example.org/terms/" + UUID.randomUUID() + "/v1";

        loggedIn("admin");
        Pages.open(browser, "/admin/index.xhtml");
        // the committee's row: the one whose terms form saves for this committee
        WebElement row = Pages.waitFor(browser, By.xpath("//tr[.//small[text()='" + committee.dacSource + "']]"));
        WebElement field = row.findElement(By.cssSelector("input[id$='terms-url']"));
        field.clear();
        // Enter submits the row's form by its only button, Save
        field.sendKeys(terms + org.openqa.selenium.Keys.ENTER);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(field));
        assertThat(Pages.waitFor(browser, By.xpath("//tr[.//small[text()='" + committee.dacSource + "']]"))
                .findElement(By.cssSelector("input[id$='terms-url']")).getAttribute("value")).isEqualTo(terms);

        loggedIn("applicant");
        Pages.open(browser, "/applicant/permits.xhtml");
        WebElement line = Pages.waitFor(browser, By.xpath("//tr[.//a[@href='" + terms + "']]"));
        click(line.findElement(By.cssSelector("button[id$='accept-terms']")));
        Pages.waitFor(browser, By.xpath("//tr[.//a[@href='" + terms + "']]//span[contains(@class,'terms-accepted')]"));
        String passport = eu.consulate.it.support.Http.get("/api/permissions/"
                + Tokens.claims(Tokens.forUser("applicant")).getString("sub"), Tokens.forDownstreamSystem()).body();
        assertThat(passport).contains("ga4gh_passport_v1");
        assertThat(eu.consulate.it.support.Json.object(passport).getJsonArray("ga4gh_passport_v1")
                .getValuesAs(jakarta.json.JsonString.class).stream().map(jakarta.json.JsonString::getString)
                .map(jwt -> Scenario.visaClaims(jwt).getJsonObject("ga4gh_visa_v1"))
                .filter(v -> v.getString("type").equals("AcceptedTermsAndPolicies"))
                .map(v -> v.getString("value"))).contains(terms);
    }

    @Test
    void anAdministratorDescribesTheDataUseAndTheChairAddsACoHolderWhoReadsThePermit() {
        Scenario committee = Scenario.freshCommittee();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario.Dataset dataset = committee.dataset("Described in the browser " + tag);
        assertThat(eu.consulate.it.support.Http.get("/api/me", Tokens.forUser("applicant2")).statusCode())
                .isEqualTo(200); // the co-holder signed in once

        loggedIn("admin");
        Pages.open(browser, "/admin/index.xhtml");
        click(Pages.waitFor(browser, By.xpath("//div[contains(., 'Described in the browser " + tag
                + "')]/a[contains(@class,'data-use-link')]")));
        Pages.waitForText(browser, By.id("dataset-title"), "Described in the browser " + tag);
        tick(By.id("data-use:permission"), "health or medical or biomedical research (HMB)");
        tick(By.id("data-use:modifiers"), "publication required (PUB)");
        tick(By.id("data-use:modifiers"), "time limit on use (TS)");
        browser.findElement(By.id("data-use:months")).sendKeys("18");
        click(browser.findElement(By.id("data-use:save")));
        // the save reloads the page: an element of the old page goes stale while we wait
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class).until(
                b -> b.findElement(By.id("use-conditions")).getText().contains("Publication required (DUO:0000019)"));
        assertThat(browser.findElement(By.id("use-conditions")).getText())
                .contains("Time limit on use (DUO:0000025): use ends at the latest 18 months after the permit's start");

        JsonObject permit = Scenario.issuedPermit(Tokens.forUser("applicant"), List.of(dataset));
        String id = permit.getString("applicationId");
        loggedIn("chair");
        Pages.open(browser, "/committee/request.xhtml?id=" + id);
        assertThat(Pages.waitFor(browser, By.id("permit-conditions-shown")).getText())
                .contains("Publication required (DUO:0000019)");
        assertThat(Pages.isShown(browser, By.id("permit-co-holders-shown"))).isFalse();
        browser.findElement(By.id("permit-amendment:permit-co-holders")).sendKeys("applicant2");
        browser.findElement(By.id("permit-amendment:permit-amendment-reason")).sendKeys("A second analyst.");
        click(browser.findElement(By.id("permit-amendment:amend-permit")));
        Pages.waitForText(browser, By.id("permit-co-holders-shown"), "applicant2");

        loggedIn("applicant2");
        Pages.open(browser, "/applicant/permits.xhtml");
        Pages.waitFor(browser, By.xpath("//*[contains(text(), 'Described in the browser " + tag + "')]"));
        Pages.open(browser, "/applicant/request.xhtml?id=" + id);
        assertThat(Pages.waitFor(browser, By.id("permit-conditions-shown")).getText())
                .contains("Publication required (DUO:0000019)");
        assertThat(browser.findElement(By.id("permit-co-holders-shown")).getText()).isEqualTo("applicant2");
        assertThat(Pages.isShown(browser, By.id("change-request"))).as("only the applicant asks for changes").isFalse();
    }

    /** Ticks the PrimeFaces radio button or checkbox of {@code group} whose label is {@code label}. */
    private void tick(By group, String label) {
        WebElement options = Pages.waitFor(browser, group);
        List<WebElement> labels = options.findElements(By.tagName("label"));
        List<WebElement> boxes = options.findElements(By.cssSelector(".ui-radiobutton-box, .ui-chkbox-box"));
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getText().strip().equals(label)) {
                click(boxes.get(i));
                return;
            }
        }
        throw new AssertionError("No option '" + label + "' in " + group);
    }

    /** The committees table is wider than the browser window: bring the button into view first. */
    private void click(WebElement button) {
        browser.executeScript("arguments[0].scrollIntoView({block: 'center', inline: 'center'});", button);
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(10))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.elementToBeClickable(button));
        button.click();
    }
}
