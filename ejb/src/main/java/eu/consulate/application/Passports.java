package eu.consulate.application;

import java.time.Clock;
import java.util.List;

import eu.consulate.domain.model.application.ApplicationRuleViolation;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The GA4GH passport of a user: the visas that grant access now. Served from a
 * {@link PassportCache} (brokers pull the same passports again and again) that issuing visas
 * invalidates; only a miss reaches the database through {@link PassportQuery}. A CDI bean, not
 * an EJB, so that a hit costs no container invocation.
 */
@ApplicationScoped
public class Passports {

    @EJB
    PassportQuery query;

    private final PassportCache cache = new PassportCache();
    private final Clock clock = Clock.systemUTC();

    /**
     * Who asks for a passport: a downstream system (a broker holding the visa-reader role) may read
     * anybody's; a person only their own ({@code subject} in the configured visa subject claim).
     */
    public record Reader(String subject, boolean downstreamSystem) {
    }

    /** The holder's current visa JWTs, oldest first; unknown holder: empty list. Refused unless the reader may. */
    public List<String> currentVisas(Reader reader, String holderSubject) {
        if (!reader.downstreamSystem() && (reader.subject() == null || !reader.subject().equals(holderSubject))) {
            throw ApplicationRuleViolation.forbidden("You may only read your own visas.");
        }
        return currentVisas(holderSubject);
    }

    private List<String> currentVisas(String holderSubject) {
        if (holderSubject == null || holderSubject.isBlank()) {
            return List.of();
        }
        long now = clock.millis();
        return cache.visas(holderSubject, now, () -> query.current(holderSubject, now));
    }

    /** The holder's visas changed: the next pull reads them again. */
    public void forget(String holderSubject) {
        cache.forget(holderSubject);
    }

    /**
     * The holder's visas change in the running transaction: forget the cached passport once it
     * ended (committed or not). Earlier, a concurrent pull could cache the old list again.
     */
    public void forgetWhenDone(jakarta.transaction.TransactionSynchronizationRegistry transactions,
            String holderSubject) {
        transactions.registerInterposedSynchronization(new jakarta.transaction.Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                forget(holderSubject);
            }
        });
    }
}
