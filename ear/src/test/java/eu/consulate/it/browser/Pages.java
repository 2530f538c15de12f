package eu.consulate.it.browser;

import java.time.Duration;

import eu.consulate.devstack.TestStack;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Navigation and waiting shared by the page objects. */
final class Pages {

    private Pages() {
    }

    static void open(WebDriver browser, String path) {
        browser.get(TestStack.APP_URL + path);
    }

    /** Opens the home page and logs in through Keycloak; returns when the home page shows the user. */
    static void logIn(WebDriver browser, String username) {
        open(browser, "/");
        new KeycloakLoginPage(browser).logInAs(username);
        waitFor(browser, By.id("welcome-name"));
    }

    static WebElement waitFor(WebDriver browser, By locator) {
        return new WebDriverWait(browser, Duration.ofSeconds(30))
                .until(ExpectedConditions.visibilityOfElementLocated(locator));
    }

    /** Waits until the element's text is {@code expected} (after an action that reloads the page). */
    static void waitForText(WebDriver browser, By locator, String expected) {
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(driver -> {
            try {
                return ExpectedConditions.textToBePresentInElementLocated(locator, expected).apply(driver);
            } catch (org.openqa.selenium.WebDriverException e) {
                // the page was replaced between finding the element and reading it (Chromium 156
                // says "Node with given id does not belong to the document" instead of a stale
                // element): look again at the next poll; anything else is a failure
                if (e instanceof org.openqa.selenium.StaleElementReferenceException
                        || String.valueOf(e.getMessage()).contains("does not belong to the document")) {
                    return false;
                }
                throw e;
            }
        });
    }

    static boolean isShown(WebDriver browser, By locator) {
        return !browser.findElements(locator).isEmpty();
    }
}
