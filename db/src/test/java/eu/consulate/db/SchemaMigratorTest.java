package eu.consulate.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import static eu.consulate.db.TestDatabases.count;
import static eu.consulate.db.TestDatabases.freshH2;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** The migrations on the embedded default database (H2); MariaDB is covered by the integration tests. */
class SchemaMigratorTest {

    @Test
    void migrationsCreateTheSchemaOnH2() throws SQLException {
        JdbcDataSource ds = freshH2();

        new SchemaMigrator(ds, false).migrate();

        assertThat(count(ds, "select count(*) from application_event")).isZero();
        assertThat(count(ds, "select count(*) from dac")).isZero();
    }

    @Test
    void demoDataSeedsOneCommitteeAndThreeDatasetsOnce() throws SQLException {
        JdbcDataSource ds = freshH2();

        new SchemaMigrator(ds, true).migrate();
        new SchemaMigrator(ds, true).migrate();

        assertThat(count(ds, "select count(*) from dac")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from dataset")).isEqualTo(3);
        assertThat(count(ds, "select count(*) from dac_member")).isEqualTo(2);
    }

    @Test
    void secondStartAppliesNothing() {
        JdbcDataSource ds = freshH2();
        new SchemaMigrator(ds, false).migrate();

        assertThat(new SchemaMigrator(ds, false).migrate().migrationsExecuted).isZero();
    }

    @Test
    void eventSequenceIsUniquePerApplication() throws SQLException {
        JdbcDataSource ds = freshH2();
        new SchemaMigrator(ds, false).migrate();
        String insert = "insert into application_event (id, application_id, seq, event_type, actor, occurred_at, payload) "
                + "values ('%s', 'app-1', 1, 'created', 'ada', 0, '{}')";
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute(insert.formatted(UUID.randomUUID()));
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> c.createStatement().execute(insert.formatted(UUID.randomUUID())))
                    .isInstanceOf(SQLException.class);
        }
    }

    /** The created event of the longest valid request, escaped, needs up to ~9,600 characters. */
    @Test
    void eventPayloadHoldsTwelveThousandCharactersButNotMore() throws SQLException {
        JdbcDataSource ds = freshH2();
        new SchemaMigrator(ds, false).migrate();
        String insert = "insert into application_event (id, application_id, seq, event_type, actor, occurred_at, payload) "
                + "values (?, ?, 1, 'created', 'ada', 0, ?)";
        try (Connection c = ds.getConnection(); var statement = c.prepareStatement(insert)) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, "app-long");
            statement.setString(3, "x".repeat(WiderEventPayload.LENGTH));
            statement.executeUpdate();
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, "app-too-long");
            statement.setString(3, "x".repeat(WiderEventPayload.LENGTH + 1));
            org.assertj.core.api.Assertions.assertThatThrownBy(statement::executeUpdate).isInstanceOf(SQLException.class);
        }
    }
}
