package eu.consulate.infrastructure.persistence;

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

    private volatile String schemaVersion;

    @PostConstruct
    void migrate() {
        schemaVersion = new SchemaMigrator(dataSource, demoData).migrate().targetSchemaVersion;
    }

    /** The schema version reached at start-up (for health reports and tests). */
    public String schemaVersion() {
        return schemaVersion;
    }
}
