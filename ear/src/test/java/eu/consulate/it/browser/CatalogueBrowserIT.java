package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
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
 * Issue 7 in the browser: a visitor browses the public catalogue without logging in, narrows it
 * by a facet, reads a dataset's data use, fills a cart across two committees, asks for access,
 * logs in on the way, finds the form prefilled, states a coded purpose, sees the match per
 * dataset, and submits one linked request per committee.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CatalogueBrowserIT {

    static final String CANCER = "Cancer cohort somatic variants (demo)";
    static final String VIRUS = "Respiratory virus host genomes (demo)";
    static final String TERMS = "Infectious Disease DAC data access agreement, version 1.0";

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

    @Test
    void aVisitorFillsACartAcrossCommitteesAndSubmitsLinkedRequestsAfterLoggingIn() {
        browser = Browser.start();
        Pages.open(browser, "/catalogue/index.xhtml?q=demo");
        assertThat(Pages.waitFor(browser, By.id("found")).getText()).startsWith("6 dataset(s)");

        // narrow by the committee facet: the address keeps it
        browser.findElement(By.xpath("//section[@id='facet-committee']//a[contains(., 'Demo Genomics DAC')]")).click();
        Pages.waitForText(browser, By.id("found"), "4 dataset(s)");
        assertThat(browser.getCurrentUrl()).contains("committee=b7d3c0de-0000-4000-8000-000000000001");
        // a second committee widens the choice (values of one facet are alternatives); clicking it again takes it out
        By infectious = By.xpath("//section[@id='facet-committee']//a[contains(., 'Demo Infectious Disease DAC')]");
        browser.findElement(infectious).click();
        Pages.waitForText(browser, By.id("found"), "6 dataset(s)");
        assertThat(browser.getCurrentUrl()).contains("committee=b7d3c0de-0000-4000-8000-000000000001")
                .contains("committee=b7d3c0de-0000-4000-8000-000000000002");
        browser.findElement(infectious).click();
        Pages.waitForText(browser, By.id("found"), "4 dataset(s)");
        assertThat(titles()).contains(CANCER).doesNotContain(VIRUS);
        addToCart(CANCER, "1");

        // the dataset page explains the data use
        Pages.open(browser, "/catalogue/dataset.xhtml?id=da7a5e70-0000-4000-8000-000000000004");
        assertThat(Pages.waitFor(browser, By.id("permission")).getText())
                .startsWith("health or medical or biomedical research (HMB, DUO:0000006)");
        assertThat(browser.findElement(By.id("modifiers")).getText()).contains("geographical restriction (European Economic Area)");
        browser.findElement(By.id("actions:add")).click();
        Pages.waitForText(browser, By.id("cart-size"), "2");

        Pages.open(browser, "/catalogue/cart.xhtml");
        assertThat(Pages.waitFor(browser, By.id("cart-note")).getText()).contains("2 committees");
        browser.findElement(By.id("cart:request-access")).click();

        // the login comes on the way, then the form with both datasets chosen
        new KeycloakLoginPage(browser).logInAs("applicant");
        Pages.waitFor(browser, By.id("request-form:submit"));
        assertThat(browser.getCurrentUrl()).contains("/applicant/new.xhtml?dataset=");
        assertThat(checkedDatasets()).hasSize(2).anySatisfy(l -> assertThat(l).contains(CANCER))
                .anySatisfy(l -> assertThat(l).contains(VIRUS));

        String title = "From the cart " + UUID.randomUUID().toString().substring(0, 8);
        browser.findElement(By.id("request-form:title")).sendKeys(title);
        browser.findElement(By.id("request-form:purpose")).sendKeys("Host and tumour genomics of lung cancer patients.");
        ApplicantPages applicant = new ApplicantPages(browser);
        applicant.statesDiseaseResearch("lung canc", "lung cancer (MONDO:0008903)");
        String matches = applicant.checkMatches();
        assertThat(matches).contains(CANCER, "Permitted on conditions", VIRUS);

        // the infectious disease committee names version 1.0 of its agreement: no request without accepting it
        assertThat(browser.findElement(By.cssSelector("ul.terms-to-read")).getText())
                .isEqualTo("Demo Infectious Disease DAC: " + TERMS);
        applicant.submit();
        Pages.waitForText(browser, By.id("request-form:terms-message"), "Accept " + TERMS + " to request these datasets.");
        applicant.acceptsTerms(TERMS);
        // the genomics committee asks with the EHDS form: its questions must be answered too
        assertThat(browser.findElement(By.cssSelector("fieldset.committee-form legend")).getText())
                .isEqualTo("Demo Genomics DAC: EHDS data access application (Art. 67)");
        applicant.submit();
        assertThat(Pages.waitFor(browser, By.cssSelector("[data-key='legal-basis'] .field-error")).getText())
                .isEqualTo("Answer this question.");
        applicant.answersEhdsForm();
        applicant.submit();

        Pages.waitFor(browser, By.id("request-state"));
        String linked = Pages.waitFor(browser, By.id("linked-requests")).getText();
        assertThat(linked).contains(title);
        assertThat(List.of("Demo Genomics DAC", "Demo Infectious Disease DAC")).anySatisfy(linked::contains);
        assertThat(applicant.myRequestTitles().stream().filter(title::equals)).hasSize(2);
    }

    private List<String> titles() {
        return browser.findElements(By.className("dataset-link")).stream().map(WebElement::getText).toList();
    }

    private void addToCart(String title, String expectedSize) {
        browser.findElement(By.xpath("//article[.//a[contains(., '" + title + "')]]//button[contains(@class,'add-to-cart')]"))
                .click();
        Pages.waitForText(browser, By.id("cart-size"), expectedSize);
    }

    private List<String> checkedDatasets() {
        return browser.findElements(By.cssSelector("[id='request-form:datasets'] input[type=checkbox]")).stream()
                .filter(WebElement::isSelected)
                .map(input -> browser.findElement(By.cssSelector("label[for='" + input.getAttribute("id") + "']")).getText())
                .toList();
    }
}
