package eu.consulate.infrastructure.visa;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import javax.sql.DataSource;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyType;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.Test;

class SigningKeysTest {

    private static final String PASSPHRASE = "a passphrase for the tests";
    private static final long START = Instant.parse("2026-03-02T10:00:00Z").toEpochMilli();
    private static final long DAY = 86_400_000L;

    private final DataSource db = H2.migrated();
    private final AtomicLong now = new AtomicLong(START);
    private final Clock clock = new Clock() {
        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return Instant.ofEpochMilli(now.get());
        }
    };
    private int visas;

    private record StoredKey(String kid, String clearJwk, String publicJwk, String sealedJwk, long createdAt,
            Long retiredAt) {
    }

    private SigningKeys keys(Function<String, JWK> generator) {
        return new SigningKeys(db, clock, generator, PASSPHRASE, "RS256");
    }

    private SigningKeys keys() {
        return keys(SigningKeys::generate);
    }

    private List<StoredKey> rows() throws SQLException {
        try (Connection c = db.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT kid, private_jwk, public_jwk, sealed_jwk, created_at, "
                        + "retired_at FROM signing_key ORDER BY created_at");
                ResultSet r = s.executeQuery()) {
            List<StoredKey> rows = new ArrayList<>();
            while (r.next()) {
                long retired = r.getLong(6);
                Long retiredAt = r.wasNull() ? null : retired;
                rows.add(new StoredKey(r.getString(1), r.getString(2), r.getString(3), r.getString(4), r.getLong(5),
                        retiredAt));
            }
            return rows;
        }
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

    /** A key as another node (or this code before) stores it: sealed, with its public part. */
    private void storeSealed(JWK key, long createdAt) {
        sql("INSERT INTO signing_key (kid, algorithm, public_jwk, sealed_jwk, created_at) VALUES (?, 'RS256', ?, ?, ?)",
                key.getKeyID(), key.toPublicJWK().toJSONString(), new KeySeal(PASSPHRASE).seal(key), createdAt);
    }

    /** A key as versions before migration 12 stored it: the private JWK in clear. */
    private void storeClear(RSAKey key, long createdAt) {
        sql("INSERT INTO signing_key (kid, private_jwk, created_at) VALUES (?, ?, ?)", key.getKeyID(),
                key.toJSONString(), createdAt);
    }

    /** A visa row signed under {@code kid} that expires at {@code expiresAt}. */
    private void visaSignedBy(String kid, long expiresAt) {
        int n = ++visas;
        if (n == 1) {
            sql("INSERT INTO dac (id, name, source_url) VALUES ('dac-1', 'DAC', 'https://dac.example.org/1')");
        }
        sql("INSERT INTO dataset (id, url, title, dac_id) VALUES (?, ?, 'd', 'dac-1')", "ds-" + n,
                "https://data.example.org/" + n);
        sql("INSERT INTO permit (id, application_id, holder, holder_subject, dac_id, decided_at, valid_from, "
                + "valid_until, status) VALUES (?, ?, 'alice', 'alice-sub', 'dac-1', ?, ?, ?, 'ACTIVE')",
                "p-" + n, "app-" + n, START, START, expiresAt);
        sql(VisaTable.INSERT, "v-" + n, "p-" + n, "ds-" + n, "alice-sub", "h.p.s", START, expiresAt, 1, kid);
    }

    private static Function<String, JWK> mustNotGenerate() {
        return alg -> {
            throw new AssertionError("no key should be generated when one is stored");
        };
    }

    private static String visa(JWK key, String jti) {
        return new VisaSigner(key, "http://localhost:8080", "http://localhost:8080/api/jwk")
                .sign(new VisaGrant("subject-123", "https://data.example.org/d/1", "https://dac.example.org/1",
                        Instant.parse("2026-03-01T00:00:00Z"), Instant.parse("2026-03-02T00:00:00Z"),
                        Instant.parse("2027-03-02T00:00:00Z"), jti));
    }

    private static boolean verifies(String token, JWKSet published) throws Exception {
        SignedJWT jwt = SignedJWT.parse(token);
        JWK key = published.getKeyByKeyId(jwt.getHeader().getKeyID());
        if (key == null) {
            return false;
        }
        return key.getKeyType() == KeyType.EC ? jwt.verify(new ECDSAVerifier(key.toECKey()))
                : jwt.verify(new RSASSAVerifier(key.toRSAKey()));
    }

    @Test
    void firstUseGeneratesAnRsa2048KeyAndStoresItOnlySealed() throws Exception {
        JWK key = keys().signingKey();

        assertThat(key.isPrivate()).isTrue();
        assertThat(key.size()).isEqualTo(2048);
        assertThat(key.getKeyID()).isEqualTo(key.computeThumbprint("SHA-256").toString());
        List<StoredKey> rows = rows();
        assertThat(rows).hasSize(1);
        StoredKey row = rows.get(0);
        assertThat(row.kid()).isEqualTo(key.getKeyID());
        assertThat(row.createdAt()).isEqualTo(START);
        assertThat(row.clearJwk()).isNull();
        assertThat(row.publicJwk()).doesNotContain("\"d\"");
        // the sealed form holds the private key, and only the passphrase opens it
        assertThat(new KeySeal(PASSPHRASE).open(row.sealedJwk()).toRSAKey().toRSAPrivateKey())
                .isEqualTo(key.toRSAKey().toRSAPrivateKey());
        assertThatThrownBy(() -> new KeySeal("another passphrase").open(row.sealedJwk()))
                .isInstanceOf(KeySeal.WrongPassphrase.class);
    }

    @Test
    void theSameKeyIsUsedAfterARestart() throws Exception {
        AtomicInteger generated = new AtomicInteger();
        Function<String, JWK> counting = alg -> {
            generated.incrementAndGet();
            return SigningKeys.generate(alg);
        };
        JWK before = keys(counting).signingKey();

        SigningKeys restarted = keys(counting);
        JWK after = restarted.signingKey();

        assertThat(generated).hasValue(1);
        assertThat(after.getKeyID()).isEqualTo(before.getKeyID());
        assertThat(after.toRSAKey().toRSAPrivateKey()).isEqualTo(before.toRSAKey().toRSAPrivateKey());
        assertThat(restarted.publicKeys().getKeyByKeyId(before.getKeyID())).isNotNull();
        assertThat(rows()).hasSize(1);
    }

    @Test
    void aKeyStoredInClearByAnOlderVersionIsSealedAtStartAndStillSigns() throws Exception {
        storeClear(TestKeys.ONE, 1_000L);

        SigningKeys keys = keys(mustNotGenerate());
        keys.createOnStart();

        StoredKey row = rows().get(0);
        assertThat(row.clearJwk()).isNull();
        assertThat(row.sealedJwk()).doesNotContain(TestKeys.ONE.getPrivateExponent().toString());
        assertThat(new KeySeal(PASSPHRASE).open(row.sealedJwk()).getKeyID()).isEqualTo("test-key-one");
        assertThat(keys.signingKey().toRSAKey().toRSAPrivateKey()).isEqualTo(TestKeys.ONE.toRSAPrivateKey());
        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID).containsExactly("test-key-one");
    }

    @Test
    void aPassphraseThatDoesNotOpenTheStoredKeyStopsTheStartAndGeneratesNothing() throws Exception {
        storeSealed(TestKeys.ONE, 1_000L);

        SigningKeys wrong = new SigningKeys(db, clock, mustNotGenerate(), "not the passphrase", "RS256");

        assertThatThrownBy(wrong::createOnStart).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("consulate.keys.passphrase does not open visa signing key test-key-one");
        assertThat(rows()).extracting(StoredKey::kid).containsExactly("test-key-one");
    }

    @Test
    void theNewestKeyThatIsNotRetiredSigns() {
        storeSealed(TestKeys.ONE, 1_000L);
        storeSealed(TestKeys.TWO, 2_000L);

        assertThat(keys(mustNotGenerate()).signingKey().getKeyID()).isEqualTo("test-key-two");

        sql("UPDATE signing_key SET retired_at = 3000 WHERE kid = 'test-key-two'");
        assertThat(keys(mustNotGenerate()).signingKey().getKeyID()).isEqualTo("test-key-one");
    }

    @Test
    void whenAnotherNodeStoredAKeyFirstBothArePublishedAndOneIsUsed() throws Exception {
        // The other node stores its key between our "is there a key?" and our insert.
        Function<String, JWK> racing = alg -> {
            storeSealed(TestKeys.TWO, START - 5);
            return SigningKeys.generate(alg);
        };
        SigningKeys keys = keys(racing);

        JWK key = keys.signingKey();

        assertThat(rows()).hasSize(2);
        assertThat(key.getKeyID()).isNotEqualTo("test-key-two"); // ours is the newer one
        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID)
                .containsExactlyInAnyOrderElementsOf(rows().stream().map(StoredKey::kid).toList());
    }

    @Test
    void whenTheInsertFailsTheStoredKeyIsUsed() {
        // The other node's key has our key's kid: the insert hits the primary key.
        Function<String, JWK> racing = alg -> {
            storeSealed(TestKeys.TWO, START - 5);
            return TestKeys.TWO;
        };

        assertThat(keys(racing).signingKey().getKeyID()).isEqualTo("test-key-two");
    }

    @Test
    void publicKeysHoldNoPrivatePart() throws Exception {
        SigningKeys keys = keys();
        JWK signing = keys.signingKey();

        JWKSet published = keys.publicKeys();

        assertThat(published.getKeys()).hasSize(1);
        JWK key = published.getKeys().get(0);
        assertThat(key.isPrivate()).isFalse();
        assertThat(key.getKeyID()).isEqualTo(signing.getKeyID());
        String everything = published.toString(false);
        for (String privateMember : List.of("\"d\"", "\"p\"", "\"q\"", "\"dp\"", "\"dq\"", "\"qi\"")) {
            assertThat(everything).doesNotContain(privateMember);
        }
        assertThat(everything).contains("\"n\"").contains("\"e\"").contains(signing.getKeyID());
    }

    @Test
    void publicKeysBeforeAnyVisaCreateTheKey() throws Exception {
        JWKSet published = keys().publicKeys();

        assertThat(rows()).hasSize(1);
        assertThat(published.getKeys()).extracting(JWK::getKeyID).containsExactly(rows().get(0).kid());
    }

    @Test
    void rotationSignsWithANewKeyAndKeepsTheOldOnePublishedUntilItsLastVisaExpires() throws Exception {
        SigningKeys keys = keys();
        JWK old = keys.signingKey();
        String oldVisa = visa(old, "jti-old");
        visaSignedBy(old.getKeyID(), START + 10 * DAY);
        now.addAndGet(DAY);

        SigningKeys.KeyInfo rotated = keys.rotate(PASSPHRASE);

        JWK fresh = keys.signingKey();
        assertThat(rotated.kid()).isEqualTo(fresh.getKeyID()).isNotEqualTo(old.getKeyID());
        assertThat(rotated.signing()).isTrue();
        String newVisa = visa(fresh, "jti-new");
        assertThat(SignedJWT.parse(newVisa).getHeader().getKeyID()).isEqualTo(fresh.getKeyID());
        JWKSet published = keys.publicKeys();
        assertThat(verifies(oldVisa, published)).isTrue();
        assertThat(verifies(newVisa, published)).isTrue();
        assertThat(rows()).filteredOn(r -> r.kid().equals(old.getKeyID()))
                .extracting(StoredKey::retiredAt).containsExactly(START + DAY);

        // the old key's last visa expires: the key leaves the published set
        now.set(START + 10 * DAY + 1);
        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID).containsExactly(fresh.getKeyID());
        assertThat(keys.keys()).extracting(SigningKeys.KeyInfo::kid, SigningKeys.KeyInfo::published)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(fresh.getKeyID(), true),
                        org.assertj.core.groups.Tuple.tuple(old.getKeyID(), false));
    }

    @Test
    void aRetiredKeyThatSignedNoVisaLeavesThePublishedSetAtOnce() {
        SigningKeys keys = keys();
        String old = keys.signingKey().getKeyID();

        keys.rotate(PASSPHRASE);

        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID).doesNotContain(old).hasSize(1);
    }

    @Test
    void rotationWithAWrongPassphraseChangesNothing() throws Exception {
        SigningKeys keys = keys();
        String signing = keys.signingKey().getKeyID();

        assertThatThrownBy(() -> keys.rotate("a guess")).isInstanceOf(SigningKeys.WrongPassphrase.class)
                .hasMessage("The passphrase does not open the signing keys; no key was rotated.");
        assertThatThrownBy(() -> keys.rotate("")).isInstanceOf(SigningKeys.WrongPassphrase.class);

        assertThat(rows()).extracting(StoredKey::kid, StoredKey::retiredAt)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(signing, null));
        assertThat(keys.signingKey().getKeyID()).isEqualTo(signing);
    }

    @Test
    void theScheduleRotatesOnlyAKeyOlderThanThePeriod() throws Exception {
        SigningKeys keys = keys();
        String first = keys.signingKey().getKeyID();

        now.addAndGet(89 * DAY);
        assertThat(keys.rotateIfOlderThan(Duration.ofDays(90))).isEmpty();
        assertThat(keys.signingKey().getKeyID()).isEqualTo(first);

        now.addAndGet(DAY);
        assertThat(keys.rotateIfOlderThan(Duration.ofDays(90))).isPresent();
        assertThat(keys.signingKey().getKeyID()).isNotEqualTo(first);
        assertThat(rows()).hasSize(2);
        // a second node asking at the same moment finds the new key young enough
        assertThat(keys(mustNotGenerate()).rotateIfOlderThan(Duration.ofDays(90))).isEmpty();
    }

    @Test
    void anotherNodesRotationIsUsedHereWithinAMinute() {
        SigningKeys here = keys();
        String before = here.signingKey().getKeyID();
        SigningKeys there = keys();
        there.rotate(PASSPHRASE);

        now.addAndGet(SigningKeys.REREAD_MILLIS - 1);
        assertThat(here.signingKey().getKeyID()).isEqualTo(before);
        now.addAndGet(1);
        assertThat(here.signingKey().getKeyID()).isEqualTo(there.signingKey().getKeyID()).isNotEqualTo(before);
    }

    @Test
    void es256KeysSignVisasThatVerifyWithThePublishedEcKey() throws Exception {
        SigningKeys keys = new SigningKeys(db, clock, SigningKeys::generate, PASSPHRASE, "ES256");

        JWK key = keys.signingKey();
        String token = visa(key, "jti-ec");

        assertThat(key).isInstanceOf(ECKey.class);
        assertThat(SignedJWT.parse(token).getHeader().getAlgorithm()).isEqualTo(JWSAlgorithm.ES256);
        assertThat(keys.publicKeys().getKeys().get(0).getKeyType()).isEqualTo(KeyType.EC);
        assertThat(verifies(token, keys.publicKeys())).isTrue();
        assertThat(keys.keys().get(0).algorithm()).isEqualTo("ES256");
    }

    @Test
    void anUnknownAlgorithmIsRefusedBeforeAnyKeyIsMade() throws Exception {
        SigningKeys keys = new SigningKeys(db, clock, SigningKeys::generate, PASSPHRASE, "HS256");

        assertThatThrownBy(keys::signingKey).hasMessageContaining("consulate.keys.algorithm is 'HS256'");
        assertThat(rows()).isEmpty();
    }

    @Test
    void publishedKeySetIsServedFromMemoryAndPicksUpAnotherNodesKeyWithinAMinute() {
        storeSealed(TestKeys.ONE, START - 10);
        SigningKeys keys = keys(mustNotGenerate());
        String first = keys.publishedKeySet();
        storeSealed(TestKeys.TWO, START - 5); // another node's key

        now.addAndGet(SigningKeys.REREAD_MILLIS - 1);
        String stillCached = keys.publishedKeySet();
        now.addAndGet(1);
        String reread = keys.publishedKeySet();

        assertThat(first).contains(TestKeys.ONE.getKeyID()).doesNotContain(TestKeys.TWO.getKeyID());
        assertThat(stillCached).isSameAs(first);
        assertThat(reread).contains(TestKeys.ONE.getKeyID()).contains(TestKeys.TWO.getKeyID())
                .doesNotContain("\"d\"");
    }

    @Test
    void aRetiredKeyStaysPublishedWhileATermsVisaItSignedIsValid() throws Exception {
        SigningKeys keys = keys();
        String old = keys.signingKey().getKeyID();
        sql("INSERT INTO dac (id, name, source_url) VALUES ('dac-t', 'DAC', 'https://dac.example.org/t')");
        sql(VisaTable.INSERT_TERMS, "t1", "alice-sub", "alice", "dac-t", "https://dac.example.org/terms", "h.p.s", old,
                START, START + 5 * DAY, null);

        keys.rotate(PASSPHRASE);

        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID).contains(old);
        now.set(START + 5 * DAY);
        assertThat(keys.publicKeys().getKeys()).extracting(JWK::getKeyID).doesNotContain(old);
    }
}
