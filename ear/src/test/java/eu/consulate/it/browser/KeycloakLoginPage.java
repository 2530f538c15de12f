package eu.consulate.it.browser;

import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Keycloak's login form. Demo passwords equal usernames. */
final class KeycloakLoginPage {

    private final WebDriver browser;

    KeycloakLoginPage(WebDriver browser) {
        this.browser = browser;
        new WebDriverWait(browser, Duration.ofSeconds(30)).until(ExpectedConditions.presenceOfElementLocated(By.id("username")));
    }

    void logInAs(String username) {
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(username);
        browser.findElement(By.id("kc-login")).click();
    }
}
