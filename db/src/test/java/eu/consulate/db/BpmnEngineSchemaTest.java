package eu.consulate.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.StandaloneProcessEngineConfiguration;
import static eu.consulate.db.TestDatabases.count;
import static eu.consulate.db.TestDatabases.freshH2;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

/** Flyway, not the engine, creates the BPMN engine's tables; the engine accepts them as they are. */
class BpmnEngineSchemaTest {

    @Test
    void migrationCreatesTheEngineTables() throws SQLException {
        JdbcDataSource ds = freshH2();

        new SchemaMigrator(ds, false).migrate();

        assertThat(count(ds, "select count(*) from ACT_GE_PROPERTY where NAME_ = 'schema.version'")).isEqualTo(1);
        assertThat(count(ds, "select count(*) from ACT_RU_TASK")).isZero();
        assertThat(count(ds, "select count(*) from ACT_HI_PROCINST")).isZero();
        assertThat(count(ds, "select count(*) from ACT_ID_USER")).isZero();
        assertThat(count(ds, "select count(*) from ACT_RE_DECISION_DEF")).isZero();
    }

    @Test
    void engineStartsOnTheMigratedSchemaWithoutChangingIt() throws SQLException {
        JdbcDataSource ds = freshH2();
        new SchemaMigrator(ds, false).migrate();
        int tablesBefore = count(ds, "select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_NAME like 'ACT_%'");

        StandaloneProcessEngineConfiguration configuration = new StandaloneProcessEngineConfiguration();
        configuration.setDataSource(ds);
        configuration.setDatabaseSchemaUpdate("false");
        configuration.setHistory("full");
        configuration.setJobExecutorActivate(false);
        configuration.setProcessEngineName("schema-check-" + UUID.randomUUID());
        ProcessEngine engine = configuration.buildProcessEngine();
        try {
            assertThat(engine.getRepositoryService().createProcessDefinitionQuery().count()).isZero();
        } finally {
            engine.close();
        }

        assertThat(count(ds, "select count(*) from INFORMATION_SCHEMA.TABLES where TABLE_NAME like 'ACT_%'"))
                .isEqualTo(tablesBefore);
    }

    @Test
    void tablesAnEarlierEngineCreatedAreAdopted() throws SQLException {
        JdbcDataSource ds = freshH2();
        // what an earlier build left: our version 1, and the tables its engine created itself
        org.flywaydb.core.Flyway.configure().dataSource(ds).locations("classpath:db/migration").target("1").load().migrate();
        try (Connection c = ds.getConnection()) {
            c.createStatement().execute("create table ACT_GE_PROPERTY (NAME_ varchar(64) primary key, VALUE_ varchar(300), REV_ integer)");
        }

        new SchemaMigrator(ds, false).migrate();

        assertThat(count(ds, "select count(*) from ACT_GE_PROPERTY")).isZero();
        assertThat(count(ds, "select count(*) from \"flyway_schema_history\" where \"version\" = '2'")).isEqualTo(1);
    }

    @Test
    void scriptsAreSplitIntoStatementsWithoutComments() {
        assertThat(BpmnEngineSchema.statements("-- header\ncreate table A (x int);\n\ninsert into A\n values (1);\n"))
                .containsExactly("create table A (x int)", "insert into A\n values (1)");
        assertThat(BpmnEngineSchema.databaseType("MariaDB")).isEqualTo("mysql");
        assertThat(BpmnEngineSchema.databaseType("MySQL")).isEqualTo("mysql");
        assertThat(BpmnEngineSchema.databaseType("H2")).isEqualTo("h2");
    }
}
