package eu.consulate.application;

import java.time.Clock;
import java.util.List;

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

    /** The holder's current visa JWTs, oldest first; unknown holder: empty list. */
    public List<String> currentVisas(String holderSubject) {
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
}
