package eu.consulate.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 7: request lists, newest first, read in index order on H2 too. MySQL and MariaDB
 * read the ascending (committee, column, id) indexes of migration 6 backwards; H2 reads an index
 * only in the direction it was built, so on H2 each gets a descending twin. The (committee,
 * submission) and (committee, last change) indexes of migration 5 and the (committee, state) index
 * of migration 1, which the indexes of migration 6 extend, are dropped (H2 and MySQL spell that differently: hence Java).
 */
public class DescendingListIndexes implements JavaMigration {

    static final List<String> ORDER_COLUMNS = List.of("created_at", "updated_at", "decided_at", "due_at", "title");

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("7");
    }

    @Override
    public String getDescription() {
        return "descending list indexes on H2";
    }

    @Override
    public Integer getChecksum() {
        return ORDER_COLUMNS.hashCode();
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean h2 = BpmnEngineSchema.databaseType(connection.getMetaData().getDatabaseProductName()).equals("h2");
        try (Statement statement = connection.createStatement()) {
            for (String index : List.of("ix_application_summary_dac_created", "ix_application_summary_dac_updated",
                    "ix_application_summary_dac_state")) {
                statement.execute(h2 ? "DROP INDEX " + index : "DROP INDEX " + index + " ON application_summary");
            }
            if (h2) {
                for (String column : ORDER_COLUMNS) {
                    statement.execute("CREATE INDEX ix_application_summary_dac_" + column + "_desc ON application_summary"
                            + " (dac_id DESC, " + column + " DESC, application_id DESC)");
                }
            }
        }
    }
}
