package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import eu.consulate.it.support.Deployments;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/** Each demo user logs in through Keycloak's page and sees only the areas of their role. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RoleAreasBrowserIT {

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

    @ParameterizedTest(name = "{0} sees applicant={1} committee={2} admin={3}")
    @CsvSource({
            "applicant, true,  false, false",
            "member,    false, true,  false",
            "chair,     false, true,  false",
            "legal,     false, true,  false",
            "admin,     false, false, true"})
    void demoUserSeesTheAreasOfTheirRole(String user, boolean applicant, boolean committee, boolean admin) {
        Pages.logIn(browser, user);

        assertThat(browser.findElement(By.id("welcome-name")).getText()).isEqualTo(user);
        assertThat(Pages.isShown(browser, By.id("card-applicant"))).isEqualTo(applicant);
        assertThat(Pages.isShown(browser, By.id("card-committee"))).isEqualTo(committee);
        assertThat(Pages.isShown(browser, By.id("card-admin"))).isEqualTo(admin);
    }

    @Test
    void anotherRolesAreaShowsTheAccessDeniedPage() {
        Pages.logIn(browser, "applicant");

        Pages.open(browser, "/admin/index.xhtml");

        assertThat(Pages.waitFor(browser, By.id("error-title")).getText()).isEqualTo("Access denied");
        assertThat(browser.getPageSource()).doesNotContain("Exception");
    }

    @Test
    void unknownRequestShowsTheNotFoundPage() {
        Pages.logIn(browser, "applicant");

        Pages.open(browser, "/applicant/request.xhtml?id=no-such-request");

        assertThat(Pages.waitFor(browser, By.id("error-title")).getText()).isEqualTo("Not found");
    }

    @Test
    void errorPageGivesAReferenceAndNoStackTrace() {
        Pages.open(browser, "/error/500.xhtml");

        assertThat(Pages.waitFor(browser, By.id("error-reference")).getText()).matches("[0-9a-f]{8}");
        assertThat(browser.getPageSource()).doesNotContain("Exception").doesNotContain("at eu.consulate");
    }

    @Test
    void logoutEndsTheSessionHereAndAtKeycloak() {
        Pages.logIn(browser, "member");

        browser.findElement(By.id("logout")).click();
        Pages.waitFor(browser, By.id("goodbye"));
        Pages.open(browser, "/");

        assertThat(browser.getCurrentUrl()).contains("/realms/consulate/protocol/openid-connect/auth");
        new KeycloakLoginPage(browser); // the login form again: no silent single sign-on
    }
}
