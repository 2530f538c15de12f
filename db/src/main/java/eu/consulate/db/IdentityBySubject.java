package eu.consulate.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.logging.Logger;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * Migration 4: people are their identity provider's subject ({@code sub}), not their username
 * (issue 11). Until now requests, events, permits and committee seats named a username, which an
 * identity provider lets an administrator rename or give to somebody else.
 *
 * <ul>
 *   <li>{@code person}: subject → the username last signed in with, for display only;</li>
 *   <li>{@code dac_seat} replaces {@code dac_member}: seats keyed on (committee, subject, role), so
 *       one person may hold two seats (chair and administrator);</li>
 *   <li>{@code application_event.actor}, {@code application_summary.applicant} and
 *       {@code permit.holder} hold subjects (255 characters, as OIDC allows); the summary keeps the
 *       username as {@code applicant_name} for lists;</li>
 *   <li>the BPMN engine's candidate users of open tasks are carried over the same way.</li>
 * </ul>
 *
 * <p>Only the identity provider knows which subject a username had, so the operator supplies the
 * map (configuration key {@code consulate.identity.subject-map}; the demo users' subjects are fixed
 * in the demo realm). A username the map does not name becomes {@code unmapped:<username>}, which
 * no sign-in produces: the rows stay readable to administrators and nobody who later gets that
 * username gains them. Java, because the map comes from configuration and H2 and MySQL spell
 * column changes differently.
 */
public class IdentityBySubject implements JavaMigration {

    static final String UNMAPPED = "unmapped:";

    private static final Logger LOG = Logger.getLogger(IdentityBySubject.class.getName());

    private final Map<String, String> subjects;
    private final boolean bpmnEngine;

    public IdentityBySubject(Map<String, String> subjectByUsername, boolean bpmnEngine) {
        this.subjects = Map.copyOf(subjectByUsername);
        this.bpmnEngine = bpmnEngine;
    }

    @Override
    public MigrationVersion getVersion() {
        return MigrationVersion.fromVersion("4");
    }

    @Override
    public String getDescription() {
        return "people by identity provider subject";
    }

    @Override
    public Integer getChecksum() {
        return 4; // the map is data, not part of the migration: it may differ between installations
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        boolean h2 = BpmnEngineSchema.databaseType(connection.getMetaData().getDatabaseProductName()).equals("h2");
        Set<String> usernames = usernames(connection);
        Map<String, String> mapping = new TreeMap<>();
        List<String> unmapped = new ArrayList<>();
        for (String username : usernames) {
            String subject = subjects.get(username);
            if (subject == null) {
                unmapped.add(username);
                subject = UNMAPPED + username;
            }
            mapping.put(username, subject);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE person (subject VARCHAR(255) NOT NULL, username VARCHAR(100) NOT NULL,"
                    + " seen_at BIGINT NOT NULL, PRIMARY KEY (subject))");
            statement.execute("CREATE INDEX ix_person_username ON person (username)");
            statement.execute("CREATE TABLE dac_seat (dac_id VARCHAR(36) NOT NULL, subject VARCHAR(255) NOT NULL,"
                    + " member_role VARCHAR(20) NOT NULL, PRIMARY KEY (dac_id, subject, member_role),"
                    + " CONSTRAINT fk_dac_seat_dac FOREIGN KEY (dac_id) REFERENCES dac (id))");
            statement.execute("CREATE INDEX ix_dac_seat_subject ON dac_seat (subject)");
            widen(statement, h2, "application_event", "actor");
            widen(statement, h2, "application_summary", "applicant");
            widen(statement, h2, "permit", "holder");
            statement.execute("ALTER TABLE application_summary ADD COLUMN applicant_name VARCHAR(100) DEFAULT '' NOT NULL");
            statement.execute("UPDATE application_summary SET applicant_name = applicant");
            statement.execute("INSERT INTO dac_seat (dac_id, subject, member_role)"
                    + " SELECT dac_id, username, member_role FROM dac_member");
            statement.execute("DROP TABLE dac_member");
        }
        replace(connection, "dac_seat", "subject", mapping);
        replace(connection, "application_event", "actor", mapping);
        replace(connection, "application_summary", "applicant", mapping);
        replace(connection, "permit", "holder", mapping);
        if (bpmnEngine && tableExists(connection, "ACT_RU_IDENTITYLINK")) {
            replace(connection, "ACT_RU_IDENTITYLINK", "USER_ID_", mapping);
        }
        long now = System.currentTimeMillis();
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO person (subject, username, seen_at) VALUES (?, ?, ?)")) {
            for (var entry : mapping.entrySet()) {
                if (!entry.getValue().startsWith(UNMAPPED)) {
                    insert.setString(1, entry.getValue());
                    insert.setString(2, entry.getKey());
                    insert.setLong(3, now);
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
        LOG.info(() -> "People by subject: " + (mapping.size() - unmapped.size()) + " usernames mapped");
        if (!unmapped.isEmpty()) {
            LOG.warning(() -> "People by subject: no subject for " + unmapped + "; their rows now name "
                    + UNMAPPED + "<username>, which nobody can sign in as (see docs/operations.md)");
        }
    }

    private static Set<String> usernames(Connection connection) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT username FROM dac_member"
                        + " UNION SELECT actor FROM application_event UNION SELECT applicant FROM application_summary"
                        + " UNION SELECT holder FROM permit")) {
            while (rows.next()) {
                names.add(rows.getString(1));
            }
        }
        names.remove("system"); // the workflow engine, not a person
        return names;
    }

    private static boolean tableExists(Connection connection, String name) throws SQLException {
        for (String candidate : List.of(name, name.toLowerCase(java.util.Locale.ROOT))) {
            try (ResultSet tables = connection.getMetaData().getTables(connection.getCatalog(), null, candidate, null)) {
                if (tables.next()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static void widen(Statement statement, boolean h2, String table, String column) throws SQLException {
        statement.execute(h2
                ? "ALTER TABLE " + table + " ALTER COLUMN " + column + " SET DATA TYPE VARCHAR(255)"
                : "ALTER TABLE " + table + " MODIFY COLUMN " + column + " VARCHAR(255) NOT NULL");
    }

    private static void replace(Connection connection, String table, String column, Map<String, String> mapping)
            throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " = ?")) {
            for (var entry : mapping.entrySet()) {
                update.setString(1, entry.getValue());
                update.setString(2, entry.getKey());
                update.addBatch();
            }
            update.executeBatch();
        }
    }
}
