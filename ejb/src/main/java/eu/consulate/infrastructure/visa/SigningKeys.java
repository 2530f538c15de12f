package eu.consulate.infrastructure.visa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The keys that sign visas, stored in {@code signing_key}: the public JWK in clear (it is
 * published), the private JWK only sealed under the key-encryption passphrase ({@link KeySeal}).
 *
 * <p>Life of a key: the first start generates one (RS256, or ES256 when
 * {@code consulate.keys.algorithm} says so; {@code kid} = its SHA-256 JWK thumbprint). The
 * <em>newest</em> key that is not retired signs. A rotation (by an administrator who knows the
 * passphrase, or on schedule when the signing key is older than {@code consulate.keys.rotate-every})
 * stores a new key and retires the others in one transaction. A retired key stays in the
 * published set as long as a visa it signed has not expired (every visa row, of a permit
 * or of accepted terms, records its {@code kid}), then leaves it. A key stored in clear by an older version is sealed at start.
 *
 * <p>Every node re-reads which key signs at most once a minute, so a rotation on one node reaches
 * the others within a minute; the published set is re-read as often. Bean-managed transactions:
 * key rows commit on their own, never with a caller's permit.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.WRITE)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    static final int RSA_KEY_SIZE = 2048;

    /** How long the signing key and the published key set are served from memory before the database is read again. */
    static final long REREAD_MILLIS = 60_000;

    @Resource(lookup = "jdbc/consulate")
    private DataSource dataSource;

    @Inject
    @ConfigProperty(name = "consulate.keys.passphrase")
    String passphrase;

    @Inject
    @ConfigProperty(name = "consulate.keys.algorithm", defaultValue = "RS256")
    String algorithm;

    private Clock clock;
    private Function<String, JWK> generator;
    private KeySeal seal;

    private volatile Current current;
    private volatile Published published;

    private record Current(JWK key, long readAt) {
    }

    private record Published(String json, long readAt) {
    }

    /** One stored key as an administrator sees it; {@code publishedUntil} is null while it signs. */
    public record KeyInfo(String kid, String algorithm, Instant createdAt, Instant retiredAt, boolean signing,
            boolean published, Instant lastVisaExpiresAt) {
    }

    /**
     * A rotation asked with a passphrase that does not open the signing key: nothing was changed.
     * An application exception, so the caller receives it as it is (not wrapped by the container).
     */
    @ApplicationException
    public static final class WrongPassphrase extends RuntimeException {
        private static final long serialVersionUID = 1L;

        WrongPassphrase() {
            super("The passphrase does not open the signing keys; no key was rotated.");
        }
    }

    /** For the container. */
    public SigningKeys() {
        this.clock = Clock.systemUTC();
        this.generator = SigningKeys::generate;
    }

    /** Outside the container (tests): the database, the clock, how a new key is made, the passphrase and algorithm. */
    SigningKeys(DataSource dataSource, Clock clock, Function<String, JWK> generator, String passphrase,
            String algorithm) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generator = Objects.requireNonNull(generator, "generator");
        this.passphrase = passphrase;
        this.algorithm = algorithm;
    }

    /** Clear keys are sealed and a key exists from the first start on, so the JWKS is never empty. */
    @PostConstruct
    void createOnStart() {
        if (dataSource != null) {
            sealClearKeys();
            LOG.info(() -> "Visa signing key " + signingKey().getKeyID());
        }
    }

    /** The private key that signs now (the newest key not retired); created on first use. */
    public JWK signingKey() {
        Current known = current;
        long now = clock.millis();
        if (known != null && now - known.readAt() < REREAD_MILLIS) {
            return known.key();
        }
        Optional<String> newest = newestActiveKid();
        JWK key;
        if (newest.isEmpty()) {
            key = createFirst();
        } else if (known != null && known.key().getKeyID().equals(newest.get())) {
            key = known.key();
        } else {
            key = unseal(newest.get());
        }
        current = new Current(key, now);
        return key;
    }

    /**
     * {@link #publicKeys()} as JSON, served from memory and read again from the database at most
     * once a minute. Concurrent readers do not wait for each other.
     */
    @Lock(LockType.READ)
    public String publishedKeySet() {
        Published known = published;
        long now = clock.millis();
        if (known == null || now - known.readAt() >= REREAD_MILLIS) {
            known = new Published(publicKeys().toString(true), now);
            published = known;
        }
        return known.json();
    }

    /**
     * What {@code /api/jwk} publishes: the public part of every key that signs or signed a visa
     * that has not expired yet, newest first. Read afresh from the database.
     */
    @Lock(LockType.READ)
    public JWKSet publicKeys() {
        if (current == null) {
            signingKey(); // the first start publishes a key before any visa is signed
        }
        List<JWK> keys = new ArrayList<>();
        for (KeyInfo info : keys()) {
            if (info.published()) {
                keys.add(publicJwk(info.kid()));
            }
        }
        return new JWKSet(keys);
    }

    /** Every stored key, newest first, with whether it signs and whether it is still published. */
    @Lock(LockType.READ)
    public List<KeyInfo> keys() {
        long now = clock.millis();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT k.kid, k.algorithm, k.created_at, k.retired_at, "
                                + "(SELECT MAX(v.expires_at) FROM visa v WHERE v.kid = k.kid), "
                                + "(SELECT MAX(t.expires_at) FROM terms_visa t WHERE t.kid = k.kid) "
                                + "FROM signing_key k ORDER BY k.created_at DESC, k.kid DESC");
                ResultSet rows = select.executeQuery()) {
            List<KeyInfo> keys = new ArrayList<>();
            while (rows.next()) {
                long retired = rows.getLong(4);
                boolean active = rows.wasNull();
                long grants = rows.getLong(5);
                boolean noGrant = rows.wasNull();
                long terms = rows.getLong(6);
                boolean noTerms = rows.wasNull();
                Instant lastVisa = noGrant && noTerms ? null
                        : Instant.ofEpochMilli(Math.max(noGrant ? Long.MIN_VALUE : grants, noTerms ? Long.MIN_VALUE : terms));
                boolean signing = active && keys.stream().noneMatch(KeyInfo::signing);
                keys.add(new KeyInfo(rows.getString(1), rows.getString(2), Instant.ofEpochMilli(rows.getLong(3)),
                        active ? null : Instant.ofEpochMilli(retired), signing,
                        active || (lastVisa != null && lastVisa.toEpochMilli() > now), lastVisa));
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the visa signing keys", e);
        }
    }

    /**
     * An administrator's rotation: the passphrase must open the current signing key (whoever holds
     * only an administrator's session cannot replace the key). A new key of the configured
     * algorithm signs from now on; the old ones are retired and stay published while their visas
     * are valid.
     *
     * @throws WrongPassphrase when the passphrase does not open the signing key; nothing changed
     */
    public KeyInfo rotate(String offeredPassphrase) {
        if (offeredPassphrase == null || offeredPassphrase.isEmpty()) {
            throw new WrongPassphrase();
        }
        JWK signing = signingKey();
        try {
            new KeySeal(offeredPassphrase).open(sealedJwk(signing.getKeyID()));
        } catch (KeySeal.WrongPassphrase | IllegalArgumentException e) {
            throw new WrongPassphrase();
        }
        return rotateNow(Optional.empty());
    }

    /**
     * The schedule's rotation: rotates when the signing key is older than {@code maxAge}. Several
     * nodes asking at once rotate once (the active rows are locked and the age checked again).
     */
    public Optional<KeyInfo> rotateIfOlderThan(Duration maxAge) {
        Objects.requireNonNull(maxAge, "maxAge");
        signingKey();
        KeyInfo rotated = rotateNow(Optional.of(maxAge));
        return Optional.ofNullable(rotated);
    }

    /** Stores a new key and retires the active ones in one transaction; null when {@code onlyIfOlder} says not yet. */
    private KeyInfo rotateNow(Optional<Duration> onlyIfOlder) {
        long now = clock.millis();
        JWK fresh;
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
                if (onlyIfOlder.isPresent() && newestCreated != Long.MIN_VALUE
                        && now - newestCreated < onlyIfOlder.get().toMillis()) {
                    connection.rollback();
                    return null;
                }
                fresh = newKey();
                try (PreparedStatement retire = connection.prepareStatement(
                        "UPDATE signing_key SET retired_at = ? WHERE retired_at IS NULL")) {
                    retire.setLong(1, now);
                    retire.executeUpdate();
                }
                insert(connection, fresh, now);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not rotate the visa signing key", e);
        }
        current = new Current(fresh, clock.millis());
        published = null;
        LOG.info(() -> "Rotated the visa signing key: " + fresh.getKeyID() + " signs from now on");
        return keys().stream().filter(k -> k.kid().equals(fresh.getKeyID())).findFirst().orElseThrow();
    }

    private JWK createFirst() {
        JWK fresh = newKey();
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            insert(connection, fresh, clock.millis());
            LOG.info(() -> "Created visa signing key " + fresh.getKeyID());
        } catch (SQLException e) {
            // Another node may have stored a key at the same time; whatever is stored wins.
            LOG.warning(() -> "Could not store a new visa signing key; using a stored one: " + e.getMessage());
        }
        String newest = newestActiveKid()
                .orElseThrow(() -> new IllegalStateException("No visa signing key could be stored."));
        return newest.equals(fresh.getKeyID()) ? fresh : unseal(newest);
    }

    private JWK newKey() {
        JWK fresh = generator.apply(configuredAlgorithm());
        if (!fresh.isPrivate() || fresh.getKeyID() == null) {
            throw new IllegalStateException("A generated signing key must be private and have a kid.");
        }
        return fresh;
    }

    private String configuredAlgorithm() {
        String alg = algorithm == null ? "RS256" : algorithm.strip().toUpperCase(Locale.ROOT);
        if (!alg.equals("RS256") && !alg.equals("ES256")) {
            throw new IllegalStateException("consulate.keys.algorithm is '" + algorithm + "'; use RS256 or ES256");
        }
        return alg;
    }

    private KeySeal seal() {
        if (seal == null) {
            seal = new KeySeal(passphrase);
        }
        return seal;
    }

    private void insert(Connection connection, JWK key, long createdAt) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO signing_key (kid, algorithm, public_jwk, sealed_jwk, created_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, key.getKeyID());
            insert.setString(2, key.getAlgorithm() == null ? "RS256" : key.getAlgorithm().getName());
            insert.setString(3, key.toPublicJWK().toJSONString());
            insert.setString(4, seal().seal(key));
            insert.setLong(5, createdAt);
            insert.executeUpdate();
        }
    }

    /** Keys stored in clear before migration 12 are sealed and the clear column emptied. */
    private void sealClearKeys() {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(true);
            List<String[]> clear = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT kid, private_jwk FROM signing_key WHERE private_jwk IS NOT NULL");
                    ResultSet rows = select.executeQuery()) {
                while (rows.next()) {
                    clear.add(new String[] {rows.getString(1), rows.getString(2)});
                }
            }
            for (String[] row : clear) {
                JWK key = parse(row[0], row[1]);
                try (PreparedStatement update = connection.prepareStatement(
                        "UPDATE signing_key SET public_jwk = ?, sealed_jwk = ?, private_jwk = NULL WHERE kid = ?")) {
                    update.setString(1, key.toPublicJWK().toJSONString());
                    update.setString(2, seal().seal(key));
                    update.setString(3, row[0]);
                    update.executeUpdate();
                }
                LOG.info(() -> "Sealed visa signing key " + row[0] + " (it was stored in clear)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not seal the visa signing keys", e);
        }
    }

    private Optional<String> newestActiveKid() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kid FROM signing_key WHERE retired_at IS NULL ORDER BY created_at DESC, kid DESC");
                ResultSet rows = select.executeQuery()) {
            return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the visa signing keys", e);
        }
    }

    private String sealedJwk(String kid) {
        return column(kid, "sealed_jwk");
    }

    private JWK publicJwk(String kid) {
        return parse(kid, column(kid, "public_jwk"));
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

    private JWK unseal(String kid) {
        try {
            JWK key = seal().open(sealedJwk(kid));
            if (!kid.equals(key.getKeyID())) {
                throw new IllegalStateException("Sealed visa signing key " + kid + " carries kid " + key.getKeyID());
            }
            return key;
        } catch (KeySeal.WrongPassphrase e) {
            throw new IllegalStateException("consulate.keys.passphrase does not open visa signing key " + kid
                    + "; set the passphrase the key was sealed with", e);
        }
    }

    private static JWK parse(String kid, String json) {
        try {
            JWK key = JWK.parse(json);
            if (!kid.equals(key.getKeyID())) {
                throw new IllegalStateException("Stored visa signing key " + kid + " carries kid " + key.getKeyID());
            }
            return key;
        } catch (ParseException e) {
            throw new IllegalStateException("Stored visa signing key " + kid + " is not a JWK", e);
        }
    }

    /** A new signing key: RSA 2048 for RS256 or P-256 for ES256; its kid is its SHA-256 JWK thumbprint (RFC 7638). */
    static JWK generate(String algorithm) {
        try {
            if ("ES256".equals(algorithm)) {
                return new ECKeyGenerator(Curve.P_256)
                        .keyUse(KeyUse.SIGNATURE)
                        .algorithm(JWSAlgorithm.ES256)
                        .keyIDFromThumbprint(true)
                        .generate();
            }
            return new RSAKeyGenerator(RSA_KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a visa signing key", e);
        }
    }
}
