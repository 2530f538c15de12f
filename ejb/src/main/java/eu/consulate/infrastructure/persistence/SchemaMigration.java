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
        if (demoData) {
            seedDemoForm();
        }
    }

    /** The demo Genomics committee asks with the EHDS template (version 1) unless it has a form already. */
    private void seedDemoForm() {
        String dac = "b7d3c0de-0000-4000-8000-000000000001";
        try (var connection = dataSource.getConnection();
             var exists = connection.prepareStatement("SELECT 1 FROM committee_form WHERE dac_id = ?")) {
            exists.setString(1, dac);
            try (var rows = exists.executeQuery()) {
                if (rows.next()) {
                    return;
                }
            }
            var form = eu.consulate.infrastructure.form.FormJson.read(eu.consulate.application.CommitteeForms.ehdsTemplate());
            try (var insert = connection.prepareStatement("INSERT INTO committee_form (id, dac_id, version, name, definition,"
                    + " published_at, published_by, is_current) VALUES (?, ?, 1, ?, ?, ?, ?, TRUE)")) {
                insert.setString(1, "f0e4d000-0000-4000-8000-000000000001");
                insert.setString(2, dac);
                insert.setString(3, form.name());
                insert.setString(4, eu.consulate.infrastructure.form.FormJson.write(form));
                insert.setLong(5, 1_764_547_200_000L);
                insert.setString(6, "5e1f0000-0000-4000-8000-000000000007");
                insert.executeUpdate();
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("The demo form could not be stored: " + e.getMessage(), e);
        }
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
