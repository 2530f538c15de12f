package eu.consulate.infrastructure.persistence;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import eu.consulate.domain.model.application.ApplicationState;
import jakarta.persistence.EntityManager;

/**
 * How many requests each committee has in each state, open or decided (migration 29): kept
 * with the summary rows, in the same transaction, so that a committee list without filters
 * reads exact counts from a handful of rows instead of counting summary rows (ADR 6).
 */
final class StateCounts {

    /** Where a summary row is counted. */
    record Key(String dacId, String state, boolean decided) implements Comparable<Key> {

        static Key of(String dacId, String state, Long decidedAt) {
            return new Key(dacId, state, decidedAt != null);
        }

        @Override
        public int compareTo(Key other) {
            int byCommittee = dacId.compareTo(other.dacId);
            if (byCommittee != 0) {
                return byCommittee;
            }
            int byState = state.compareTo(other.state);
            return byState != 0 ? byState : Boolean.compare(decided, other.decided);
        }
    }

    /** A change of one count. */
    record Change(Key key, int by) {
    }

    private StateCounts() {
    }

    /**
     * The changes that move a row from {@code before} (null: a new row) to {@code after}, in key
     * order: two transactions that change the same two counts lock them in the same order and
     * never wait for each other in a circle.
     */
    static List<Change> changes(Key before, Key after) {
        if (after.equals(before)) {
            return List.of();
        }
        List<Change> changes = new ArrayList<>(2);
        changes.add(new Change(after, 1));
        if (before != null) {
            changes.add(new Change(before, -1));
        }
        changes.sort((a, b) -> a.key().compareTo(b.key()));
        return changes;
    }

    static void apply(EntityManager em, List<Change> changes) {
        for (Change change : changes) {
            int updated = em.createNativeQuery("UPDATE application_state_count SET requests = requests + ?1"
                    + " WHERE dac_id = ?2 AND state = ?3 AND decided = ?4")
                    .setParameter(1, change.by()).setParameter(2, change.key().dacId())
                    .setParameter(3, change.key().state()).setParameter(4, change.key().decided()).executeUpdate();
            if (updated == 0) {
                // the committee's first request in this state (a removal always finds its row)
                em.createNativeQuery("INSERT INTO application_state_count (dac_id, state, decided, requests)"
                        + " VALUES (?1, ?2, ?3, ?4)")
                        .setParameter(1, change.key().dacId()).setParameter(2, change.key().state())
                        .setParameter(3, change.key().decided()).setParameter(4, change.by()).executeUpdate();
            }
        }
    }

    /**
     * The counts per state of {@code fullView} committees (every state) and {@code partView}
     * committees (only {@code partStates}), of the open ({@code decided} false), decided (true)
     * or all (null) requests; states without requests are absent.
     */
    static Map<ApplicationState, Long> read(EntityManager em, Set<String> fullView, Set<String> partView,
            Set<ApplicationState> partStates, Boolean decided) {
        Map<ApplicationState, Long> counts = new EnumMap<>(ApplicationState.class);
        if (!fullView.isEmpty()) {
            add(counts, read(em, fullView, decided), null);
        }
        if (!partView.isEmpty()) {
            add(counts, read(em, partView, decided), partStates);
        }
        return counts;
    }

    private static void add(Map<ApplicationState, Long> counts, List<Object[]> rows, Set<ApplicationState> only) {
        for (Object[] row : rows) {
            ApplicationState state = ApplicationState.valueOf((String) row[0]);
            if (only == null || only.contains(state)) {
                counts.merge(state, ((Number) row[1]).longValue(), Long::sum);
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> read(EntityManager em, Collection<String> committees, Boolean decided) {
        List<String> ids = List.copyOf(new java.util.TreeSet<>(committees));
        String in = java.util.stream.IntStream.rangeClosed(1, ids.size()).mapToObj(i -> "?" + i)
                .collect(Collectors.joining(", "));
        var query = em.createNativeQuery("SELECT state, SUM(requests) FROM application_state_count WHERE dac_id IN ("
                + in + ")" + (decided == null ? "" : " AND decided = ?" + (ids.size() + 1)) + " GROUP BY state");
        for (int i = 0; i < ids.size(); i++) {
            query.setParameter(i + 1, ids.get(i));
        }
        if (decided != null) {
            query.setParameter(ids.size() + 1, decided);
        }
        return query.getResultList();
    }
}
