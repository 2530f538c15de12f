package eu.consulate.infrastructure.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class StateCountsTest {

    private static final String A = "aaaaaaaa-0000-4000-8000-000000000001";
    private static final String B = "bbbbbbbb-0000-4000-8000-000000000002";

    @Test
    void aNewRowAddsOneToItsKey() {
        StateCounts.Key submitted = StateCounts.Key.of(A, "SUBMITTED", null);

        assertThat(StateCounts.changes(null, submitted)).containsExactly(new StateCounts.Change(submitted, 1));
    }

    @Test
    void aRowThatMovesLeavesItsOldKeyAndJoinsItsNewOneInKeyOrder() {
        StateCounts.Key submitted = StateCounts.Key.of(A, "SUBMITTED", null);
        StateCounts.Key rejected = StateCounts.Key.of(A, "REVIEW_REJECTED", 1_700_000_000_000L);

        // REVIEW_REJECTED sorts before SUBMITTED: the row gains there first whichever way it moves
        assertThat(StateCounts.changes(submitted, rejected)).containsExactly(
                new StateCounts.Change(rejected, 1), new StateCounts.Change(submitted, -1));
        assertThat(StateCounts.changes(rejected, submitted)).containsExactly(
                new StateCounts.Change(rejected, -1), new StateCounts.Change(submitted, 1));
    }

    @Test
    void theCommitteeLeadsTheOrderThenTheStateThenOpenBeforeDecided() {
        List<StateCounts.Key> keys = new java.util.ArrayList<>(List.of(StateCounts.Key.of(B, "LAPSED", 1L),
                StateCounts.Key.of(A, "WITHDRAWN", 1L), StateCounts.Key.of(A, "LAPSED", 1L),
                StateCounts.Key.of(A, "LAPSED", null)));
        java.util.Collections.sort(keys);

        assertThat(keys).containsExactly(new StateCounts.Key(A, "LAPSED", false), new StateCounts.Key(A, "LAPSED", true),
                new StateCounts.Key(A, "WITHDRAWN", true), new StateCounts.Key(B, "LAPSED", true));
    }

    @Test
    void aRewriteThatKeepsTheKeyChangesNoCount() {
        StateCounts.Key open = StateCounts.Key.of(A, "SUBMITTED", null);

        assertThat(StateCounts.changes(open, StateCounts.Key.of(A, "SUBMITTED", null))).isEmpty();
    }

    @Test
    void aDecisionDayMovesTheRowBetweenOpenAndDecidedInTheSameState() {
        StateCounts.Key open = StateCounts.Key.of(A, "LAPSED", null);
        StateCounts.Key decided = StateCounts.Key.of(A, "LAPSED", 5L);

        assertThat(StateCounts.changes(open, decided)).containsExactly(new StateCounts.Change(open, -1),
                new StateCounts.Change(decided, 1));
    }
}
