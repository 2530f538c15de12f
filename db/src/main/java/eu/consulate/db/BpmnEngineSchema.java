package eu.consulate.db;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.logging.Logger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Creates the BPMN engine's tables as a Flyway migration, so that Flyway owns the whole schema
 * and its lock serialises several nodes starting on a new database; the engine itself only
 * checks the schema ({@code databaseSchemaUpdate=false}). The DDL is the engine's own create
 * scripts, read from the engine jar (in the EAR's lib/, next to this module), for H2 or
 * MySQL/MariaDB. An engine upgrade adds a migration that runs the engine's upgrade scripts.
 */
public class BpmnEngineSchema implements JavaMigration {

    private static final Logger LOG = Logger.getLogger(BpmnEngineSchema.class.getName());

    /** In the order the engine itself creates them (foreign keys point backwards). */
    static final List<String> PARTS = List.of("engine", "case.engine", "decision.engine", "history",
            "case.history", "decision.history", "identity");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("2");
    }

    @Override
    public String getDescription() {
        return "bpmn engine schema (Camunda 7.24)";
    }

    /** The scripts come from the engine jar of this build; a new engine version comes with a new migration. */
    @Override
    public Integer getChecksum() {
        return 724_000;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws Exception {
        Connection connection = context.getConnection();
        if (engineTablesExist(connection)) {
            // created by an earlier build in which the engine made its own tables
            LOG.info("BPMN engine tables exist already; adopting them");
            return;
        }
        String database = databaseType(connection.getMetaData().getDatabaseProductName());
        try (Statement sql = connection.createStatement()) {
            for (String part : PARTS) {
                for (String statement : statements(script(database, part))) {
                    sql.execute(statement);
                }
            }
        }
    }

    static String databaseType(String productName) {
        String name = productName.toLowerCase(Locale.ROOT);
        if (name.contains("h2")) {
            return "h2";
        }
        if (name.contains("mysql") || name.contains("mariadb")) {
            return "mysql";
        }
        throw new IllegalStateException("No BPMN engine schema for database " + productName);
    }

    private static boolean engineTablesExist(Connection connection) throws SQLException {
        DatabaseMetaData meta = connection.getMetaData();
        for (String name : List.of("ACT_GE_PROPERTY", "act_ge_property")) {
            // this database's (catalog's and schema's) tables only: a MySQL user who sees several
            // databases, such as root, must not take another database's engine tables for ours
            try (ResultSet tables = meta.getTables(connection.getCatalog(), connection.getSchema(), name, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    static String script(String database, String part) throws IOException {
        String resource = "org/camunda/bpm/engine/db/create/activiti." + database + ".create." + part + ".sql";
        try (InputStream in = BpmnEngineSchema.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("The BPMN engine jar is missing: no " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Splits a script into statements: comment lines dropped, statements end with ';'. */
    static List<String> statements(String script) {
        List<String> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\\R")) {
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("--")) {
                continue;
            }
            current.append(line).append('\n');
            if (trimmed.endsWith(";")) {
                String statement = current.toString().strip();
                statements.add(statement.substring(0, statement.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            statements.add(current.toString().strip());
        }
        return statements;
    }
}
