package eu.consulate.infrastructure.visa;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import eu.consulate.domain.model.dac.Dataset;

/**
 * Signs GA4GH Passport visas (AAI 1.2, Visa Document Token form): a JWS (RS256 with an RSA key,
 * ES256 with a P-256 key) with header
 * {@code typ: vnd.ga4gh.visa+jwt}, {@code kid} and {@code jku} (where the key set is published), and
 * the claims {@code iss}, {@code sub}, {@code iat}, {@code exp}, {@code jti} and
 * {@code ga4gh_visa_v1}: a {@code ControlledAccessGrants} visa asserted {@code by} a {@code dac}, or an
 * {@code AcceptedTermsAndPolicies} visa asserted {@code by} the person ({@code self}).
 * No {@code aud} and no {@code conditions}. Plain Java; thread-safe once built.
 */
public final class VisaSigner {

    public static final JOSEObjectType VISA_TYPE = new JOSEObjectType("vnd.ga4gh.visa+jwt");
    public static final String VISA_CLAIM = "ga4gh_visa_v1";
    public static final String CONTROLLED_ACCESS_GRANTS = "ControlledAccessGrants";
    public static final String BY_DAC = "dac";
    public static final String ACCEPTED_TERMS = "AcceptedTermsAndPolicies";
    public static final String BY_SELF = "self";

    private final JWK key;
    private final String issuer;
    private final URI jku;
    private final JWSAlgorithm algorithm;
    private final JWSSigner signer;

    /**
     * @param privateKey the signing key; must hold the private part and a {@code kid}
     * @param issuer     the visa {@code iss}: the configured public base URL of Consulate
     * @param jku        where the public key set is served ({@code <public-url>/api/jwk})
     */
    public VisaSigner(JWK privateKey, String issuer, String jku) {
        this.key = Objects.requireNonNull(privateKey, "privateKey");
        if (!privateKey.isPrivate()) {
            throw new IllegalArgumentException("A visa can only be signed with a private key.");
        }
        if (privateKey.getKeyID() == null || privateKey.getKeyID().isBlank()) {
            throw new IllegalArgumentException("The signing key needs a kid.");
        }
        if (issuer == null || issuer.isBlank()) {
            throw new IllegalArgumentException("issuer is required");
        }
        if (jku == null || jku.isBlank()) {
            throw new IllegalArgumentException("jku is required");
        }
        this.issuer = issuer;
        this.jku = URI.create(jku);
        try {
            if (privateKey instanceof RSAKey rsa) {
                this.algorithm = JWSAlgorithm.RS256;
                this.signer = new RSASSASigner(rsa);
            } else if (privateKey instanceof ECKey ec) {
                this.algorithm = JWSAlgorithm.ES256;
                this.signer = new ECDSASigner(ec);
            } else {
                throw new IllegalArgumentException("Visas are signed with an RSA or an EC P-256 key, not "
                        + privateKey.getKeyType());
            }
        } catch (JOSEException e) {
            throw new IllegalArgumentException("Unusable signing key: " + e.getMessage(), e);
        }
    }

    /** The visa JWT (compact serialisation) for one grant. */
    public String sign(VisaGrant grant) {
        Objects.requireNonNull(grant, "grant");
        Map<String, Object> visa = new LinkedHashMap<>();
        visa.put("type", CONTROLLED_ACCESS_GRANTS);
        visa.put("asserted", grant.asserted().getEpochSecond());
        visa.put("value", grant.datasetUrl());
        visa.put("source", grant.dacSourceUrl());
        visa.put("by", BY_DAC);

        return sign(grant.subject(), grant.issuedAt(), grant.expiresAt(), grant.jti(), visa);
    }

    private String sign(String subject, Instant issuedAt, Instant expiresAt, String jti, Map<String, Object> visa) {
        JWSHeader header = new JWSHeader.Builder(algorithm)
                .type(VISA_TYPE)
                .keyID(key.getKeyID())
                .jwkURL(jku)
                .build();
        JWTClaimsSet claims = new JWTClaimsSet.Builder()
                .issuer(issuer)
                .subject(subject)
                .issueTime(wholeSeconds(issuedAt))
                .expirationTime(wholeSeconds(expiresAt))
                .jwtID(jti)
                .claim(VISA_CLAIM, visa)
                .build();
        SignedJWT jwt = new SignedJWT(header, claims);
        try {
            jwt.sign(signer);
        } catch (JOSEException e) {
            throw new IllegalStateException("Could not sign visa " + jti, e);
        }
        return jwt.serialize();
    }

    /**
     * An {@code AcceptedTermsAndPolicies} visa: the person accepted the terms at {@code termsUrl}
     * ({@code value}) themselves ({@code by: self}) at {@code accepted} ({@code asserted}); the
     * committee that set them is the {@code source}.
     */
    public String signAcceptedTerms(String subject, String termsUrl, String dacSourceUrl, Instant accepted,
            Instant issuedAt, Instant expiresAt, String jti) {
        Map<String, Object> visa = new LinkedHashMap<>();
        visa.put("type", ACCEPTED_TERMS);
        visa.put("asserted", accepted.getEpochSecond());
        visa.put("value", termsUrl);
        visa.put("source", dacSourceUrl);
        visa.put("by", BY_SELF);
        return sign(subject, issuedAt, expiresAt, jti, visa);
    }

    /**
     * One visa per dataset, each with a new random {@code jti}: what a permit publishes. {@code asserted}
     * is when the committee decided, {@code expiresAt} the end of the permit.
     */
    public List<IssuedVisa> signAll(String subject, List<Dataset> datasets, String dacSourceUrl, Instant asserted,
            Instant issuedAt, Instant expiresAt) {
        Objects.requireNonNull(datasets, "datasets");
        List<IssuedVisa> issued = new ArrayList<>(datasets.size());
        for (Dataset dataset : datasets) {
            String jti = UUID.randomUUID().toString();
            VisaGrant grant = new VisaGrant(subject, dataset.url(), dacSourceUrl, asserted, issuedAt, expiresAt, jti);
            issued.add(new IssuedVisa(jti, dataset.id(), sign(grant),
                    Instant.ofEpochSecond(issuedAt.getEpochSecond()),
                    Instant.ofEpochSecond(expiresAt.getEpochSecond())));
        }
        return List.copyOf(issued);
    }

    /** The {@code kid} visas are signed under. */
    public String keyId() {
        return key.getKeyID();
    }

    private static Date wholeSeconds(Instant instant) {
        return Date.from(Instant.ofEpochSecond(instant.getEpochSecond()));
    }
}
