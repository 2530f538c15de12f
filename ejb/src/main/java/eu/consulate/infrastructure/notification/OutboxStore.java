package eu.consulate.infrastructure.notification;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The outbox table ({@link OutboxSql}): rows are added in the transaction of the event they tell of;
 * the delivery worker leases, completes or reschedules each in a transaction of its own. Retries
 * back off exponentially from {@code consulate.outbox.retry-base} (doubling, at most an hour apart)
 * until {@code consulate.outbox.max-attempts}; then the row is DEAD, listed for administrators, who
 * can send it again.
 */
@Stateless
public class OutboxStore {

    /** A row leased for delivery. */
    public record Leased(String id, String channel, String topic, String recipient, String payload, int attempts) {
    }

    public static final String MAIL = "mail";
    /** A mail to an address rather than a person (an invitation to somebody who may have no account yet). */
    public static final String MAIL_TO = "mail-to";
    public static final String WEBHOOK = "webhook";

    @PersistenceContext(unitName = "consulate")
    EntityManager em;

    @Inject
    @ConfigProperty(name = "consulate.outbox.retry-base", defaultValue = "PT10S")
    Duration retryBase;

    @Inject
    @ConfigProperty(name = "consulate.outbox.max-attempts", defaultValue = "8")
    int maxAttempts;

    /** Adds a row to deliver as soon as the worker runs; in the caller's transaction. Returns its id. */
    public String add(String channel, String topic, String recipient, String dacId, String applicationId, String payload) {
        String id = UUID.randomUUID().toString();
        long now = System.currentTimeMillis();
        em.createNativeQuery(OutboxSql.INSERT).setParameter(1, id).setParameter(2, channel).setParameter(3, topic)
                .setParameter(4, recipient).setParameter(5, dacId).setParameter(6, applicationId)
                .setParameter(7, payload).setParameter(8, now).setParameter(9, now).executeUpdate();
        return id;
    }

    /** The ids of up to {@code max} rows due at {@code now} that nobody holds. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public List<String> due(long now, int max) {
        @SuppressWarnings("unchecked")
        List<Object> ids = em.createNativeQuery(OutboxSql.DUE).setParameter(1, now).setParameter(2, now)
                .setMaxResults(max).getResultList();
        return ids.stream().map(Object::toString).toList();
    }

    /** Leases the row for {@code lease} when it is still due and free; empty when another worker holds it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public Optional<Leased> lease(String id, String owner, long now, Duration lease) {
        int taken = em.createNativeQuery(OutboxSql.LEASE).setParameter(1, owner).setParameter(2, now + lease.toMillis())
                .setParameter(3, id).setParameter(4, now).executeUpdate();
        if (taken != 1) {
            return Optional.empty();
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(OutboxSql.READ).setParameter(1, id).setParameter(2, owner).getResultList();
        return rows.stream().findFirst().map(r -> new Leased((String) r[0], (String) r[1], (String) r[2], (String) r[3],
                r[4].toString(), ((Number) r[5]).intValue()));
    }

    /** Delivered; false when the lease had run out and another worker holds the row now. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean sent(String id, String owner, long now) {
        return em.createNativeQuery(OutboxSql.SENT).setParameter(1, now).setParameter(2, id).setParameter(3, owner)
                .executeUpdate() == 1;
    }

    /** Not delivered: tried again after the back-off, or DEAD after the last attempt. */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public boolean failed(Leased row, String owner, String error, long now) {
        int attempts = row.attempts() + 1;
        boolean dead = attempts >= maxAttempts;
        long next = now + backoff(retryBase, attempts).toMillis();
        String message = error == null ? "unknown error" : error.length() > 1000 ? error.substring(0, 1000) : error;
        return em.createNativeQuery(OutboxSql.FAILED).setParameter(1, dead ? "DEAD" : "PENDING").setParameter(2, message)
                .setParameter(3, next).setParameter(4, row.id()).setParameter(5, owner).executeUpdate() == 1;
    }

    /** The wait before attempt {@code attempts + 1}: base, 2 base, 4 base ... at most an hour. */
    static Duration backoff(Duration base, int attempts) {
        long factor = 1L << Math.min(Math.max(attempts - 1, 0), 20);
        Duration wait = base.multipliedBy(factor);
        return wait.compareTo(Duration.ofHours(1)) > 0 ? Duration.ofHours(1) : wait;
    }

    /** Sends a dead row again (attempts start over); false when it is not dead. */
    public boolean retry(String id, long now) {
        return em.createNativeQuery(OutboxSql.RETRY).setParameter(1, now).setParameter(2, id).executeUpdate() == 1;
    }
}
