package eu.consulate.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 3: {@code application_event.payload} from VARCHAR(4000) to VARCHAR(12000). A
 * request's created event carries its title (up to 200 characters), research purpose (up to
 * 4,000), up to 20 dataset ids and the applicant, and JSON escaping can double quotes and
 * backslashes: the longest valid requests did not fit (issue 11). 12,000 characters hold the
 * worst case and stay within MySQL's row limit in utf8mb4. Java, because H2 and MySQL spell
 * the change differently.
 */
public class WiderEventPayload implements JavaMigration {

    static final int LENGTH = 12_000;

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("3");
    }

    @Override
    public String getDescription() {
        return "event payload fits the longest request";
    }

    @Override
    public Integer getChecksum() {
        return LENGTH;
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
                ? "ALTER TABLE application_event ALTER COLUMN payload SET DATA TYPE VARCHAR(" + LENGTH + ")"
                : "ALTER TABLE application_event MODIFY COLUMN payload VARCHAR(" + LENGTH + ") NOT NULL";
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
