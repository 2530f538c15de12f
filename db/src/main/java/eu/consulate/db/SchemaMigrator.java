package eu.consulate.db;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema to the version this build expects. Flyway owns the schema:
 * versioned migrations under {@code db/migration}, and, when demo data is wanted, the
 * repeatable, idempotent {@code db/demo} scripts. Flyway's lock table makes concurrent starts
 * of several nodes safe.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;
    private final boolean demoData;

    public SchemaMigrator(DataSource dataSource, boolean demoData) {
        this.dataSource = dataSource;
        this.demoData = demoData;
    }

    public MigrateResult migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        Flyway flyway = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table("flyway_schema_history")
                .validateMigrationNaming(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied, demo data " + demoData + ")");
        return result;
    }
}
