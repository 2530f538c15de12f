package eu.consulate.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.devstack.TestStack;
import eu.consulate.it.support.Deployments;
import eu.consulate.it.support.Http;
import eu.consulate.it.support.Json;
import eu.consulate.it.support.Scenario;
import eu.consulate.it.support.Tokens;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A permit's life on the real engine (issue 10): issuing a permit starts its {@code permit-life}
 * process with a timer at the permit's end; an extension over HTTP sets the timer to the new end;
 * a revocation ends the process without expiry. (The timer firing is covered by
 * PermitLifeProcessTest with a moved engine clock; the server's clock cannot be moved here.)
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PermitLifeIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.ear();
    }

    @Test
    void theTimerFollowsThePermitsEndAndARevocationEndsItsLife() throws Exception {
        JsonObject permit = Scenario.issuedPermit(Tokens.forUser("applicant"),
                List.of(Scenario.freshCommittee().dataset("Timed data")));
        String id = permit.getString("id");
        Instant end = Instant.parse(permit.getString("validUntil"));

        assertTimerAt(id, end);

        LocalDate lastDay = LocalDate.parse(permit.getString("validUntil").substring(0, 10)).plusMonths(6);
        HttpResponse<String> extended = Http.postJson("/api/permits/" + id + "/extension", Tokens.forUser("chair"),
                "{\"validUntil\":\"" + lastDay + "\",\"reason\":\"Six more months.\"}");
        assertThat(extended.statusCode()).as(extended.body()).isEqualTo(200);
        Instant newEnd = Instant.parse(Json.object(extended.body()).getString("validUntil"));
        assertTimerAt(id, newEnd);

        HttpResponse<String> revoked = Http.postJson("/api/permits/" + id + "/revocation", Tokens.forUser("chair"),
                "{\"reason\":\"Project ended early.\"}");
        assertThat(revoked.statusCode()).as(revoked.body()).isEqualTo(200);
        assertThat(timersOf(id)).isEmpty();
        assertThat(runningLives(id)).isZero();
        assertThat(endActivityOf(id)).isEqualTo("revoked");
    }

    /**
     * Two timers: at the permit's end, and the warning 30 days before it (the engine's table keeps
     * whole seconds on MariaDB).
     */
    private static void assertTimerAt(String permitId, Instant end) throws SQLException {
        assertThat(timersOf(permitId, "permitEnds")).singleElement().satisfies(due -> assertThat(
                java.time.Duration.between(due, end).abs()).isLessThan(java.time.Duration.ofSeconds(1)));
        Instant warning = end.minus(java.time.Duration.ofDays(30));
        assertThat(timersOf(permitId, "endComesSoon")).singleElement().satisfies(due -> assertThat(
                java.time.Duration.between(due, warning).abs()).isLessThan(java.time.Duration.ofSeconds(1)));
    }

    private static List<Instant> timersOf(String permitId) throws SQLException {
        return timersOf(permitId, null);
    }

    private static Connection db() throws SQLException {
        var db = TestStack.database();
        return DriverManager.getConnection(db.url(), db.user(), db.password());
    }

    /** The due dates of the timers of the permit's life. */
    private static List<Instant> timersOf(String permitId, String activity) throws SQLException {
        try (Connection connection = db();
                var select = connection.prepareStatement("SELECT j.DUEDATE_ FROM ACT_RU_JOB j "
                        + "JOIN ACT_RU_EXECUTION e ON e.ID_ = j.PROCESS_INSTANCE_ID_ "
                        + "WHERE e.BUSINESS_KEY_ = ? AND j.TYPE_ = 'timer'"
                        + (activity == null ? "" : " AND j.JOB_DEF_ID_ IN (SELECT d.ID_ FROM ACT_RU_JOBDEF d WHERE d.ACT_ID_ = ?)"))) {
            select.setString(1, permitId);
            if (activity != null) {
                select.setString(2, activity);
            }
            List<Instant> due = new ArrayList<>();
            try (var rows = select.executeQuery()) {
                while (rows.next()) {
                    due.add(rows.getTimestamp(1).toInstant());
                }
            }
            return due;
        }
    }

    private static int runningLives(String permitId) throws SQLException {
        try (Connection connection = db();
                var select = connection.prepareStatement("SELECT COUNT(*) FROM ACT_RU_EXECUTION WHERE BUSINESS_KEY_ = ?")) {
            select.setString(1, permitId);
            try (var rows = select.executeQuery()) {
                rows.next();
                return rows.getInt(1);
            }
        }
    }

    private static String endActivityOf(String permitId) throws SQLException {
        try (Connection connection = db();
                var select = connection.prepareStatement("SELECT p.END_ACT_ID_ FROM ACT_HI_PROCINST p "
                        + "WHERE p.BUSINESS_KEY_ = ? AND p.PROC_DEF_KEY_ = 'permit-life'")) {
            select.setString(1, permitId);
            try (var rows = select.executeQuery()) {
                assertThat(rows.next()).isTrue();
                return rows.getString(1);
            }
        }
    }
}
