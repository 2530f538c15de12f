package eu.consulate.infrastructure.visa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The visa SQL against the real schema (H2): what a passport contains. */
class VisaTableTest {

    private static final long NOW = 1_800_000_000_000L;
    private static final long DAY = 86_400_000L;
    private static final String ALICE = "alice-sub";

    private final DataSource db = H2.migrated();
    private int datasets;

    @BeforeEach
    void committee() {
        sql("INSERT INTO dac (id, name, source_url) VALUES ('dac-1', 'DAC', 'https://dac.example.org/1')");
    }

    private void sql(String statement, Object... parameters) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(statement)) {
            for (int i = 0; i < parameters.length; i++) {
                s.setObject(i + 1, parameters[i]);
            }
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private String dataset() {
        String id = "ds-" + (++datasets);
        sql("INSERT INTO dataset (id, url, title, dac_id) VALUES (?, ?, ?, 'dac-1')", id,
                "https://data.example.org/" + id, id);
        return id;
    }

    private void permit(String id, String subject, String status, long validFrom, long validUntil) {
        sql("INSERT INTO permit (id, application_id, holder, holder_subject, dac_id, decided_at, valid_from, "
                + "valid_until, status) VALUES (?, ?, 'alice', ?, 'dac-1', ?, ?, ?, ?)",
                id, "app-" + id, subject, validFrom, validFrom, validUntil, status);
    }

    private void visa(String id, String permitId, String subject, String jwt, long issuedAt, long expiresAt) {
        sql(VisaTable.INSERT, id, permitId, dataset(), subject, jwt, issuedAt, expiresAt, 1, "k1");
    }

    private List<String> current(String subject, long now) {
        return currentUntil(subject, now).stream().map(row -> row.split(" ")[0]).toList();
    }

    /** "jwt until" per current visa. */
    private List<String> currentUntil(String subject, long now) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(VisaTable.CURRENT_FOR_HOLDER_UNTIL)) {
            s.setString(1, subject);
            s.setLong(2, now);
            s.setLong(3, now);
            s.setLong(4, now);
            List<String> jwts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    jwts.add(r.getString(1) + " " + r.getLong(2));
                }
            }
            return jwts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void insertStoresEveryColumn() throws SQLException {
        permit("p1", ALICE, "ACTIVE", NOW - DAY, NOW + DAY);
        sql(VisaTable.INSERT, "v1", "p1", dataset(), ALICE, "h.p.s", NOW - 1000, NOW + DAY, 1, "k1");

        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT id, permit_id, dataset_id, holder_subject, jwt, "
                        + "issued_at, expires_at FROM visa");
                ResultSet r = s.executeQuery()) {
            assertThat(r.next()).isTrue();
            assertThat(r.getString(1)).isEqualTo("v1");
            assertThat(r.getString(2)).isEqualTo("p1");
            assertThat(r.getString(3)).isEqualTo("ds-1");
            assertThat(r.getString(4)).isEqualTo(ALICE);
            assertThat(r.getString(5)).isEqualTo("h.p.s");
            assertThat(r.getLong(6)).isEqualTo(NOW - 1000);
            assertThat(r.getLong(7)).isEqualTo(NOW + DAY);
            assertThat(r.next()).isFalse();
        }
    }

    @Test
    void aVisaNeedsItsPermitRow() {
        assertThatThrownBy(() -> sql(VisaTable.INSERT, "v1", "no-such-permit", dataset(), ALICE, "h.p.s", NOW,
                NOW + DAY, 1, "k1")).hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void currentVisasOfAnActivePermitAreServedExactlyAsStoredOldestFirst() {
        permit("p1", ALICE, "ACTIVE", NOW - DAY, NOW + DAY);
        permit("p2", ALICE, "ACTIVE", NOW - DAY, NOW + DAY);
        visa("v-late", "p2", ALICE, "eyJ.late.sig", NOW - 1000, NOW + DAY);
        visa("v-early", "p1", ALICE, "eyJ.early.sig", NOW - 5000, NOW + DAY);

        assertThat(current(ALICE, NOW)).containsExactly("eyJ.early.sig", "eyJ.late.sig");
    }

    private long nextVersion(String permitId) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(VisaTable.NEXT_VERSION)) {
            s.setString(1, permitId);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void aPermitsVisasAreReplacedByTheNextVersionAndTheOldOnesAreNoLongerServed() {
        permit("p1", ALICE, "ACTIVE", NOW - DAY, NOW + 10 * DAY);
        String ds = dataset();
        sql(VisaTable.INSERT, "v1", "p1", ds, ALICE, "first", NOW - 1000, NOW + DAY, 1, "k1");
        assertThat(nextVersion("p1")).isEqualTo(2);

        sql(VisaTable.WITHDRAW, NOW, "p1");
        sql(VisaTable.INSERT, "v2", "p1", ds, ALICE, "extended", NOW, NOW + 10 * DAY, 2, "k1");

        assertThat(current(ALICE, NOW)).containsExactly("extended");
        assertThat(nextVersion("p1")).isEqualTo(3);
        assertThat(nextVersion("p-none")).isEqualTo(1);
    }

    @Test
    void oneVisaPerDatasetHolderAndVersion() {
        permit("p1", ALICE, "ACTIVE", NOW - DAY, NOW + DAY);
        String ds = dataset();
        sql(VisaTable.INSERT, "v1", "p1", ds, ALICE, "first", NOW - 1000, NOW + DAY, 1, "k1");

        assertThatThrownBy(() -> sql(VisaTable.INSERT, "v2", "p1", ds, ALICE, "again", NOW, NOW + DAY, 1, "k1"))
                .hasCauseInstanceOf(SQLException.class);
    }

    @Test
    void revokedPermitsGrantNothing() {
        permit("p1", ALICE, "REVOKED", NOW - DAY, NOW + DAY);
        visa("v1", "p1", ALICE, "revoked", NOW - 1000, NOW + DAY);

        assertThat(current(ALICE, NOW)).isEmpty();
    }

    @Test
    void permitsOutsideTheirValidityGrantNothing() {
        permit("future", ALICE, "ACTIVE", NOW + 1, NOW + DAY);
        permit("ended", ALICE, "ACTIVE", NOW - DAY, NOW);
        permit("starts-now", ALICE, "ACTIVE", NOW, NOW + DAY);
        visa("v1", "future", ALICE, "future", NOW - 1000, NOW + DAY);
        visa("v2", "ended", ALICE, "ended", NOW - 1000, NOW + DAY);
        visa("v3", "starts-now", ALICE, "starts-now", NOW - 1000, NOW + DAY);

        assertThat(current(ALICE, NOW)).containsExactly("starts-now");
    }

    @Test
    void expiredVisasAreNotServed() {
        permit("p1", ALICE, "ACTIVE", NOW - DAY, NOW + DAY);
        visa("expired", "p1", ALICE, "expired", NOW - DAY, NOW);
        visa("valid", "p1", ALICE, "valid", NOW - DAY, NOW + 1);

        assertThat(current(ALICE, NOW)).containsExactly("valid");
    }

    @Test
    void onlyTheHoldersVisasAndNoneForAnUnknownSubject() {
        permit("p1", ALICE, "ACTIVE", NOW - DAY, NOW + DAY);
        permit("p2", "bob-sub", "ACTIVE", NOW - DAY, NOW + DAY);
        visa("v1", "p1", ALICE, "alice's", NOW - 1000, NOW + DAY);
        visa("v2", "p2", "bob-sub", "bob's", NOW - 1000, NOW + DAY);

        assertThat(current(ALICE, NOW)).containsExactly("alice's");
        assertThat(current("nobody", NOW)).isEmpty();
    }

    @Test
    void eachCurrentVisaCountsUntilTheEarlierOfItsExpiryAndItsPermitsEnd() {
        permit("p-short", "sub-u", "ACTIVE", 1_000, 5_000);
        permit("p-long", "sub-u", "ACTIVE", 1_000, 90_000);
        visa("v-1", "p-short", "sub-u", "jwt-capped-by-permit", 1_000, 9_000);
        visa("v-2", "p-long", "sub-u", "jwt-capped-by-expiry", 1_001, 7_000);

        assertThat(currentUntil("sub-u", 2_000)).containsExactly("jwt-capped-by-permit 5000", "jwt-capped-by-expiry 7000");
    }

    private List<String> terms(String subject, long now) {
        try (Connection c = db.getConnection(); PreparedStatement s = c.prepareStatement(VisaTable.TERMS_FOR_HOLDER)) {
            s.setString(1, subject);
            s.setLong(2, now);
            List<String> jwts = new ArrayList<>();
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    jwts.add(r.getString(1));
                }
            }
            return jwts;
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void termsVisasAreTheHoldersUnexpiredOnesOldestAcceptanceFirst() {
        sql(VisaTable.INSERT_TERMS, "t2", ALICE, "alice-login", "dac-1", "https://dac.example.org/terms/v2", "second", "k1",
                NOW - 1000, NOW + DAY, null);
        sql(VisaTable.INSERT_TERMS, "t1", ALICE, "alice-login", "dac-1", "https://dac.example.org/terms/v1", "first", "k1",
                NOW - 2000, NOW + DAY, null);
        sql(VisaTable.INSERT_TERMS, "t0", ALICE, "alice-login", "dac-1", "https://dac.example.org/terms/v0", "expired", "k1",
                NOW - 3000, NOW, null);
        sql(VisaTable.INSERT_TERMS, "t9", "bob-sub", "bob-login", "dac-1", "https://dac.example.org/terms/v2", "bobs", "k1",
                NOW - 1000, NOW + DAY, null);

        assertThat(terms(ALICE, NOW)).containsExactly("first", "second");
        assertThat(terms(ALICE, NOW + DAY)).isEmpty();
    }
}
