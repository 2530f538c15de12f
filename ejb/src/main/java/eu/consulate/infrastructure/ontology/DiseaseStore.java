package eu.consulate.infrastructure.ontology;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import eu.consulate.domain.model.datause.DiseaseTerm;
import jakarta.annotation.Resource;
import jakarta.ejb.Stateless;
import javax.sql.DataSource;

/**
 * The diseases in the database (migration 19), read and replaced with JDBC batches in the
 * caller's transaction: MONDO has some 25,000 terms, too many for an entity per row.
 */
@Stateless
public class DiseaseStore {

    /** An import as recorded. */
    public record Import(String source, String version, int terms, String importedBy, Instant importedAt) {
    }

    @Resource(lookup = "jdbc/consulate")
    DataSource dataSource;

    public List<DiseaseTerm> load() {
        try (Connection db = dataSource.getConnection()) {
            Map<String, String> labels = new LinkedHashMap<>();
            Map<String, List<String>> parents = new LinkedHashMap<>();
            try (Statement statement = db.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT id, label FROM disease_term ORDER BY id")) {
                while (rows.next()) {
                    labels.put(rows.getString(1), rows.getString(2));
                }
            }
            try (Statement statement = db.createStatement(); ResultSet rows = statement.executeQuery(
                    "SELECT disease_id, parent_id FROM disease_parent ORDER BY disease_id, parent_id")) {
                while (rows.next()) {
                    parents.computeIfAbsent(rows.getString(1), k -> new ArrayList<>()).add(rows.getString(2));
                }
            }
            List<DiseaseTerm> terms = new ArrayList<>(labels.size());
            labels.forEach((id, label) -> terms.add(new DiseaseTerm(id, label, parents.getOrDefault(id, List.of()))));
            return terms;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the diseases", e);
        }
    }

    /** Replaces every disease by {@code terms} and records the import; all or nothing with the caller's transaction. */
    public void replace(List<DiseaseTerm> terms, String source, String version, String actor, Instant at) {
        try (Connection db = dataSource.getConnection()) {
            try (Statement statement = db.createStatement()) {
                statement.executeUpdate("DELETE FROM disease_parent");
                statement.executeUpdate("DELETE FROM disease_term");
            }
            try (PreparedStatement insertTerm = db.prepareStatement("INSERT INTO disease_term (id, label) VALUES (?, ?)");
                    PreparedStatement insertParent = db.prepareStatement(
                            "INSERT INTO disease_parent (disease_id, parent_id) VALUES (?, ?)")) {
                int batched = 0;
                for (DiseaseTerm term : terms) {
                    insertTerm.setString(1, term.id());
                    insertTerm.setString(2, term.label());
                    insertTerm.addBatch();
                    if (++batched % 1_000 == 0) {
                        insertTerm.executeBatch();
                    }
                }
                insertTerm.executeBatch();
                batched = 0;
                for (DiseaseTerm term : terms) {
                    for (String parent : term.parents()) {
                        insertParent.setString(1, term.id());
                        insertParent.setString(2, parent);
                        insertParent.addBatch();
                        if (++batched % 1_000 == 0) {
                            insertParent.executeBatch();
                        }
                    }
                }
                insertParent.executeBatch();
            }
            try (PreparedStatement record = db.prepareStatement("INSERT INTO disease_import (id, source, version, terms,"
                    + " imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                record.setString(1, UUID.randomUUID().toString());
                record.setString(2, source);
                record.setString(3, version);
                record.setInt(4, terms.size());
                record.setString(5, actor);
                record.setLong(6, at.toEpochMilli());
                record.executeUpdate();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the diseases", e);
        }
    }

    /** The latest import, if any. */
    public Optional<Import> latest() {
        List<Import> imports = imports(1);
        return imports.isEmpty() ? Optional.empty() : Optional.of(imports.get(0));
    }

    /** The latest imports, newest first. */
    public List<Import> imports(int limit) {
        try (Connection db = dataSource.getConnection(); PreparedStatement query = db.prepareStatement(
                "SELECT source, version, terms, imported_by, imported_at FROM disease_import "
                        + "ORDER BY imported_at DESC, id DESC")) {
            query.setMaxRows(limit);
            List<Import> imports = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    imports.add(new Import(rows.getString(1), rows.getString(2), rows.getInt(3), rows.getString(4),
                            Instant.ofEpochMilli(rows.getLong(5))));
                }
            }
            return imports;
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot read the disease imports", e);
        }
    }
}
