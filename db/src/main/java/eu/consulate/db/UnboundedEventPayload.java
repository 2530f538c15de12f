package eu.consulate.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 20: {@code application_event.payload} holds text of any practical length (MariaDB
 * {@code MEDIUMTEXT}, 16 MB; H2 {@code VARCHAR(1000000)}) instead of 12,000 characters: a coded
 * research purpose carries its matches against up to twenty datasets, reasons and obligations in
 * sentences (issue 7), and a request's payload must never fail for its length (issue 8). Java,
 * because H2 and MariaDB spell the change differently.
 */
public class UnboundedEventPayload implements JavaMigration {

    static final int H2_LENGTH = 1_000_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("20");
    }

    @Override
    public String getDescription() {
        return "event payload of any length";
    }

    @Override
    public Integer getChecksum() {
        return 20_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = BpmnEngineSchema.databaseType(connection.getMetaData().getDatabaseProductName());
        String sql = database.equals("h2")
                ? "ALTER TABLE application_event ALTER COLUMN payload SET DATA TYPE VARCHAR(" + H2_LENGTH + ")"
                : "ALTER TABLE application_event MODIFY COLUMN payload MEDIUMTEXT NOT NULL";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
