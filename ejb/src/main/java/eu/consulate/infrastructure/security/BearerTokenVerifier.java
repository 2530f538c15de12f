package eu.consulate.infrastructure.security;

import java.io.Closeable;
import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URI;
import java.net.URL;
import java.text.ParseException;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.jwk.source.JWKSource;
import com.nimbusds.jose.jwk.source.JWKSourceBuilder;
import com.nimbusds.jose.proc.BadJOSEException;
import com.nimbusds.jose.proc.JWSVerificationKeySelector;
import com.nimbusds.jose.proc.SecurityContext;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.proc.ConfigurableJWTProcessor;
import com.nimbusds.jwt.proc.DefaultJWTClaimsVerifier;
import com.nimbusds.jwt.proc.DefaultJWTProcessor;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks the API's bearer tokens: RS256 signature by a key of the identity provider's key set,
 * the configured issuer, the API audience, expiry (and not-before) with 30 s of clock skew,
 * a subject. The key set is fetched once and kept in memory for
 * {@code consulate.api.jwks-cache-minutes}; a token signed with a key that is not in the cached
 * set triggers one early refetch (at most every 30 s), so a key rotation at the identity
 * provider is picked up at once and a retired key stops working within the cache time.
 *
 * <p>Why our own: Payara's MicroProfile JWT mechanism parsed the key set again and looked up the
 * JSON provider on every request, which made an authenticated call cost ~15 ms of CPU (issue 12).
 */
@ApplicationScoped
public class BearerTokenVerifier {

    private static final Logger LOG = Logger.getLogger(BearerTokenVerifier.class.getName());

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.publickey.location")
    String jwksUri;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences")
    String audience;

    @Inject
    @ConfigProperty(name = "consulate.api.jwks-cache-minutes", defaultValue = "5")
    long cacheMinutes;

    /** Upper bound of remembered tokens; beyond it the memory starts afresh. */
    static final int MAX_REMEMBERED = 10_000;

    private final java.util.concurrent.ConcurrentHashMap<String, VerifiedToken> remembered =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Tolerance for clocks that differ between the identity provider and us ({@code exp}, {@code nbf}). */
    private int clockSkewSeconds = 30;
    private Clock clock = Clock.systemUTC();
    private JWKSource<SecurityContext> keys;
    private ConfigurableJWTProcessor<SecurityContext> processor;

    @PostConstruct
    void configure() {
        try {
            processor = processor(URI.create(jwksUri).toURL(), issuer, audience,
                    TimeUnit.MINUTES.toMillis(cacheMinutes), TimeUnit.SECONDS.toMillis(30));
        } catch (MalformedURLException | IllegalArgumentException e) {
            throw new IllegalStateException("mp.jwt.verify.publickey.location is not a URL: " + jwksUri, e);
        }
    }

    /** A verifier outside the container (tests): where the key set is, whom to trust, how long to cache. */
    static BearerTokenVerifier of(URL jwks, String issuer, String audience, long cacheMillis, long refetchMillis,
            int clockSkewSeconds, Clock clock) {
        BearerTokenVerifier verifier = new BearerTokenVerifier();
        verifier.clockSkewSeconds = clockSkewSeconds;
        verifier.clock = clock;
        verifier.jwksUri = jwks.toString();
        verifier.processor = verifier.processor(jwks, issuer, audience, cacheMillis, refetchMillis);
        return verifier;
    }

    private ConfigurableJWTProcessor<SecurityContext> processor(URL jwks, String issuer, String audience,
            long cacheMillis, long refetchMillis) {
        keys = JWKSourceBuilder.create(jwks)
                .cache(cacheMillis, TimeUnit.SECONDS.toMillis(15))
                .rateLimited(refetchMillis)
                .refreshAheadCache(false) // no background thread that could outlive a deployment
                .retrying(true)
                .build();
        DefaultJWTProcessor<SecurityContext> jwt = new DefaultJWTProcessor<>();
        jwt.setJWSKeySelector(new JWSVerificationKeySelector<>(JWSAlgorithm.RS256, keys));
        // mutable sets: Nimbus asks them whether they contain null, which Set.of answers with an NPE
        DefaultJWTClaimsVerifier<SecurityContext> claims = new DefaultJWTClaimsVerifier<>(
                new HashSet<>(List.of(audience.split("\\s*,\\s*"))),
                new JWTClaimsSet.Builder().issuer(issuer).build(),
                new HashSet<>(List.of("sub", "exp", "iat")),
                new HashSet<>()) {
            @Override
            protected java.util.Date currentTime() {
                return java.util.Date.from(clock.instant());
            }
        };
        claims.setMaxClockSkew(clockSkewSeconds);
        jwt.setJWTClaimsSetVerifier(claims);
        return jwt;
    }

    /**
     * The verified token, or empty when it is malformed, forged, expired or not for us. A token
     * that passed is remembered until it expires (brokers send the same token for minutes), so
     * its signature is checked once; at most {@link #MAX_REMEMBERED} tokens are kept.
     */
    public java.util.Optional<VerifiedToken> verify(String token) {
        VerifiedToken known = remembered.get(token);
        if (known != null) {
            if (known.expiresAtMillis() + clockSkewSeconds * 1000L > clock.millis()) {
                return java.util.Optional.of(known);
            }
            remembered.remove(token);
        }
        try {
            VerifiedToken verified = new VerifiedToken(token, processor.process(token, null));
            if (remembered.size() >= MAX_REMEMBERED) {
                remembered.clear();
            }
            remembered.put(token, verified);
            return java.util.Optional.of(verified);
        } catch (ParseException | BadJOSEException e) {
            return java.util.Optional.empty(); // the caller's token: not ours to log at length
        } catch (JOSEException e) {
            // the key set could not be fetched or used: our side (or the identity provider's)
            LOG.log(Level.WARNING, "Cannot verify bearer tokens against " + jwksUri + ": " + e.getMessage());
            return java.util.Optional.empty();
        }
    }

    @PreDestroy
    void close() {
        if (keys instanceof Closeable closeable) {
            try {
                closeable.close();
            } catch (IOException e) {
                LOG.log(Level.FINE, "Closing the key source", e);
            }
        }
    }
}
