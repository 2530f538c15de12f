package eu.consulate.application;

import java.time.Instant;
import java.util.List;

import eu.consulate.infrastructure.visa.VisaTable;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;

/** The GA4GH passport of a user: the visas that grant access now. */
@Stateless
public class Passports {

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    /**
     * The stored visa JWTs, exactly as signed, of the holder's visas whose permit is active and
     * within its validity and which have not expired; oldest first. Unknown holder: empty list.
     */
    public List<String> currentVisas(String holderSubject) {
        if (holderSubject == null || holderSubject.isBlank()) {
            return List.of();
        }
        long now = Instant.now().toEpochMilli();
        List<?> rows = em.createNativeQuery(VisaTable.CURRENT_FOR_HOLDER)
                .setParameter(1, holderSubject)
                .setParameter(2, now)
                .setParameter(3, now)
                .setParameter(4, now)
                .getResultList();
        return rows.stream().map(String.class::cast).toList();
    }
}
