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

    /**
     * Answers every required question of the shipped EHDS form (the demo Genomics committee's)
     * on the new-request form: anonymised data, no ethics approval needed, so no conditional
     * question opens. A choice re-renders the form: each waits for that before going on.
     */
    void answersEhdsForm() {
        answer("applicant-activities", "University hospital research group on lung cancer genomics.");
        answer("persons-with-access", "Ada Lovelace | principal investigator | University Hospital");
        answer("contact-email", "applicant@consulate.example.org");
        choose("purpose", "scientific-research");
        answer("intended-use", "Association of host and tumour variants with treatment response.");
        answer("expected-benefit", "Better targeted therapy for lung cancer patients.");
        choose("data-categories", "genomic");
        answer("data-requested", "Tumour and germline genomes with treatment outcomes.");
        choose("legal-basis", "public-task");
        choose("data-form", "anonymised");
        answer("safeguards", "Analysis only inside the secure processing environment; no row-level export.");
        answer("processing-months", "24");
        answer("secure-processing-environment", "The national secure processing environment.");
        choose("ethics-approval", "not-required");
        Pages.waitFor(browser, By.cssSelector("[data-key='terms'] .form-input input, [data-key='terms'] input.form-input"))
                .click();
    }

    private void answer(String key, String text) {
        Pages.waitFor(browser, By.cssSelector("[data-key='" + key + "'] .form-input")).sendKeys(text);
    }

    private void choose(String key, String value) {
        WebElement option = Pages.waitFor(browser, By.cssSelector("[data-key='" + key + "'] input[value='" + value + "']"));
        option.click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .until(org.openqa.selenium.support.ui.ExpectedConditions.stalenessOf(option));
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
