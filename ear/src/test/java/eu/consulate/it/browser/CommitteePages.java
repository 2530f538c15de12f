package eu.consulate.it.browser;

import java.util.List;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** The committee queue and the decision form (reviewers and legal officers). */
final class CommitteePages {

    private final WebDriver browser;

    CommitteePages(WebDriver browser) {
        this.browser = browser;
    }

    /** The titles on the "waiting for you" list, searched for {@code title} (other tests' requests wait too). */
    List<String> queue(String title) {
        Pages.open(browser, "/committee/index.xhtml?wq=" + java.net.URLEncoder.encode(title, java.nio.charset.StandardCharsets.UTF_8));
        Pages.waitFor(browser, By.id("waiting:tasks"));
        return browser.findElements(By.className("task-link")).stream().map(WebElement::getText).toList();
    }

    void openFromQueue(String title) {
        queue(title);
        browser.findElement(By.linkText(title)).click();
        Pages.waitFor(browser, By.id("request-title"));
    }

    void decide(String button, String comment) {
        browser.findElement(By.id("decision:comment")).sendKeys(comment);
        browser.findElement(By.id("decision:" + button)).click();
        Pages.waitFor(browser, By.id("request-state"));
    }

    String requestState() {
        return Pages.waitFor(browser, By.id("request-state")).getText();
    }

    boolean decisionFormShown() {
        return Pages.isShown(browser, By.id("decision"));
    }

    String pageText() {
        return browser.findElement(By.tagName("body")).getText();
    }
}
