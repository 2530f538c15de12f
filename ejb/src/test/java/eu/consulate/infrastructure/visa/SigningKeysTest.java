package eu.consulate.infrastructure.visa;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-02T10:00:00Z"), ZoneOffset.UTC);

    private final DataSource db = H2.migrated();

    private record StoredKey(String kid, String privateJwk, long createdAt) {
    }

    private List<StoredKey> rows() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "SELECT kid, private_jwk, created_at FROM signing_key ORDER BY created_at");
                ResultSet r = s.executeQuery()) {
            List<StoredKey> rows = new ArrayList<>();
            while (r.next()) {
                rows.add(new StoredKey(r.getString(1), r.getString(2), r.getLong(3)));
            }
            return rows;
        }
    }

    private void store(RSAKey key, long createdAt) {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement(
                        "INSERT INTO signing_key (kid, private_jwk, created_at) VALUES (?, ?, ?)")) {
            s.setString(1, key.getKeyID());
            s.setString(2, key.toJSONString());
            s.setLong(3, createdAt);
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Supplier<RSAKey> mustNotGenerate() {
        return () -> {
            throw new AssertionError("no key should be generated when one is stored");
        };
    }

    @Test
    void firstUseGeneratesAnRsa2048KeyWhoseKidIsItsThumbprintAndStoresIt() throws Exception {
        RSAKey key = new SigningKeys(db, CLOCK, SigningKeys::generate).signingKey();

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint("SHA-256").toString());
        List<StoredKey> rows = rows();
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).kid()).isEqualTo(key.getKeyID());
        assertThat(rows.get(0).createdAt()).isEqualTo(CLOCK.millis());
        RSAKey stored = RSAKey.parse(rows.get(0).privateJwk());
        assertThat(stored.isPrivate()).isTrue();
        assertThat(stored.toRSAPrivateKey()).isEqualTo(key.toRSAPrivateKey());
    }

    @Test
    void theSameKeyIsUsedAfterARestart() throws Exception {
        AtomicInteger generated = new AtomicInteger();
        Supplier<RSAKey> counting = () -> {
            generated.incrementAndGet();
            return SigningKeys.generate();
        };
        RSAKey before = new SigningKeys(db, CLOCK, counting).signingKey();

        SigningKeys restarted = new SigningKeys(db, CLOCK, counting);
        RSAKey after = restarted.signingKey();

        assertThat(generated).hasValue(1);
        assertThat(after.getKeyID()).isEqualTo(before.getKeyID());
        assertThat(after.toRSAPrivateKey()).isEqualTo(before.toRSAPrivateKey());
        assertThat(restarted.publicKeys().getKeyByKeyId(before.getKeyID())).isNotNull();
        assertThat(rows()).hasSize(1);
    }

    @Test
    void aStoredKeyIsUsedWithoutGeneratingOne() throws Exception {
        store(TestKeys.ONE, 1_000L);

        RSAKey key = new SigningKeys(db, CLOCK, mustNotGenerate()).signingKey();

        assertThat(key.getKeyID()).isEqualTo("test-key-one");
        assertThat(key.toRSAPrivateKey()).isEqualTo(TestKeys.ONE.toRSAPrivateKey());
    }

    @Test
    void theOldestStoredKeySigns() {
        store(TestKeys.TWO, 2_000L);
        store(TestKeys.ONE, 1_000L);

        assertThat(new SigningKeys(db, CLOCK, mustNotGenerate()).signingKey().getKeyID()).isEqualTo("test-key-one");
    }

    @Test
    void whenAnotherNodeStoredAKeyFirstItsKeyIsUsed() throws Exception {
        // The other node stores its key between our "is there a key?" and our insert.
        Supplier<RSAKey> racing = () -> {
            store(TestKeys.TWO, CLOCK.millis() - 5);
            return SigningKeys.generate();
        };
        SigningKeys keys = new SigningKeys(db, CLOCK, racing);

        RSAKey key = keys.signingKey();

        assertThat(key.getKeyID()).isEqualTo("test-key-two");
        assertThat(rows()).hasSize(2);
        // both are published, so a visa signed by either node verifies
        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID)
                .containsExactlyInAnyOrderElementsOf(rows().stream().map(StoredKey::kid).toList());
    }

    @Test
    void whenTheInsertFailsTheStoredKeyIsUsed() {
        // The other node's key has our key's kid: the insert hits the primary key.
        Supplier<RSAKey> racing = () -> {
            store(TestKeys.TWO, CLOCK.millis() - 5);
            return TestKeys.TWO;
        };

        RSAKey key = new SigningKeys(db, CLOCK, racing).signingKey();

        assertThat(key.getKeyID()).isEqualTo("test-key-two");
    }

    @Test
    void publicKeysHoldNoPrivatePart() throws Exception {
        SigningKeys keys = new SigningKeys(db, CLOCK, SigningKeys::generate);
        RSAKey signing = keys.signingKey();

        JWKSet published = keys.publicKeys();

        assertThat(published.getKeys()).hasSize(1);
        JWK key = published.getKeys().get(0);
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyID()).isEqualTo(signing.getKeyID());
        assertThat(key.toRSAKey().toRSAPublicKey()).isEqualTo(signing.toRSAPublicKey());
        // even serialised with private parts allowed, there are none to serialise
        String everything = published.toString(false);
        for (String privateMember : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")) {
            assertThat(everything).doesNotContain(privateMember);
        }
        assertThat(everything).contains("\"n\"").contains("\"e\"").contains(signing.getKeyID());
    }

    @Test
    void publicKeysBeforeAnyVisaCreateTheKey() throws Exception {
        JWKSet published = new SigningKeys(db, CLOCK, SigningKeys::generate).publicKeys();

        assertThat(rows()).hasSize(1);
        assertThat(published.getKeys()).extracting(JWK::getKeyID).containsExactly(rows().get(0).kid());
    }

    @Test
    void aVisaSignedWithTheSigningKeyVerifiesWithThePublishedKeyOfItsKid() throws Exception {
        SigningKeys keys = new SigningKeys(db, CLOCK, SigningKeys::generate);
        String token = new VisaSigner(keys.signingKey(), "http://localhost:8080", "http://localhost:8080/api/jwk")
                .sign(new VisaGrant("subject-123", "https://data.example.org/d/1", "https://dac.example.org/1",
                        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"),
                        Instant.parse("2027-03-02T00:00:00Z"), "jti-1"));
        SignedJWT jwt = SignedJWT.parse(token);

        // a restarted node publishes the key that verifies visas signed before the restart
        JWK published = new SigningKeys(db, CLOCK, mustNotGenerate()).publicKeys()
                .getKeyByKeyId(jwt.getHeader().getKeyID());

        assertThat(published).isNotNull();
        assertThat(jwt.verify(new RSASSAVerifier(published.toRSAKey()))).isTrue();
    }

    @Test
    void publishedKeySetIsServedFromMemoryAndPicksUpAnotherNodesKeyWithinAMinute() {
        store(TestKeys.ONE, CLOCK.millis() - 10);
        java.util.concurrent.atomic.AtomicLong now = new java.util.concurrent.atomic.AtomicLong(CLOCK.millis());
        Clock moving = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return Instant.ofEpochMilli(now.get());
            }
        };
        SigningKeys keys = new SigningKeys(db, moving, mustNotGenerate());
        String first = keys.publishedKeySet();
        store(TestKeys.TWO, CLOCK.millis() - 5); // another node's key

        now.addAndGet(SigningKeys.PUBLISHED_SET_MILLIS - 1);
        String stillCached = keys.publishedKeySet();
        now.addAndGet(1);
        String reread = keys.publishedKeySet();

        assertThat(first).contains(TestKeys.ONE.getKeyID()).doesNotContain(TestKeys.TWO.getKeyID());
        assertThat(stillCached).isSameAs(first);
        assertThat(reread).contains(TestKeys.ONE.getKeyID()).contains(TestKeys.TWO.getKeyID())
                .doesNotContain("\"d\"");
    }
}
