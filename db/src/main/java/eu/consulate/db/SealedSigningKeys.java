package eu.consulate.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 12: signing keys rotate and are sealed (issue 10). {@code signing_key} gets
 * {@code algorithm} (RS256 or ES256), {@code public_jwk} (what the JWKS publishes, readable
 * without the passphrase), {@code sealed_jwk} (the private JWK encrypted under the key-encryption
 * passphrase, a JWE) and {@code retired_at} (when a newer key took over signing); the clear
 * {@code private_jwk} becomes nullable: the application seals a clear key at its next start and
 * clears the column. {@code visa} gets the {@code kid} it was signed under, so that a retired key
 * leaves the JWKS once the last visa it signed has expired; visas signed before this migration
 * were signed by the oldest key (the only one that ever signed).
 */
public class SealedSigningKeys implements JavaMigration {

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("12");
    }

    @Override
    public String getDescription() {
        return "sealed, rotating signing keys; the kid of every visa";
    }

    @Override
    public Integer getChecksum() {
        return 12_001;
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
            statement.execute("ALTER TABLE signing_key ADD COLUMN algorithm VARCHAR(10) DEFAULT 'RS256' NOT NULL");
            statement.execute("ALTER TABLE signing_key ADD COLUMN public_jwk VARCHAR(2000) NULL");
            statement.execute("ALTER TABLE signing_key ADD COLUMN sealed_jwk VARCHAR(4000) NULL");
            statement.execute("ALTER TABLE signing_key ADD COLUMN retired_at BIGINT NULL");
            statement.execute(database.equals("h2") ? "ALTER TABLE signing_key ALTER COLUMN private_jwk SET NULL"
                    : "ALTER TABLE signing_key MODIFY private_jwk VARCHAR(4000) NULL");
            statement.execute("ALTER TABLE visa ADD COLUMN kid VARCHAR(100) NULL");
            statement.execute("CREATE INDEX ix_visa_kid_expires ON visa (kid, expires_at)");
        }
        String oldest = null;
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT kid FROM signing_key ORDER BY created_at, kid")) {
            if (rows.next()) {
                oldest = rows.getString(1);
            }
        }
        if (oldest != null) {
            try (PreparedStatement update = connection.prepareStatement("UPDATE visa SET kid = ?")) {
                update.setString(1, oldest);
                update.executeUpdate();
            }
        }
    }
}
