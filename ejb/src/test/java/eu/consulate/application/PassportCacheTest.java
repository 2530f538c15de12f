package eu.consulate.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class PassportCacheTest {

    private final PassportCache cache = new PassportCache();
    private final AtomicInteger reads = new AtomicInteger();

    private PassportCache.Passport stored(long validUntil, String... visas) {
        reads.incrementAndGet();
        return new PassportCache.Passport(List.of(visas), validUntil);
    }

    @Test
    void repeatedPullIsServedFromMemory() {
        cache.visas("alice", 1_000, () -> stored(50_000, "v1", "v2"));

        List<String> again = cache.visas("alice", 2_000, () -> stored(50_000, "changed"));

        assertThat(again).containsExactly("v1", "v2");
        assertThat(reads).hasValue(1);
    }

    @Test
    void entryEndsWhenItsFirstVisaOrPermitEnds() {
        cache.visas("alice", 1_000, () -> stored(5_000, "v1"));

        assertThat(cache.visas("alice", 4_999, () -> stored(5_000, "unused"))).containsExactly("v1");
        assertThat(cache.visas("alice", 5_000, () -> stored(Long.MAX_VALUE))).isEmpty();
    }

    @Test
    void entryIsReadAgainAfterTheMaximumAge() {
        cache.visas("alice", 0, () -> stored(Long.MAX_VALUE, "v1"));

        List<String> later = cache.visas("alice", PassportCache.MAX_AGE_MILLIS, () -> stored(Long.MAX_VALUE, "v1", "v2"));

        assertThat(later).containsExactly("v1", "v2");
    }

    @Test
    void forgottenHolderIsReadAgain() {
        cache.visas("alice", 0, () -> stored(Long.MAX_VALUE, "v1"));

        cache.forget("alice");

        assertThat(cache.visas("alice", 1, () -> stored(Long.MAX_VALUE, "v1", "v2"))).containsExactly("v1", "v2");
    }

    /** A pull that read before the issuing transaction ended must not cache what it read. */
    @Test
    void listReadBeforeAForgetIsNotCached() throws Exception {
        CountDownLatch readStarted = new CountDownLatch(1);
        CountDownLatch forgotten = new CountDownLatch(1);
        ExecutorService pool = Executors.newSingleThreadExecutor();
        try {
            Future<List<String>> slowPull = pool.submit(() -> cache.visas("alice", 0, () -> {
                readStarted.countDown();
                await(forgotten);
                return stored(Long.MAX_VALUE, "old");
            }));
            assertThat(readStarted.await(5, TimeUnit.SECONDS)).isTrue();
            cache.forget("alice"); // the issuing transaction ended while the pull was reading
            forgotten.countDown();
            assertThat(slowPull.get(5, TimeUnit.SECONDS)).containsExactly("old");
        } finally {
            pool.shutdownNow();
        }

        assertThat(cache.visas("alice", 1, () -> stored(Long.MAX_VALUE, "old", "new"))).containsExactly("old", "new");
    }

    @Test
    void manyHoldersDoNotGrowTheCacheWithoutBound() {
        for (int i = 0; i < PassportCache.MAX_HOLDERS + 10; i++) {
            cache.visas("holder-" + i, 0, () -> stored(Long.MAX_VALUE));
        }

        assertThat(cache.size()).isLessThanOrEqualTo(PassportCache.MAX_HOLDERS);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
