package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;

import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Issue 8 in a real browser: the applicant attaches a file on their request's page (an infected
 * one is refused at the field); a member downloads it and sees the download logged, and adds a
 * committee-only note the applicant never sees.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AttachmentsBrowserIT {

    private static final String EICAR = "X5O!P%@AP[4\\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @TempDir
    Path files;

    private ChromeDriver browser;

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private void as(String user, String requestPage, String id) {
        if (browser != null) {
            browser.quit();
        }
        browser = Browser.start();
        Pages.logIn(browser, user);
        Pages.open(browser, requestPage + "?id=" + id);
        Pages.waitFor(browser, By.id("request-title"));
    }

    private void attach(Path file) {
        WebElement input = browser.findElement(By.cssSelector("form[id='attachments'] input[type='file']"));
        input.sendKeys(file.toString());
        browser.findElement(By.id("attachments:attach")).click();
    }

    private List<String> fileNames() {
        return browser.findElements(By.className("attachment-name")).stream().map(WebElement::getText).toList();
    }

    @Test
    void theApplicantAttachesTheCommitteeDownloadsAndKeepsItsOwnNotes() throws Exception {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        Scenario committee = Scenario.freshCommittee();
        String id = Scenario.submitted(Tokens.forUser("applicant"), List.of(committee.dataset("Files in the browser " + tag)));
        Path consent = Files.write(files.resolve("consent form " + tag + ".pdf"),
                "%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1));
        Path infected = Files.writeString(files.resolve("harmless.txt"), EICAR, StandardCharsets.US_ASCII);
        Path notes = Files.writeString(files.resolve("reviewer notes " + tag + ".txt"), "Check the consent's date.");

        as("applicant", "/applicant/request.xhtml", id);
        assertThat(browser.findElement(By.id("attachment-list")).getText()).contains("No files attached.");
        attach(infected);
        assertThat(Pages.waitFor(browser, By.cssSelector("form[id='attachments'] .ui-message-error")).getText())
                .contains("The malware scan found the file infected; it was not attached.");
        assertThat(fileNames()).isEmpty();
        attach(consent);
        Pages.waitFor(browser, By.xpath("//a[contains(@class,'attachment-name')][text()='" + consent.getFileName() + "']"));
        assertThat(browser.findElement(By.className("attachment-type")).getText()).isEqualTo("application/pdf");
        assertThat(browser.findElement(By.className("attachment-scan")).getText()).isEqualTo("clean");
        assertThat(Pages.isShown(browser, By.id("attachments:committee-only"))).isFalse();

        as("member", "/committee/request.xhtml", id);
        assertThat(fileNames()).containsExactly(consent.getFileName().toString());
        browser.findElement(By.className("attachment-name")).click();  // the download, logged
        // the download runs beside the page: ask who downloaded until the log shows it
        new org.openqa.selenium.support.ui.WebDriverWait(browser, java.time.Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> {
                    if (d.findElements(By.className("attachment-download")).isEmpty()) {
                        d.findElement(By.cssSelector("button[id$='show-downloads']")).click();
                        return null;
                    }
                    return true;
                });
        assertThat(browser.findElement(By.className("attachment-download")).getText()).endsWith("UTC");
        assertThat(browser.findElements(By.className("attachment-download"))).hasSize(1);

        browser.findElement(By.cssSelector("[id='attachments:committee-only'] .ui-chkbox-box")).click();
        attach(notes);
        Pages.waitFor(browser, By.xpath("//a[contains(@class,'attachment-name')][text()='" + notes.getFileName() + "']"));
        assertThat(browser.findElements(By.className("attachment-committee-only"))).hasSize(1);

        as("applicant", "/applicant/request.xhtml", id);
        assertThat(fileNames()).containsExactly(consent.getFileName().toString());
        assertThat(browser.getPageSource()).doesNotContain("reviewer notes");

        // the applicant removes the file they attached; the history keeps its name
        browser.findElement(By.cssSelector("button[id$=':remove']")).click();
        Pages.waitFor(browser, By.cssSelector(".ui-messages-info"));
        assertThat(fileNames()).isEmpty();
        assertThat(browser.findElement(By.id("attachment-list")).getText()).contains("No files attached.");
    }
}
