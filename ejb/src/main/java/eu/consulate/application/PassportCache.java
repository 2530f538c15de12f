package eu.consulate.application;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The current passports of recently asked-for holders, in memory.
 *
 * <p>An entry lives until the first of its visas expires or its permit ends, and at most
 * {@link #MAX_AGE_MILLIS}; issuing visas to a holder forgets the holder's entry once the issuing
 * transaction has ended (see {@link VisaIssuance}). The age cap bounds what another node's change
 * can take to show here when several nodes serve the API. At most {@link #MAX_HOLDERS} entries:
 * beyond that the cache starts afresh, so that asking for many unknown holders costs no memory.
 * Plain Java, so it is tested without a container.
 */
public final class PassportCache {

    static final long MAX_AGE_MILLIS = 30_000;
    static final int MAX_HOLDERS = 50_000;

    /** A holder's visas and until when that list stays right (epoch milliseconds). */
    public record Passport(List<String> visas, long validUntil) {
    }

    private record Entry(List<String> visas, long validUntil) {
    }

    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    /** Counts forgets: a list read before a forget must not be cached after it. */
    private final AtomicLong forgets = new AtomicLong();

    /** The cached visas of {@code holder}, or what {@code load} reads (and is then cached). */
    public List<String> visas(String holder, long now, Supplier<Passport> load) {
        Entry entry = entries.get(holder);
        if (entry != null && now < entry.validUntil()) {
            return entry.visas();
        }
        long forgetsBefore = forgets.get();
        Passport read = load.get();
        if (entries.size() >= MAX_HOLDERS) {
            entries.clear();
        }
        if (forgets.get() == forgetsBefore) {
            entries.put(holder, new Entry(List.copyOf(read.visas()), Math.min(read.validUntil(), now + MAX_AGE_MILLIS)));
        }
        return read.visas();
    }

    /** Forgets a holder's passport: their visas changed. */
    public void forget(String holder) {
        forgets.incrementAndGet();
        entries.remove(holder);
    }

    int size() {
        return entries.size();
    }
}
