package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;

import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Response headers that protect browsers (issue 11, item 4): pages may not be framed and run
 * only scripts with the response's nonce; API answers run nothing; no response names the server
 * or its version. The browser logs in through Keycloak; the page is then read over HTTP with the
 * browser's session cookie, because a browser does not show response headers.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class BrowserProtectionsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void committeePageForbidsFramingAndScriptsWithoutItsNonce() {
        HttpResponse<String> page = readWithTheSessionOf("member", "/committee/index.xhtml");

        assertThat(page.statusCode()).isEqualTo(200);
        String policy = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(policy).contains("frame-ancestors 'none'").containsPattern("script-src 'self' 'nonce-[A-Za-z0-9+/=]+'");
        String nonce = policy.replaceAll(".*'nonce-([^']+)'.*", "$1");
        assertThat(page.body()).contains("nonce=\"" + nonce + "\"");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.headers().firstValue("Referrer-Policy")).hasValue("no-referrer");
        assertNoBanner(page);
    }

    @Test
    void sessionCookieIsHttpOnlyAndSameSiteAndChangesAtLogin() {
        HttpResponse<String> anonymous = Http.get("/", null); // starts the login: a session holds its state
        String setCookie = anonymous.headers().allValues("Set-Cookie").stream()
                .filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
        assertThat(setCookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");

        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            Pages.open(browser, "/");
            new KeycloakLoginPage(browser); // on Keycloak's form now: our session exists
            String before = browser.manage().getCookieNamed("JSESSIONID") == null ? null
                    : browser.manage().getCookieNamed("JSESSIONID").getValue();
            Pages.logIn(browser, "member");
            String after = browser.manage().getCookieNamed("JSESSIONID").getValue();

            assertThat(before).as("session before login").isNotNull();
            assertThat(after).isNotEqualTo(before);
        } finally {
            browser.quit();
        }
    }

    /** A link (or an image) pointing at /logout on another page must not end the session. */
    @Test
    void visitingTheLogoutAddressDoesNotLogOut() {
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            Pages.logIn(browser, "member");
            HttpResponse<String> get = Http.send(java.net.http.HttpRequest.newBuilder(
                            java.net.URI.create(TestStack.APP_URL + "/logout"))
                    .header("Cookie", "JSESSIONID=" + browser.manage().getCookieNamed("JSESSIONID").getValue())
                    .GET().build());

            Pages.open(browser, "/");

            assertThat(get.statusCode()).isEqualTo(405);
            assertThat(Pages.waitFor(browser, org.openqa.selenium.By.id("welcome-name")).getText()).isEqualTo("member");
        } finally {
            browser.quit();
        }
    }

    @Test
    void apiAnswersRunNothingInABrowserAndNameNoServer() {
        HttpResponse<String> keys = Http.get("/api/jwk", null);
        HttpResponse<String> refused = Http.get("/api/admin/dacs", null);

        for (HttpResponse<String> response : java.util.List.of(keys, refused)) {
            assertThat(response.headers().firstValue("Content-Security-Policy"))
                    .hasValueSatisfying(policy -> assertThat(policy).contains("default-src 'none'")
                            .contains("frame-ancestors 'none'"));
            assertThat(response.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
            assertNoBanner(response);
        }
    }

    @Test
    void healthNamesNoInternals() {
        HttpResponse<String> health = Http.get("/health/ready", null);

        assertNoBanner(health);
        assertThat(health.body()).doesNotContain("Exception").doesNotContain("jdbc:");
    }

    private static HttpResponse<String> readWithTheSessionOf(String user, String path) {
        org.openqa.selenium.chrome.ChromeDriver browser = Browser.start();
        try {
            Pages.logIn(browser, user);
            String session = browser.manage().getCookieNamed("JSESSIONID").getValue();
            return Http.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(TestStack.APP_URL + path))
                    .header("Cookie", "JSESSIONID=" + session).GET().build());
        } finally {
            browser.quit();
        }
    }

    private static void assertNoBanner(HttpResponse<String> response) {
        assertThat(response.headers().firstValue("Server")).as("Server header").isEmpty();
        assertThat(response.headers().firstValue("X-Powered-By")).as("X-Powered-By header").isEmpty();
    }
}
