package eu.consulate.infrastructure.visa;

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
    private SigningKeyTable table;

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
        Optional<String> newest = table().newestActiveKid();
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
        List<KeyInfo> keys = new ArrayList<>();
        for (SigningKeyTable.Row row : table().all()) {
            boolean active = row.retiredAt() == null;
            Instant lastVisa = row.lastVisaExpiresAt() == null ? null : Instant.ofEpochMilli(row.lastVisaExpiresAt());
            boolean signing = active && keys.stream().noneMatch(KeyInfo::signing);
            keys.add(new KeyInfo(row.kid(), row.algorithm(), Instant.ofEpochMilli(row.createdAt()),
                    active ? null : Instant.ofEpochMilli(row.retiredAt()), signing,
                    active || (lastVisa != null && lastVisa.toEpochMilli() > now), lastVisa));
        }
        return keys;
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
        JWK[] made = new JWK[1];
        Optional<SigningKeyTable.NewKey> stored = table().rotate(clock.millis(),
                onlyIfOlder.map(Duration::toMillis).orElse(null), () -> {
                    made[0] = newKey();
                    return row(made[0]);
                });
        if (stored.isEmpty()) {
            return null;
        }
        JWK fresh = made[0];
        current = new Current(fresh, clock.millis());
        published = null;
        LOG.info(() -> "Rotated the visa signing key: " + fresh.getKeyID() + " signs from now on");
        return keys().stream().filter(k -> k.kid().equals(fresh.getKeyID())).findFirst().orElseThrow();
    }

    private JWK createFirst() {
        JWK fresh = newKey();
        try {
            table().insert(row(fresh), clock.millis());
            LOG.info(() -> "Created visa signing key " + fresh.getKeyID());
        } catch (SQLException e) {
            // Another node may have stored a key at the same time; whatever is stored wins.
            LOG.warning(() -> "Could not store a new visa signing key; using a stored one: " + e.getMessage());
        }
        String newest = table().newestActiveKid()
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

    /** The key as {@code signing_key} stores it: public part in clear, private part sealed. */
    private SigningKeyTable.NewKey row(JWK key) {
        return new SigningKeyTable.NewKey(key.getKeyID(), key.getAlgorithm() == null ? "RS256" : key.getAlgorithm().getName(),
                key.toPublicJWK().toJSONString(), seal().seal(key));
    }

    private SigningKeyTable table() {
        if (table == null) {
            table = new SigningKeyTable(dataSource);
        }
        return table;
    }

    /** Keys stored in clear before migration 12 are sealed and the clear column emptied. */
    private void sealClearKeys() {
        table().clearKeys().forEach((kid, json) -> {
            JWK key = parse(kid, json);
            table().sealed(kid, key.toPublicJWK().toJSONString(), seal().seal(key));
            LOG.info(() -> "Sealed visa signing key " + kid + " (it was stored in clear)");
        });
    }


    private String sealedJwk(String kid) {
        return table().sealedJwk(kid);
    }

    private JWK publicJwk(String kid) {
        return parse(kid, table().publicJwk(kid));
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
