package eu.consulate.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The applicant's pages: new request form, own requests, one request. */
final class ApplicantPages {

    private final WebDriver browser;

    ApplicantPages(WebDriver browser) {
        this.browser = browser;
    }

    void openNewRequestForm() {
        Pages.open(browser, "/applicant/new.xhtml");
        Pages.waitFor(browser, By.id("request-form:submit"));
    }

    /** Fills the form in, stating health/medical/biomedical research (HMB) as the coded purpose. */
    void fillIn(String title, String purpose, List<String> datasetLabels) {
        browser.findElement(By.id("request-form:title")).sendKeys(title);
        browser.findElement(By.id("request-form:purpose")).sendKeys(purpose);
        for (String label : datasetLabels) {
            browser.findElement(By.xpath("//label[contains(., '" + label + "')]")).click();
        }
        browser.findElement(By.xpath("//label[contains(., '(HMB)')]")).click();
    }

    /** States disease-specific research (DS) on the disease picked from the suggestions for {@code typed}. */
    void statesDiseaseResearch(String typed, String suggestion) {
        browser.findElement(By.xpath("//label[contains(., '(DS)')]")).click();
        WebElement input = Pages.waitFor(browser, By.id("request-form:diseases_input"));
        input.sendKeys(typed);
        Pages.waitFor(browser, By.xpath("//li[contains(@class,'ui-autocomplete-item') and contains(., '"
                + suggestion + "')]")).click();
        Pages.waitFor(browser, By.xpath("//li[contains(@class,'ui-autocomplete-token') and contains(., '"
                + suggestion + "')]"));
    }

    /** Clicks "Check against the datasets" and returns the result table's text once it is there. */
    String checkMatches() {
        browser.findElement(By.id("request-form:check")).click();
        return Pages.waitFor(browser, By.id("request-form:matches")).getText();
    }

    /** Ticks "I accept ..." for the terms whose label contains {@code label}; the box appears with the datasets naming them. */
    void acceptsTerms(String label) {
        Pages.waitFor(browser, By.xpath("//*[@id='request-form:terms']//label[contains(., '" + label + "')]")).click();
    }

    void submit() {
        browser.findElement(By.id("request-form:submit")).click();
    }

    /** The validation messages on the form. */
    String formMessages() {
        Pages.waitFor(browser, By.cssSelector(".ui-message-error, .ui-messages-error"));
        return browser.findElement(By.id("request-form")).getText();
    }

    String requestState() {
        return Pages.waitFor(browser, By.id("request-state")).getText();
    }

    String currentRequestId() {
        String url = browser.getCurrentUrl();
        return url.substring(url.indexOf("id=") + 3).replaceAll("&.*", "");
    }

    void openRequest(String id) {
        Pages.open(browser, "/applicant/request.xhtml?id=" + id);
    }

    String permitValidity() {
        return Pages.waitFor(browser, By.id("permit-from")).getText() + " – "
                + browser.findElement(By.id("permit-until")).getText();
    }

    List<String> myRequestTitles() {
        Pages.open(browser, "/applicant/index.xhtml");
        Pages.waitFor(browser, By.id("mine:requests"));
        return browser.findElements(By.className("request-link")).stream().map(WebElement::getText).toList();
    }
}
