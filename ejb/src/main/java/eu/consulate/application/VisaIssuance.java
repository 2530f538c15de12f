package eu.consulate.application;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import eu.consulate.domain.model.dac.Dataset;
import eu.consulate.infrastructure.visa.IssuedVisa;
import eu.consulate.infrastructure.visa.SigningKeys;
import eu.consulate.infrastructure.visa.VisaSigner;
import eu.consulate.infrastructure.visa.VisaTable;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Signs the GA4GH visas of a permit (one per holder and dataset) and stores them, exactly as signed, in the {@code visa} table,
 * as the permit's next version (1 at issuance). Called inside the transaction that records the
 * permit or its change: the visas commit or roll back with it.
 */
@Stateless
public class VisaIssuance {

    /** Where {@code SigningKeys#publicKeys()} is served, relative to the public URL. */
    public static final String JWKS_PATH = "/api/jwk";

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    SigningKeys signingKeys;

    @Inject
    @ConfigProperty(name = "consulate.public-url")
    String publicUrl;

    @Inject
    Passports passports;

    @Resource
    TransactionSynchronizationRegistry transactions;

    /**
     * Signs one visa per dataset ({@code jti} = new UUID = {@code visa.id}; {@code iat} = now,
     * {@code exp} = {@code validUntil}, {@code asserted} = {@code decidedAt}) and stores them.
     * The permit row must exist in the current transaction. Returns the JWTs in dataset order.
     */
    public List<String> signAndStore(String permitId, String holderSubject, List<Dataset> datasets,
            String dacSourceUrl, Instant decidedAt, Instant validUntil) {
        return signAndStore(permitId, List.of(holderSubject), datasets, dacSourceUrl, decidedAt, validUntil);
    }

    /** The same for each of the permit's holders (one visa per holder and dataset), as one version. */
    public List<String> signAndStore(String permitId, List<String> holderSubjects, List<Dataset> datasets,
            String dacSourceUrl, Instant decidedAt, Instant validUntil) {
        if (permitId == null || permitId.isBlank()) {
            throw new IllegalArgumentException("permitId is required");
        }
        Objects.requireNonNull(datasets, "datasets");
        if (datasets.isEmpty()) {
            return List.of();
        }
        String issuer = issuer();
        VisaSigner signer = new VisaSigner(signingKeys.signingKey(), issuer, issuer + JWKS_PATH);
        // The permit may still be pending in the persistence context; the visa rows reference it.
        em.flush();
        int version = ((Number) em.createNativeQuery(VisaTable.NEXT_VERSION).setParameter(1, permitId)
                .getSingleResult()).intValue();
        List<String> jwts = new java.util.ArrayList<>();
        for (String holderSubject : holderSubjects) {
            List<IssuedVisa> visas = signer.signAll(holderSubject, datasets, dacSourceUrl, decidedAt, Instant.now(),
                    validUntil);
            passports.forgetWhenDone(transactions, holderSubject);
            store(permitId, holderSubject, visas, version, signer.keyId());
            visas.forEach(visa -> jwts.add(visa.jwt()));
        }
        return List.copyOf(jwts);
    }

    private void store(String permitId, String holderSubject, List<IssuedVisa> visas, int version, String keyId) {
        for (IssuedVisa visa : visas) {
            if (visa.jwt().length() > VisaTable.MAX_JWT_LENGTH) {
                throw new IllegalStateException("Visa " + visa.id() + " is " + visa.jwt().length()
                        + " characters long; at most " + VisaTable.MAX_JWT_LENGTH + " can be stored.");
            }
            em.createNativeQuery(VisaTable.INSERT)
                    .setParameter(1, visa.id())
                    .setParameter(2, permitId)
                    .setParameter(3, visa.datasetId())
                    .setParameter(4, holderSubject)
                    .setParameter(5, visa.jwt())
                    .setParameter(6, visa.issuedAt().toEpochMilli())
                    .setParameter(7, visa.expiresAt().toEpochMilli())
                    .setParameter(8, version)
                    .setParameter(9, keyId)
                    .executeUpdate();
        }
    }

    /**
     * Replaces the permit's served visas: withdraws them (no longer in any passport once the
     * transaction commits) and signs and stores the next version's, e.g. with a new end after an
     * extension. One transaction: a failure while signing leaves the old visas in force.
     */
    public List<String> replace(String permitId, List<String> holderSubjects, List<Dataset> datasets, String dacSourceUrl,
            Instant decidedAt, Instant validUntil) {
        em.createNativeQuery(VisaTable.WITHDRAW)
                .setParameter(1, Instant.now().toEpochMilli())
                .setParameter(2, permitId)
                .executeUpdate();
        return signAndStore(permitId, holderSubjects, datasets, dacSourceUrl, decidedAt, validUntil);
    }

    /** The visa {@code iss}: the configured public URL without a trailing slash. */
    public String issuer() {
        if (publicUrl == null || publicUrl.isBlank()) {
            throw new IllegalStateException("consulate.public-url is not configured");
        }
        String url = publicUrl.strip();
        while (url.endsWith("/")) {
            url = url.substring(0, url.length() - 1);
        }
        return url;
    }
}
