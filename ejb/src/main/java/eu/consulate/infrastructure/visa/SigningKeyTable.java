package eu.consulate.infrastructure.visa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

import javax.sql.DataSource;

/**
 * The SQL of {@code signing_key}, for {@link SigningKeys}: plain JDBC on connections of their own
 * (auto-commit, or one transaction for a rotation), so a key row never commits or rolls back with
 * a caller's permit. Knows rows and columns, not keys: sealing and parsing are the caller's.
 */
final class SigningKeyTable {

    /** A stored key: algorithm, when made and retired (null while active), and the latest expiry of a visa it signed. */
    record Row(String kid, String algorithm, long createdAt, Long retiredAt, Long lastVisaExpiresAt) {
    }

    /** A key to store: its public JWK in clear, its private JWK sealed. */
    record NewKey(String kid, String algorithm, String publicJwk, String sealedJwk) {
    }

    private final DataSource dataSource;

    SigningKeyTable(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every key, newest first, with the latest expiry of a visa (of a permit or of accepted terms) it signed. */
    List<Row> all() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT k.kid, k.algorithm, k.created_at, k.retired_at, "
                                + "(SELECT MAX(v.expires_at) FROM visa v WHERE v.kid = k.kid), "
                                + "(SELECT MAX(t.expires_at) FROM terms_visa t WHERE t.kid = k.kid) "
                                + "FROM signing_key k ORDER BY k.created_at DESC, k.kid DESC");
                ResultSet rows = select.executeQuery()) {
            List<Row> keys = new ArrayList<>();
            while (rows.next()) {
                Long retired = nullable(rows, 4);
                Long grants = nullable(rows, 5);
                Long terms = nullable(rows, 6);
                Long last = grants == null ? terms : terms == null ? grants : Long.valueOf(Math.max(grants, terms));
                keys.add(new Row(rows.getString(1), rows.getString(2), rows.getLong(3), retired, last));
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the visa signing keys", e);
        }
    }

    Optional<String> newestActiveKid() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kid FROM signing_key WHERE retired_at IS NULL ORDER BY created_at DESC, kid DESC");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the visa signing keys", e);
        }
    }

    String sealedJwk(String kid) {
        return column(kid, "sealed_jwk");
    }

    String publicJwk(String kid) {
        return column(kid, "public_jwk");
    }

    /** Stores a key on its own (auto-commit); fails when its kid is stored already. */
    void insert(NewKey key, long createdAt) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            insert(connection, key, createdAt);
        }
    }

    /**
     * In one transaction that first locks the active rows: when no active key is younger than
     * {@code minAgeMillis} (null: whatever their age), retires them and stores {@code next}'s key.
     * Returns the stored key, or empty when a young enough key is active (nothing changed).
     */
    Optional<NewKey> rotate(long now, Long minAgeMillis, Supplier<NewKey> next) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                long newestCreated = Long.MIN_VALUE;
                try (PreparedStatement lock = connection.prepareStatement(
                        "SELECT created_at FROM signing_key WHERE retired_at IS NULL FOR UPDATE");
                        ResultSet rows = lock.executeQuery()) {
                    while (rows.next()) {
                        newestCreated = Math.max(newestCreated, rows.getLong(1));
                    }
                }
                if (minAgeMillis != null && newestCreated != Long.MIN_VALUE && now - newestCreated < minAgeMillis) {
                    connection.rollback();
                    return Optional.empty();
                }
                NewKey fresh = next.get();
                try (PreparedStatement retire = connection.prepareStatement(
                        "UPDATE signing_key SET retired_at = ? WHERE retired_at IS NULL")) {
                    retire.setLong(1, now);
                    retire.executeUpdate();
                }
                insert(connection, fresh, now);
                connection.commit();
                return Optional.of(fresh);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rotate the visa signing key", e);
        }
    }

    /** Keys an older version stored in clear: kid to private JWK. */
    Map<String, String> clearKeys() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kid, private_jwk FROM signing_key WHERE private_jwk IS NOT NULL");
                ResultSet rows = select.executeQuery()) {
            Map<String, String> clear = new LinkedHashMap<>();
            while (rows.next()) {
                clear.put(rows.getString(1), rows.getString(2));
            }
            return clear;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the visa signing keys", e);
        }
    }

    /** Replaces a clear key by its public and sealed forms. */
    void sealed(String kid, String publicJwk, String sealedJwk) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE signing_key SET public_jwk = ?, sealed_jwk = ?, private_jwk = NULL WHERE kid = ?")) {
            connection.setAutoCommit(true);
            update.setString(1, publicJwk);
            update.setString(2, sealedJwk);
            update.setString(3, kid);
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal visa signing key " + kid, e);
        }
    }

    private static void insert(Connection connection, NewKey key, long createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO signing_key (kid, algorithm, public_jwk, sealed_jwk, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, key.kid());
            insert.setString(2, key.algorithm());
            insert.setString(3, key.publicJwk());
            insert.setString(4, key.sealedJwk());
            insert.setLong(5, createdAt);
            insert.executeUpdate();
        }
    }

    private String column(String kid, String column) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT " + column + " FROM signing_key WHERE kid = ?")) {
            select.setString(1, kid);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next() || rows.getString(1) == null) {
                    throw new IllegalStateException("Visa signing key " + kid + " has no " + column);
                }
                return rows.getString(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read visa signing key " + kid, e);
        }
    }

    private static Long nullable(ResultSet rows, int column) throws SQLException {
        long value = rows.getLong(column);
        return rows.wasNull() ? null : value;
    }
}
