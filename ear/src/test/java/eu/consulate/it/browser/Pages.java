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

    static boolean isShown(WebDriver browser, By locator) {
        return !browser.findElements(locator).isEmpty();
    }
}
