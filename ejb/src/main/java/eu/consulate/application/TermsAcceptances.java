package eu.consulate.application;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import eu.consulate.domain.model.application.Actor;
import eu.consulate.domain.model.application.ApplicationRuleViolation;
import eu.consulate.domain.model.dac.Dac;
import eu.consulate.domain.model.dac.TermsVersion;
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
 * A person accepts a committee's terms (issue 10): the acceptance is recorded with the exact
 * version (issue 7: {@link CommitteeTerms}) and its URL, and an {@code AcceptedTermsAndPolicies} visa ({@code by: self}, GA4GH AAI 1.2) is
 * signed, stored as served and from then on part of the person's passport, until it expires.
 */
@Stateless
public class TermsAcceptances {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @EJB
    Catalog catalog;

    @EJB
    SigningKeys signingKeys;

    @EJB
    VisaIssuance visaIssuance;

    @Inject
    Passports passports;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Inject
    @ConfigProperty(name = "consulate.terms.visa-days", defaultValue = "365")
    int visaDays;

    /**
     * One acceptance: which committee's terms, their URL, when, and until when its visa counts;
     * the version accepted ({@code versionId} null for acceptances before terms had versions).
     */
    public record Acceptance(String committeeId, String committee, String termsUrl, Instant acceptedAt,
            Instant expiresAt, String versionId, String version, String title) {

        /** "Data access agreement, version 2" (the URL when the version is unknown). */
        public String label() {
            return version == null ? termsUrl : title + ", version " + version;
        }
    }

    /** The result of accepting: the acceptance, and whether it is new (else it existed already). */
    public record Accepted(Acceptance acceptance, boolean isNew) {
    }

    /**
     * The actor (an applicant; {@code holderSubject}: how downstream systems know them) accepts
     * the committee's current terms. Accepting terms whose visa is still valid changes nothing
     * and answers the existing acceptance. 404 unknown committee; 409 when it sets no terms.
     */
    public Accepted accept(Actor actor, String holderSubject, String dacId) {
        if (!actor.hasRole(Actor.APPLICANT)) {
            throw ApplicationRuleViolation.forbidden("Only applicants accept a committee's terms.");
        }
        Dac dac = dacId == null ? null : catalog.committee(dacId.strip()).orElse(null);
        if (dac == null) {
            throw new NoSuchCommittee(dacId);
        }
        TermsVersion terms = dac.termsVersionId().map(id -> em.find(TermsVersion.class, id))
                .orElseThrow(() -> ApplicationRuleViolation.conflict(
                        "The committee " + dac.name() + " sets no terms to accept."));
        return accept(actor, holderSubject, dac, terms);
    }

    /**
     * The applicant accepts these versions as they submit a request (the request records them
     * too); versions whose visas are still valid are not signed again.
     */
    public void acceptAll(Actor actor, String holderSubject, List<Views.TermsVersionView> versions) {
        for (Views.TermsVersionView version : versions) {
            accept(actor, holderSubject, em.find(Dac.class, version.committeeId()),
                    em.find(TermsVersion.class, version.id()));
        }
    }

    private Accepted accept(Actor actor, String holderSubject, Dac dac, TermsVersion terms) {
        for (Acceptance existing : of(actor, holderSubject)) {
            if (terms.id().equals(existing.versionId())) {
                return new Accepted(existing, false);
            }
        }
        Instant now = Instant.now();
        Instant expires = now.plus(Duration.ofDays(visaDays));
        String jti = UUID.randomUUID().toString();
        String issuer = visaIssuance.issuer();
        VisaSigner signer = new VisaSigner(signingKeys.signingKey(), issuer, issuer + VisaIssuance.JWKS_PATH);
        String jwt = signer.signAcceptedTerms(holderSubject, terms.url(), dac.sourceUrl(), now, now, expires, jti);
        em.createNativeQuery(VisaTable.INSERT_TERMS)
                .setParameter(1, jti)
                .setParameter(2, holderSubject)
                .setParameter(3, actor.subject())
                .setParameter(4, dac.id())
                .setParameter(5, terms.url())
                .setParameter(6, jwt)
                .setParameter(7, signer.keyId())
                .setParameter(8, now.toEpochMilli())
                .setParameter(9, Instant.ofEpochSecond(expires.getEpochSecond()).toEpochMilli())
                .setParameter(10, terms.id())
                .executeUpdate();
        passports.forgetWhenDone(transactions, holderSubject);
        return new Accepted(new Acceptance(dac.id(), dac.name(), terms.url(), Instant.ofEpochMilli(now.toEpochMilli()),
                Instant.ofEpochSecond(expires.getEpochSecond()), terms.id(), terms.version(), terms.title()), true);
    }

    /** The actor's acceptances whose visas are still valid, latest first. */
    public List<Acceptance> of(Actor actor, String holderSubject) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("SELECT t.dac_id, d.name, t.terms_url, t.accepted_at, t.expires_at, "
                + "v.id, v.version, v.title FROM terms_visa t JOIN dac d ON d.id = t.dac_id "
                + "LEFT JOIN terms_version v ON v.id = t.terms_version_id WHERE t.holder_subject = ?1 AND t.person_subject = ?2 "
                + "AND t.expires_at > ?3 ORDER BY t.accepted_at DESC, t.id")
                .setParameter(1, holderSubject).setParameter(2, actor.subject())
                .setParameter(3, Instant.now().toEpochMilli()).getResultList();
        return rows.stream().map(r -> new Acceptance((String) r[0], (String) r[1], (String) r[2],
                Instant.ofEpochMilli(((Number) r[3]).longValue()), Instant.ofEpochMilli(((Number) r[4]).longValue()),
                (String) r[5], (String) r[6], (String) r[7])).toList();
    }
}
