package eu.consulate.infrastructure.persistence;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

import javax.sql.DataSource;

import eu.consulate.db.SchemaMigrator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the Flyway migrations when the application starts. The BPMN engine's start-up bean
 * depends on this one, so the schema is current before the engine touches the database.
 * Bean-managed transactions: Flyway commits its own work and must not run inside JTA.
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class SchemaMigration {

    @Resource(lookup = "jdbc/consulate")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "consulate.demo-data", defaultValue = "false")
    private boolean demoData;

    /**
     * A properties file {@code username=subject} exported from the identity provider: migration 4
     * carries rows that named usernames over to subjects (see docs/operations.md).
     */
    @Inject
    @ConfigProperty(name = "consulate.identity.subject-map")
    private Optional<String> subjectMap;

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        schemaVersion = new SchemaMigrator(dataSource, demoData, subjects()).migrate().targetSchemaVersion;
    }

    private Map<String, String> subjects() {
        if (subjectMap.isEmpty() || subjectMap.get().isBlank()) {
            return Map.of();
        }
        Properties properties = new Properties();
        try (var in = Files.newBufferedReader(Path.of(subjectMap.get().strip()))) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("consulate.identity.subject-map: cannot read " + subjectMap.get(), e);
        }
        Map<String, String> subjects = new HashMap<>();
        properties.forEach((username, subject) -> subjects.put(username.toString(), subject.toString().strip()));
        return subjects;
    }

    /** The schema version reached at start-up (for health reports and tests). */
    public String schemaVersion() {
        return schemaVersion;
    }
}
