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
    void demoDataSeedsTwoCommitteesTheirSeatsAndDatasetsOnce() throws SQLException {
        JdbcDataSource ds = freshH2();

        new SchemaMigrator(ds, true).migrate();
        new SchemaMigrator(ds, true).migrate();

        assertThat(count(ds, "select count(*) from dac")).isEqualTo(2);
        assertThat(count(ds, "select count(*) from dataset")).isEqualTo(6);
        assertThat(count(ds, "select count(*) from dataset_keyword")).isEqualTo(20);
        assertThat(count(ds, "select count(*) from dataset_country")).isEqualTo(15);
        assertThat(count(ds, "select count(distinct use_permission) from dataset")).isEqualTo(4);
        assertThat(count(ds, "select count(*) from dac_seat")).isEqualTo(8);
        assertThat(count(ds, "select count(*) from dac_process")).isEqualTo(4);
        assertThat(count(ds, "select count(*) from terms_version")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from dataset where terms_version_id is not null")).isEqualTo(2);
        assertThat(count(ds, "select count(*) from person")).isEqualTo(SchemaMigrator.demoSubjects().size());
        assertThat(count(ds, "select count(*) from dac_seat s join person p on p.subject = s.subject"
                + " where p.username = 'legal' and s.member_role = 'LEGAL_OFFICER'")).isEqualTo(1);
    }

    /** Rows written before migration 4 named usernames; they now name subjects, or nobody's. */
    @Test
    void usernamesBecomeSubjectsAndUnknownOnesNobodysSubject() throws SQLException {
        JdbcDataSource ds = freshH2();
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration")
                .javaMigrations(new BpmnEngineSchema(), new WiderEventPayload()).target("3").load().migrate();
        try (Connection c = ds.getConnection(); var s = c.createStatement()) {
            s.execute("insert into dac (id, name, source_url) values ('d1', 'D', 'https://x.example/d1')");
            s.execute("insert into dac_member (dac_id, username, member_role) values ('d1', 'mia', 'MEMBER')");
            s.execute("insert into dac_member (dac_id, username, member_role) values ('d1', 'gone', 'CHAIR')");
            s.execute("insert into application_event (id, application_id, seq, event_type, actor, occurred_at, payload)"
                    + " values ('e1', 'a1', 1, 'created', 'ada', 0, '{}'), ('e2', 'a1', 2, 'permit-issued', 'system', 0, '{}')");
            s.execute("insert into application_summary (application_id, applicant, dac_id, title, state, version,"
                    + " created_at, updated_at) values ('a1', 'ada', 'd1', 'T', 'SUBMITTED', 1, 0, 0)");
        }

        new SchemaMigrator(ds, false, java.util.Map.of("ada", "sub-ada", "mia", "sub-mia")).migrate();

        assertThat(count(ds, "select count(*) from dac_seat where subject = 'sub-mia' and member_role = 'MEMBER'")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from dac_seat where subject = 'unmapped:gone'")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from application_event where actor = 'sub-ada'")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from application_event where actor = 'system'")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from application_summary where applicant = 'sub-ada'"
                + " and applicant_name = 'ada'")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from person where subject = 'sub-ada' and username = 'ada'")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from person where username = 'gone'")).isZero();
    }

    /** A committee's terms URL of issue 10 becomes its terms version 1, and acceptances of it name that version. */
    @Test
    void aTermsUrlBecomesVersionOneAndItsAcceptancesNameIt() throws SQLException {
        JdbcDataSource old = freshH2();
        org.flywaydb.core.Flyway.configure().dataSource(old).locations("classpath:db/migration")
                .javaMigrations(new BpmnEngineSchema(), new WiderEventPayload(), new IdentityBySubject(java.util.Map.of(), true),
                        new DescendingListIndexes(), new SealedSigningKeys(), new VisaVersions(), new UnboundedEventPayload())
                .target("21").load().migrate();
        try (Connection c = old.getConnection(); var s = c.createStatement()) {
            s.execute("insert into dac (id, name, source_url, terms_url) values ('d1', 'D', 'https://x.example/d1',"
                    + " 'https://x.example/terms')");
            s.execute("insert into dac (id, name, source_url) values ('d2', 'E', 'https://x.example/d2')");
            s.execute("insert into terms_visa (id, holder_subject, person_subject, dac_id, terms_url, jwt, kid,"
                    + " accepted_at, expires_at) values ('v1', 'h', 'p', 'd1', 'https://x.example/terms', 'j', 'k', 1, 2)");
        }

        new SchemaMigrator(old, false).migrate();

        assertThat(count(old, "select count(*) from terms_version where dac_id = 'd1' and version = '1'"
                + " and url = 'https://x.example/terms'")).isEqualTo(1);
        assertThat(count(old, "select count(*) from dac d join terms_version v on v.id = d.terms_version_id"
                + " where d.id = 'd1'")).isEqualTo(1);
        assertThat(count(old, "select count(*) from dac where id = 'd2' and terms_version_id is null")).isEqualTo(1);
        assertThat(count(old, "select count(*) from terms_visa t join terms_version v on v.id = t.terms_version_id"
                + " where t.id = 'v1'")).isEqualTo(1);
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
    void eventPayloadHoldsTextOfAnyPracticalLength() throws SQLException {
        JdbcDataSource ds = freshH2();
        new SchemaMigrator(ds, false).migrate();
        String insert = "insert into application_event (id, application_id, seq, event_type, actor, occurred_at, payload) "
                + "values (?, ?, 1, 'created', 'ada', 0, ?)";
        try (Connection c = ds.getConnection(); var statement = c.prepareStatement(insert)) {
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, "app-long");
            statement.setString(3, "x".repeat(WiderEventPayload.LENGTH + 1));
            statement.executeUpdate();
            statement.setString(1, UUID.randomUUID().toString());
            statement.setString(2, "app-very-long");
            statement.setString(3, "x".repeat(500_000));
            statement.executeUpdate();
        }
    }
}
