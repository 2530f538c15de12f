package eu.consulate.it.browser;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import eu.consulate.devstack.ClassLoaderLeaks;
import eu.consulate.devstack.RunCommand;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonString;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The README's run command in one checkout, started and stopped the ways a user and an
 * operator do (issue 13): first start, stop with Ctrl-C, start, kill -9 of the launcher, start,
 * redeploy of the EAR on the running server. After each, every role's pages (which read through
 * JPA) and endpoints work, the whole journey runs in the browser and over HTTP, and what earlier
 * starts wrote is still there.
 *
 * <p>Runs in its own failsafe execution, without the shared test stack (it needs ports 8080 and
 * 4848 for itself); see ear/pom.xml.
 */
class RunCommandRestartIT {

    private static final RunCommand RUN = new RunCommand(
            Path.of(System.getProperty("consulate.it.work"), "run-command"));

    private final List<String> applicationsFromEarlierStarts = new ArrayList<>();

    @AfterAll
    static void stop() throws Exception {
        RUN.stopEverything();
    }

    @Test
    void everyStartServesEveryRoleHoweverThePreviousOneEnded() throws Exception {
        RUN.start();
        everyRoleAndTheJourneyWork("first start");

        RUN.interrupt();
        assertThat(List.of(8080, 4848, 8180)).as("nothing is left listening after Ctrl-C")
                .noneMatch(RunCommand::listening);
        RUN.start();
        everyRoleAndTheJourneyWork("start after Ctrl-C");

        RUN.kill();
        assertThat(RunCommand.listening(8080)).as("kill -9 of the launcher leaves Payara running").isTrue();
        RUN.start();
        everyRoleAndTheJourneyWork("start after kill -9");

        RUN.redeploy();
        everyRoleAndTheJourneyWork("redeploy on the running server");
        RUN.redeploy();
        nothingOfEarlierDeploymentsIsLeft();
    }

    /**
     * Three deployments on this server: nothing of the two undeployed ones may be strongly
     * reachable (heap dump, paths from GC roots), and one BPMN engine with one job executor runs.
     */
    private static void nothingOfEarlierDeploymentsIsLeft() throws Exception {
        assertThat(ClassLoaderLeaks.in(RUN.payaraPid(), RUN.log().getParent()))
                .as("paths from a GC root to an undeployed application's class loader").isEmpty();
        assertThat(RUN.liveInstances("org.camunda.bpm.engine.impl.ProcessEngineImpl")).isEqualTo(1);
        assertThat(RUN.liveInstances("org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor")).isEqualTo(1);
    }

    private void everyRoleAndTheJourneyWork(String when) {
        String applicant = Tokens.forUser("applicant");
        for (String earlier : applicationsFromEarlierStarts) {
            assertThat(Scenario.details(applicant, earlier).getString("state")).as(when + ": kept " + earlier)
                    .isEqualTo("PERMIT_ISSUED");
        }
        applicationsFromEarlierStarts.add(journeyOverHttp(when, applicant));
        journeyInTheBrowser(when);
        adminAndChairPages(when);
    }

    /** Every role's endpoint, JPQL-backed: admin creates, applicant asks, member and legal decide, a broker pulls. */
    private static String journeyOverHttp(String when, String applicant) {
        HttpResponse<String> committees = Http.get("/api/admin/dacs", Tokens.forUser("admin"));
        assertThat(committees.statusCode()).as(when + ": " + committees.body()).isEqualTo(200);
        assertThat(committees.body()).contains("Demo Genomics DAC");
        Scenario scenario = Scenario.freshCommittee();
        Scenario.Dataset dataset = scenario.dataset("Restart cohort");
        String id = Scenario.submitted(applicant, List.of(dataset));
        assertThat(Http.get("/api/applications?q=" + id, applicant).body()).as(when).contains(id);

        String member = Tokens.forUser("member");
        assertThat(Http.get("/api/applications/tasks?q=" + id, member).body()).as(when).contains(id);
        assertThat(Scenario.review(member, id, "approve", "Sound").statusCode()).as(when).isEqualTo(200);
        String legal = Tokens.forUser("legal");
        assertThat(Http.get("/api/applications/tasks?q=" + id, legal).body()).as(when).contains(id);
        HttpResponse<String> checked = Scenario.legalCheck(legal, id, "pass", "Terms signed");
        assertThat(checked.statusCode()).as(when + ": " + checked.body()).isEqualTo(200);
        assertThat(Json.object(checked.body()).getString("state")).isEqualTo("PERMIT_ISSUED");

        String subject = Tokens.claims(applicant).getString("sub");
        HttpResponse<String> passport = Http.get("/api/permissions/" + subject, Tokens.forDownstreamSystem());
        assertThat(passport.statusCode()).as(when + ": " + passport.body()).isEqualTo(200);
        List<String> visas = Json.object(passport.body()).getJsonArray("ga4gh_passport_v1")
                .getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
        assertThat(visas).as(when + ": a visa for the new permit")
                .anyMatch(visa -> Tokens.claims(visa).getJsonObject("ga4gh_visa_v1").getString("value").equals(dataset.url()));
        return id;
    }

    /** Applicant's form, member's and legal officer's queue and decision, the applicant's permit. */
    private static void journeyInTheBrowser(String when) {
        Scenario scenario = Scenario.freshCommittee();
        String datasetTitle = "Restart browser cohort " + UUID.randomUUID().toString().substring(0, 8);
        scenario.dataset(datasetTitle);
        String title = "Restart journey " + UUID.randomUUID().toString().substring(0, 8);
        ChromeDriver browser = Browser.start();
        try {
            Pages.logIn(browser, "applicant");
            ApplicantPages applicant = new ApplicantPages(browser);
            applicant.openNewRequestForm();
            applicant.fillIn(title, "Linking rare variants to kidney phenotypes in children.", List.of(datasetTitle));
            applicant.submit();
            assertThat(applicant.requestState()).as(when).isEqualTo("Awaiting committee review");
        } finally {
            browser.quit();
        }
        decideInTheBrowser(when, "member", title, "approve", "Awaiting legal check");
        decideInTheBrowser(when, "legal", title, "pass", "Permit issued");
        browser = Browser.start();
        try {
            Pages.logIn(browser, "applicant");
            Pages.open(browser, "/applicant/permits.xhtml");
            assertThat(Pages.waitFor(browser, By.id("permits")).getText()).as(when).contains(datasetTitle);
            assertThat(new ApplicantPages(browser).myRequestTitles()).as(when).contains(title);
        } finally {
            browser.quit();
        }
    }

    private static void decideInTheBrowser(String when, String user, String title, String button, String stateAfter) {
        ChromeDriver browser = Browser.start();
        try {
            Pages.logIn(browser, user);
            CommitteePages committee = new CommitteePages(browser);
            committee.openFromQueue(title);
            committee.decide(button, "Decided after " + when);
            assertThat(committee.requestState()).as(when + ": " + user).isEqualTo(stateAfter);
        } finally {
            browser.quit();
        }
    }

    private static void adminAndChairPages(String when) {
        ChromeDriver browser = Browser.start();
        try {
            Pages.logIn(browser, "admin");
            Pages.open(browser, "/admin/index.xhtml");
            assertThat(Pages.waitFor(browser, By.id("committees")).getText()).as(when).contains("Demo Genomics DAC");
            assertThat(Pages.isShown(browser, By.id("error-title"))).as(when).isFalse();
        } finally {
            browser.quit();
        }
        browser = Browser.start();
        try {
            Pages.logIn(browser, "chair");
            Pages.open(browser, "/committee/index.xhtml");
            Pages.waitFor(browser, By.id("waiting:tasks"));
            assertThat(Pages.isShown(browser, By.id("error-title"))).as(when).isFalse();
        } finally {
            browser.quit();
        }
    }
}
