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
 * repeatable, idempotent {@code db/demo} scripts, and the BPMN engine's tables
 * ({@link BpmnEngineSchema}). Flyway's lock table makes concurrent starts of several nodes safe.
 */
public final class SchemaMigrator {

    private static final Logger LOG = Logger.getLogger(SchemaMigrator.class.getName());

    private final DataSource dataSource;
    private final boolean demoData;
    private final boolean bpmnEngine;

    public SchemaMigrator(DataSource dataSource, boolean demoData) {
        this(dataSource, demoData, true);
    }

    private SchemaMigrator(DataSource dataSource, boolean demoData, boolean bpmnEngine) {
        this.dataSource = dataSource;
        this.demoData = demoData;
        this.bpmnEngine = bpmnEngine;
    }

    /**
     * Consulate's own tables only, without the BPMN engine's: for tests of modules that must not
     * see the engine (its create scripts come from the engine jar).
     */
    public static SchemaMigrator withoutBpmnEngine(DataSource dataSource) {
        return new SchemaMigrator(dataSource, false, false);
    }

    public MigrateResult migrate() {
        List<String> locations = new ArrayList<>(List.of("classpath:db/migration"));
        if (demoData) {
            locations.add("classpath:db/demo");
        }
        var configuration = Flyway.configure(SchemaMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations(locations.toArray(String[]::new))
                .table("flyway_schema_history")
                .validateMigrationNaming(true);
        if (bpmnEngine) {
            configuration.javaMigrations(new BpmnEngineSchema(), new WiderEventPayload());
        } else {
            configuration.javaMigrations(new WiderEventPayload());
        }
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied, demo data " + demoData + ")");
        return result;
    }
}
