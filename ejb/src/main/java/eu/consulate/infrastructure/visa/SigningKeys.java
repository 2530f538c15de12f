package eu.consulate.infrastructure.visa;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.ParseException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javax.sql.DataSource;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.KeyUse;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.jwk.gen.RSAKeyGenerator;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Lock;
import jakarta.ejb.LockType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.DependsOn;
import jakarta.annotation.PostConstruct;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;

/**
 * The key pair that signs visas. Lives only in the database ({@code signing_key}, a private JWK):
 * at start-up (after the schema migration) the oldest stored key is loaded; when there is none, an RSA 2048 key is generated
 * ({@code kid} = its SHA-256 JWK thumbprint), stored and then the oldest key re-read, so that nodes
 * starting together settle on the same key. Because the row is reused, the {@code kid} survives
 * restarts.
 *
 * <p>Bean-managed transactions: the key row is committed on its own (auto-commit) even when the
 * first use happens inside a caller's transaction, so a rolled-back permit never takes the key
 * with it and other nodes see it at once.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.CONTAINER)
@TransactionManagement(TransactionManagementType.BEAN)
@Lock(LockType.WRITE)
public class SigningKeys {

    private static final Logger LOG = Logger.getLogger(SigningKeys.class.getName());

    static final int KEY_SIZE = 2048;

    @Resource(lookup = "jdbc/consulate")
    private DataSource dataSource;

    private final Clock clock;
    private final Supplier<RSAKey> generator;

    /** How long the published key set is served from memory before the database is read again. */
    static final long PUBLISHED_SET_MILLIS = 60_000;

    private volatile RSAKey signingKey;
    private volatile Published published;

    private record Published(String json, long readAt) {
    }

    /** For the container. */
    public SigningKeys() {
        this.clock = Clock.systemUTC();
        this.generator = SigningKeys::generate;
    }

    /** Outside the container (tests): the database, the clock and how a new key is made. */
    SigningKeys(DataSource dataSource, Clock clock, Supplier<RSAKey> generator) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.generator = Objects.requireNonNull(generator, "generator");
    }

    /** The key exists from the first start on, so the JWKS is never empty. */
    @PostConstruct
    void createOnStart() {
        if (dataSource != null) {
            LOG.info(() -> "Visa signing key " + signingKey().getKeyID());
        }
    }

    /** The private signing key (with its {@code kid}); loaded or created on first use. */
    public RSAKey signingKey() {
        if (signingKey == null) {
            signingKey = loadOrCreate();
        }
        return signingKey;
    }

    /**
     * {@link #publicKeys()} as JSON, served from memory and read again from the database at most
     * once a minute, so a key another node created is published here within a minute. Concurrent
     * readers do not wait for each other (the JWKS endpoint used to read the database under
     * this singleton's write lock on every call).
     */
    @Lock(LockType.READ)
    public String publishedKeySet() {
        Published current = published;
        long now = clock.millis();
        if (current == null || now - current.readAt() >= PUBLISHED_SET_MILLIS) {
            current = new Published(publicKeys().toString(true), now);
            published = current;
        }
        return current.json();
    }

    /**
     * The public parts of every stored key, the signing key first: what {@code /api/jwk} publishes.
     * Read afresh so that a key another node created is published here too.
     */
    @Lock(LockType.READ)
    public JWKSet publicKeys() {
        RSAKey current = signingKey();
        List<JWK> keys = new ArrayList<>();
        keys.add(current.toPublicJWK());
        for (RSAKey stored : storedKeys()) {
            if (!stored.getKeyID().equals(current.getKeyID())) {
                keys.add(stored.toPublicJWK());
            }
        }
        return new JWKSet(keys);
    }

    private RSAKey loadOrCreate() {
        List<RSAKey> stored = storedKeys();
        if (!stored.isEmpty()) {
            return stored.get(0);
        }
        RSAKey fresh = generator.get();
        if (!fresh.isPrivate() || fresh.getKeyID() == null) {
            throw new IllegalStateException("A generated signing key must be private and have a kid.");
        }
        try {
            insert(fresh);
            LOG.info(() -> "Created visa signing key " + fresh.getKeyID());
        } catch (SQLException e) {
            // Another node may have stored a key at the same time; whatever is stored wins.
            LOG.log(Level.WARNING, "Could not store a new visa signing key; using a stored one", e);
        }
        List<RSAKey> after = storedKeys();
        if (after.isEmpty()) {
            throw new IllegalStateException("No visa signing key could be stored.");
        }
        if (!after.get(0).getKeyID().equals(fresh.getKeyID())) {
            LOG.info(() -> "Another node created visa signing key " + after.get(0).getKeyID() + " first; using it");
        }
        return after.get(0);
    }

    /** Every stored key, oldest first (ties broken by kid, so every node picks the same one). */
    private List<RSAKey> storedKeys() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT kid, private_jwk FROM signing_key ORDER BY created_at, kid");
                ResultSet rows = select.executeQuery()) {
            List<RSAKey> keys = new ArrayList<>();
            while (rows.next()) {
                keys.add(parse(rows.getString(1), rows.getString(2)));
            }
            return keys;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the visa signing keys", e);
        }
    }

    private void insert(RSAKey key) throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement(
                        "INSERT INTO signing_key (kid, private_jwk, created_at) VALUES (?, ?, ?)")) {
            insert.setString(1, key.getKeyID());
            insert.setString(2, key.toJSONString());
            insert.setLong(3, clock.millis());
            insert.executeUpdate();
            if (!connection.getAutoCommit()) {
                connection.commit();
            }
        }
    }

    private static RSAKey parse(String kid, String json) {
        RSAKey key;
        try {
            key = RSAKey.parse(json);
        } catch (ParseException e) {
            throw new IllegalStateException("Stored visa signing key " + kid + " is not an RSA JWK", e);
        }
        if (!key.isPrivate()) {
            throw new IllegalStateException("Stored visa signing key " + kid + " has no private part");
        }
        if (!kid.equals(key.getKeyID())) {
            throw new IllegalStateException("Stored visa signing key " + kid + " carries kid " + key.getKeyID());
        }
        return key;
    }

    /** A new RSA 2048 key for RS256 signatures; its kid is its SHA-256 JWK thumbprint (RFC 7638). */
    static RSAKey generate() {
        try {
            return new RSAKeyGenerator(KEY_SIZE)
                    .keyUse(KeyUse.SIGNATURE)
                    .algorithm(JWSAlgorithm.RS256)
                    .keyIDFromThumbprint(true)
                    .generate();
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not generate a visa signing key", e);
        }
    }
}
