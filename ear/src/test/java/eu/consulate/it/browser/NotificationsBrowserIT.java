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
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 9 in the browser: the header counts a member's unread notifications; opening one leads to
 * the request and the count goes down; the member turns an optional kind off.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class NotificationsBrowserIT {

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
    void aMemberSeesTheUnreadCountOpensTheNewRequestAndTurnsReminderMailsOff() {
        String member = Tokens.forUser("member");
        Http.postJson("/api/notifications/read-all", member, "{}");
        Scenario committee = Scenario.freshCommittee();
        String title = "Badge " + UUID.randomUUID();
        String id = Scenario.submitted(Tokens.forUser("applicant"), title, List.of(committee.dataset("Badged cohort")));

        browser = Browser.start();
        Pages.logIn(browser, "member");
        int unread = Integer.parseInt(Pages.waitFor(browser, By.id("unread-count")).getText());
        assertThat(unread).isPositive();
        browser.findElement(By.id("nav-notifications")).click();
        Pages.waitForText(browser, By.id("unread-total"), unread + " unread");
        browser.findElement(By.xpath("//a[contains(@class,'notification-unread') and contains(., '" + title + "')]")).click();
        Pages.waitForText(browser, By.tagName("h1"), title);
        assertThat(browser.getCurrentUrl()).endsWith("/committee/request.xhtml?id=" + id);
        if (unread == 1) {
            assertThat(Pages.isShown(browser, By.id("unread-count"))).as("nothing unread any more").isFalse();
        } else {
            assertThat(browser.findElement(By.id("unread-count")).getText()).isEqualTo(Integer.toString(unread - 1));
        }

        Pages.open(browser, "/notifications.xhtml");
        Pages.waitFor(browser, By.id("settings:optional"));
        List<org.openqa.selenium.WebElement> labels = browser.findElements(By.cssSelector("#settings\\:optional label"));
        List<org.openqa.selenium.WebElement> boxes = browser.findElements(By.cssSelector("#settings\\:optional .ui-chkbox-box"));
        for (int i = 0; i < labels.size(); i++) {
            if (labels.get(i).getText().equals("reminder")) {
                boxes.get(i).click();
            }
        }
        browser.findElement(By.id("settings:save-settings")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30)).until(
                b -> Http.get("/api/notifications/settings", member).body().contains("\"reminder\":false"));
        Http.sendBody("PUT", "/api/notifications/settings", member, "application/json", "{\"optional\":{\"reminder\":true}}");
    }
}
