package eu.consulate.application;

import java.util.ArrayList;
import java.util.List;

import eu.consulate.infrastructure.visa.VisaTable;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** Reads a holder's current visas from the database; {@link Passports} caches what it reads. */
@Stateless
public class PassportQuery {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    /**
     * The stored visa JWTs, exactly as signed, of the holder's visas whose permit is active and
     * within its validity at {@code now} and which have not expired, oldest first, then the
     * holder's unexpired terms visas; and until when that list holds. A read joins a transaction if there is one and needs none.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public PassportCache.Passport current(String holder, long now) {
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
        List<?> terms = em.createNativeQuery(VisaTable.TERMS_FOR_HOLDER)
                .setParameter(1, holder)
                .setParameter(2, now)
                .getResultList();
        for (Object row : terms) {
            Object[] columns = (Object[]) row;
            visas.add((String) columns[0]);
            validUntil = Math.min(validUntil, ((Number) columns[1]).longValue());
        }
        return new PassportCache.Passport(List.copyOf(visas), validUntil);
    }
}
