package eu.consulate.db;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 11: a permit's visas come in versions. Extending a permit signs new visas for the
 * same datasets and withdraws the old ones (issue 10), so {@code visa} gets
 * {@code permit_version} (1 for the visas signed at issuance) and {@code withdrawn_at} (epoch
 * milliseconds; null while the visa is served), and the unique grant becomes
 * (permit, dataset, holder, version). Java, because H2 and MySQL/MariaDB drop a unique
 * constraint differently.
 */
public class VisaVersions implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("11");
    }

    @Override
    public String getDescription() {
        return "visas in permit versions, withdrawn when replaced";
    }

    @Override
    public Integer getChecksum() {
        return 11_001;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        String database = BpmnEngineSchema.databaseType(connection.getMetaData().getDatabaseProductName());
        try (Statement statement = connection.createStatement()) {
            statement.execute("ALTER TABLE visa ADD COLUMN permit_version INT DEFAULT 1 NOT NULL");
            statement.execute("ALTER TABLE visa ADD COLUMN withdrawn_at BIGINT NULL");
            // MySQL backs the foreign key on permit_id with the unique index: add the new one first
            statement.execute("ALTER TABLE visa ADD CONSTRAINT uk_visa_grant_version "
                    + "UNIQUE (permit_id, dataset_id, holder_subject, permit_version)");
            statement.execute(database.equals("h2") ? "ALTER TABLE visa DROP CONSTRAINT uk_visa_grant"
                    : "ALTER TABLE visa DROP INDEX uk_visa_grant");
        }
    }
}
