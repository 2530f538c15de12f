package eu.consulate.db;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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

    private final Map<String, String> subjectByUsername;

    public SchemaMigrator(DataSource dataSource, boolean demoData) {
        this(dataSource, demoData, Map.of());
    }

    /**
     * @param subjectByUsername the identity provider's subject of each username that rows named
     *                          before migration 4 ({@link IdentityBySubject}); may be empty
     */
    public SchemaMigrator(DataSource dataSource, boolean demoData, Map<String, String> subjectByUsername) {
        this(dataSource, demoData, true, subjectByUsername);
    }

    private SchemaMigrator(DataSource dataSource, boolean demoData, boolean bpmnEngine,
            Map<String, String> subjectByUsername) {
        this.dataSource = dataSource;
        this.demoData = demoData;
        this.bpmnEngine = bpmnEngine;
        this.subjectByUsername = Map.copyOf(subjectByUsername);
    }

    /**
     * Consulate's own tables only, without the BPMN engine's: for tests of modules that must not
     * see the engine (its create scripts come from the engine jar).
     */
    public static SchemaMigrator withoutBpmnEngine(DataSource dataSource) {
        return new SchemaMigrator(dataSource, false, false, Map.of());
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
        Map<String, String> subjects = new java.util.HashMap<>();
        if (demoData) {
            subjects.putAll(demoSubjects());
        }
        subjects.putAll(subjectByUsername);
        var identity = new IdentityBySubject(subjects, bpmnEngine);
        if (bpmnEngine) {
            configuration.javaMigrations(new BpmnEngineSchema(), new WiderEventPayload(), identity, new DescendingListIndexes(),
                    new VisaVersions(), new SealedSigningKeys(), new UnboundedEventPayload());
        } else {
            configuration.javaMigrations(new WiderEventPayload(), identity, new DescendingListIndexes(), new VisaVersions(),
                    new SealedSigningKeys(), new UnboundedEventPayload());
        }
        Flyway flyway = configuration.load();
        MigrateResult result = flyway.migrate();
        LOG.info(() -> "Schema at version " + result.targetSchemaVersion + " ("
                + result.migrationsExecuted + " migrations applied, demo data " + demoData + ")");
        return result;
    }

    /** The demo realm's users have fixed subjects; rows written before migration 4 name them by username. */
    static Map<String, String> demoSubjects() {
        var properties = new java.util.Properties();
        try (var in = SchemaMigrator.class.getClassLoader().getResourceAsStream("db/demo-subjects.properties")) {
            properties.load(in);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        Map<String, String> subjects = new java.util.HashMap<>();
        properties.forEach((k, v) -> subjects.put(k.toString(), v.toString()));
        return subjects;
    }
}
