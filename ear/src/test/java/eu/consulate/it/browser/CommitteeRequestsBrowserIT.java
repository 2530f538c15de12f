package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
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
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** A committee member searches the committee's requests, keeps the filter in the address, and sorts by title. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CommitteeRequestsBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        browser.quit();
    }

    @Test
    void memberSearchesTheCommitteesRequestsAndSortsThemByTitle() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Browser list cohort");
        String tag = "Find-" + UUID.randomUUID().toString().substring(0, 8);
        String applicant = Tokens.forUser("applicant");
        for (String name : List.of("beta", "alpha", "gamma")) {
            assertThat(Scenario.submit(applicant, tag + " " + name, List.of(dataset)).statusCode()).isEqualTo(201);
        }
        Pages.logIn(browser, "member");
        Pages.open(browser, "/committee/index.xhtml");

        Pages.waitFor(browser, By.id("q")).sendKeys(tag);
        browser.findElement(By.id("apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("q=" + tag));
        List<String> newestFirst = titles();

        browser.findElement(By.cssSelector("[id='list:committee-requests'] th.ui-sortable-column")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(b -> titles().equals(List.of(tag + " alpha", tag + " beta", tag + " gamma")));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("after sorting: " + titles() + " at " + browser.getCurrentUrl() + "\n"
                    + browser.findElement(By.id("list:committee-requests")).getAttribute("outerHTML"), e);
        }

        assertThat(newestFirst).containsExactly(tag + " gamma", tag + " alpha", tag + " beta");
        assertThat(browser.getCurrentUrl()).contains("q=" + tag);
    }

    @Test
    void memberFindsADecidedRequestByTitleInTwoClicksAndDecidesSeveralAtOnce() {
        Scenario committee = Scenario.freshCommittee();
        Scenario.Dataset dataset = committee.dataset("Browser bulk cohort");
        String tag = "Bulk-" + UUID.randomUUID().toString().substring(0, 8);
        String applicant = Tokens.forUser("applicant");
        String decided = Scenario.submitted(applicant, tag + " decided", List.of(dataset));
        Scenario.submitted(applicant, tag + " first", List.of(dataset));
        Scenario.submitted(applicant, tag + " second", List.of(dataset));
        assertThat(Scenario.review(Tokens.forUser("chair"), decided, "reject", "Out of scope").statusCode()).isEqualTo(200);
        Pages.logIn(browser, "member");
        Pages.open(browser, "/committee/index.xhtml");

        // click 1: the decided requests; click 2: search by title
        Pages.waitFor(browser, By.id("scope-decided")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("scope=decided"));
        Pages.waitFor(browser, By.id("q")).sendKeys(tag);
        browser.findElement(By.id("apply")).click();
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(b -> b.getCurrentUrl().contains("q=" + tag));
        assertThat(titles()).containsExactly(tag + " decided");
        assertThat(browser.findElement(By.id("list:committee-requests")).getText()).contains("Rejected by the committee");

        // both open ones, selected on the waiting list and approved together
        Pages.open(browser, "/committee/index.xhtml?wq=" + tag);
        new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                .until(b -> waiting().size() == 2);
        String rowHtml = browser.findElement(By.cssSelector("[id='waiting:tasks'] tbody tr")).getAttribute("outerHTML");
        for (WebElement box : browser.findElements(By.cssSelector("[id='waiting:tasks'] tbody .ui-chkbox-box"))) {
            box.click();
        }
        browser.findElement(By.id("waiting:remark")).sendKeys("Within the consent");
        browser.findElement(By.id("waiting:approve-selected")).click();
        try {
            new WebDriverWait(browser, Duration.ofSeconds(30)).ignoring(StaleElementReferenceException.class)
                    .until(b -> b.findElement(By.tagName("body")).getText().contains("2 of 2 requests decided."));
        } catch (org.openqa.selenium.TimeoutException e) {
            throw new AssertionError("after the bulk approval: " + browser.findElement(By.tagName("body")).getText()
                    + "\nrow before: " + rowHtml, e);
        }

        Pages.open(browser, "/committee/index.xhtml?wq=" + tag);
        Pages.waitFor(browser, By.id("waiting:tasks"));
        assertThat(waiting()).isEmpty();
        String reviewed = Http.get("/api/applications/committee?state=REVIEW_APPROVED&q=" + tag, Tokens.forUser("member")).body();
        assertThat(Json.total(reviewed)).isEqualTo(2);
    }

    private List<String> waiting() {
        return browser.findElements(By.className("task-link")).stream().map(WebElement::getText).toList();
    }

    private List<String> titles() {
        return browser.findElements(By.className("committee-request-link")).stream().map(WebElement::getText).toList();
    }
}
