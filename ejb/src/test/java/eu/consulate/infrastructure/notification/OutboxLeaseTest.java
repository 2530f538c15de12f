package eu.consulate.infrastructure.notification;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import eu.consulate.infrastructure.visa.H2;
import org.junit.jupiter.api.Test;

/**
 * The outbox's SQL against the real schema (H2): one worker holds a row at a time, a worker that
 * died mid-send loses its row to another once its lease ran out (sent again: nothing lost), and
 * the dead worker's late answer changes nothing.
 */
class OutboxLeaseTest {

    private static final long NOW = 1_800_000_000_000L;
    private final DataSource db = H2.migrated();

    private void add(String id) throws SQLException {
        update(OutboxSql.INSERT, id, "mail", "permit-issued", "ada@example.org", null, "app-1",
                "{\"subject\":\"s\",\"text\":\"t\"}", NOW, NOW);
    }

    private int update(String sql, Object... parameters) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            return s.executeUpdate();
        }
    }

    private List<String> due(long now) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(OutboxSql.DUE)) {
            s.setLong(1, now);
            s.setLong(2, now);
            List<String> ids = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    ids.add(r.getString(1));
                }
            }
            return ids;
        }
    }

    private String status(String id) throws SQLException {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(
                "SELECT status || '/' || attempts FROM outbox WHERE id = ?")) {
            s.setString(1, id);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getString(1);
            }
        }
    }

    @Test
    void twoWorkersLeasingTheSameRowAtOnceOnlyOneGetsIt() throws Exception {
        add("row-1");
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService workers = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> leases = new ArrayList<>();
            for (String worker : List.of("node-a", "node-b")) {
                leases.add(workers.submit(() -> {
                    together.await();
                    return update(OutboxSql.LEASE, worker, NOW + 60_000, "row-1", NOW);
                }));
            }
            assertThat(leases.get(0).get() + leases.get(1).get()).isEqualTo(1);
        } finally {
            workers.shutdownNow();
        }
        assertThat(due(NOW)).as("a held row is not due").isEmpty();
    }

    @Test
    void aWorkerThatDiesMidSendLosesTheRowToAnotherAndItsLateAnswerChangesNothing() throws Exception {
        add("row-2");
        assertThat(update(OutboxSql.LEASE, "node-a", NOW + 60_000, "row-2", NOW)).isEqualTo(1);
        // node-a dies while sending; before its lease ends nobody else may take the row
        assertThat(update(OutboxSql.LEASE, "node-b", NOW + 30_000 + 60_000, "row-2", NOW + 30_000)).isZero();

        long later = NOW + 61_000;
        assertThat(due(later)).containsExactly("row-2");
        assertThat(update(OutboxSql.LEASE, "node-b", later + 60_000, "row-2", later)).isEqualTo(1);
        assertThat(update(OutboxSql.SENT, later + 1_000, "row-2", "node-b")).isEqualTo(1);
        assertThat(status("row-2")).isEqualTo("SENT/1");

        // node-a comes back and reports: neither its success nor its failure changes the row
        assertThat(update(OutboxSql.SENT, later + 2_000, "row-2", "node-a")).isZero();
        assertThat(update(OutboxSql.FAILED, "PENDING", "timeout", later + 10_000, "row-2", "node-a")).isZero();
        assertThat(status("row-2")).isEqualTo("SENT/1");
        assertThat(due(later + 100_000)).isEmpty();
    }

    @Test
    void aFailedRowWaitsForItsBackOffThenDiesAndAnAdministratorSendsItAgain() throws Exception {
        add("row-3");
        update(OutboxSql.LEASE, "node-a", NOW + 60_000, "row-3", NOW);
        update(OutboxSql.FAILED, "PENDING", "HTTP 500", NOW + 10_000, "row-3", "node-a");
        assertThat(due(NOW + 5_000)).isEmpty();
        assertThat(due(NOW + 10_000)).containsExactly("row-3");

        update(OutboxSql.LEASE, "node-a", NOW + 70_000, "row-3", NOW + 10_000);
        update(OutboxSql.FAILED, "DEAD", "HTTP 500", NOW + 30_000, "row-3", "node-a");
        assertThat(status("row-3")).isEqualTo("DEAD/2");
        assertThat(due(NOW + 1_000_000)).isEmpty();

        assertThat(update(OutboxSql.RETRY, NOW + 40_000, "row-3")).isEqualTo(1);
        assertThat(status("row-3")).isEqualTo("PENDING/0");
        assertThat(due(NOW + 40_000)).containsExactly("row-3");
        assertThat(update(OutboxSql.RETRY, NOW + 40_000, "row-3")).as("only a dead row").isZero();
    }

    @Test
    void backOffDoublesFromItsBaseUpToAnHour() {
        java.time.Duration base = java.time.Duration.ofSeconds(10);
        assertThat(OutboxStore.backoff(base, 1)).hasSeconds(10);
        assertThat(OutboxStore.backoff(base, 2)).hasSeconds(20);
        assertThat(OutboxStore.backoff(base, 4)).hasSeconds(80);
        assertThat(OutboxStore.backoff(base, 30)).hasHours(1);
    }
}
