package eu.consulate.application;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import eu.consulate.infrastructure.visa.VisaTable;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/**
 * The GA4GH passport of a user: the visas that grant access now. Served from a
 * {@link PassportCache} that issuing visas invalidates (brokers pull the same passports again
 * and again); a read joins a transaction if there is one and needs none.
 */
@Stateless
public class Passports {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    PassportCache cache;

    /**
     * The stored visa JWTs, exactly as signed, of the holder's visas whose permit is active and
     * within its validity and which have not expired; oldest first. Unknown holder: empty list.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<String> currentVisas(String holderSubject) {
        if (holderSubject == null || holderSubject.isBlank()) {
            return List.of();
        }
        long now = Instant.now().toEpochMilli();
        return cache.visas(holderSubject, now, () -> read(holderSubject, now));
    }

    private PassportCache.Passport read(String holder, long now) {
        List<?> rows = em.createNativeQuery(VisaTable.CURRENT_FOR_HOLDER_UNTIL)
                .setParameter(1, holder)
                .setParameter(2, now)
                .setParameter(3, now)
                .setParameter(4, now)
                .getResultList();
        List<String> visas = new ArrayList<>(rows.size());
        long validUntil = Long.MAX_VALUE;
        for (Object row : rows) {
            Object[] columns = (Object[]) row;
            visas.add((String) columns[0]);
            validUntil = Math.min(validUntil, ((Number) columns[1]).longValue());
        }
        return new PassportCache.Passport(List.copyOf(visas), validUntil);
    }
}
