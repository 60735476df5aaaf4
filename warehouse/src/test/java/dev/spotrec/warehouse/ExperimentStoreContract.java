package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The experiment tables on one engine: migration, salt, round-trips, replacement, rollback. */
abstract class ExperimentStoreContract {
    static final String HASH_A = "a".repeat(64);
    static final String HASH_B = "0123456789abcdef".repeat(4);
    static final Instant T0 = Instant.parse("2026-11-27T10:00:00Z");

    protected Warehouse wh;

    protected abstract WarehouseUrl freshUrl();

    @AfterEach
    void closeWarehouse() {
        if (wh != null) {
            wh.close();
        }
    }

    private ExperimentStore store() {
        wh = Warehouse.builder(freshUrl()).clock(Clock.fixed(T0, ZoneOffset.UTC)).open();
        return wh.experiments();
    }

    static ExperimentTrial sideBySide(String id, String participant, Instant at) {
        return new ExperimentTrial(
                id,
                participant,
                "pl-1",
                "SIDE_BY_SIDE",
                "most-popular",
                2,
                at,
                List.of(
                        new ShownItem(1, 1, "t-base-1", ExperimentArm.BASELINE, 1),
                        new ShownItem(1, 2, "t-shared", ExperimentArm.BASELINE, 2),
                        new ShownItem(2, 1, "t-ours-1", ExperimentArm.OURS, 1),
                        new ShownItem(2, 2, "t-shared", ExperimentArm.OURS, 2)));
    }

    @Test
    void migratesToTheExperimentSchema() {
        store();
        assertThat(wh.schemaVersion()).isEqualTo(Warehouse.latestSchemaVersion());
    }

    @Test
    void createsTheSaltOnceAndKeepsIt() {
        ExperimentStore s = store();
        AtomicInteger made = new AtomicInteger();
        String first = s.participantSalt(() -> "salt-" + made.incrementAndGet());
        String again = s.participantSalt(() -> "salt-" + made.incrementAndGet());
        assertThat(first).isEqualTo("salt-1").isEqualTo(again);
        assertThat(made).hasValue(1);
    }

    @Test
    void roundTripsTrialsWithTheirItems() {
        ExperimentStore s = store();
        ExperimentTrial a = sideBySide("trial-a", HASH_A, T0);
        ExperimentTrial b =
                new ExperimentTrial(
                        "trial-b",
                        HASH_B,
                        "pl-2",
                        "INTERLEAVED",
                        "most-popular",
                        0,
                        T0.plusSeconds(5),
                        List.of(
                                new ShownItem(0, 1, "t-ours-1", ExperimentArm.OURS, 1),
                                new ShownItem(0, 2, "t-base-1", ExperimentArm.BASELINE, 1)));
        s.insertTrial(b);
        s.insertTrial(a);
        assertThat(s.trials()).containsExactly(a, b);
        assertThat(s.trial("trial-b")).contains(b);
        assertThat(s.trial("nope")).isEmpty();
        assertThat(a.armOfList(2)).isEqualTo(ExperimentArm.OURS);
        assertThat(b.armOfList(1)).isNull();
    }

    @Test
    void aNewVoteReplacesTheOld() {
        ExperimentStore s = store();
        s.insertTrial(sideBySide("trial-a", HASH_A, T0));
        s.putVote(new ExperimentVote("trial-a", HASH_A, 1, ExperimentArm.BASELINE, T0));
        ExperimentVote second =
                new ExperimentVote("trial-a", HASH_A, 2, ExperimentArm.OURS, T0.plusSeconds(1));
        s.putVote(second);
        assertThat(s.votes()).containsExactly(second);
    }

    @Test
    void aNewRatingReplacesTheOldOfTheSameTrackAndArm() {
        ExperimentStore s = store();
        s.insertTrial(sideBySide("trial-a", HASH_A, T0));
        ExperimentRating ours =
                new ExperimentRating("trial-a", "t-shared", ExperimentArm.OURS, HASH_A, true, T0);
        ExperimentRating base =
                new ExperimentRating(
                        "trial-a", "t-shared", ExperimentArm.BASELINE, HASH_A, true, T0);
        s.putRatings(List.of(ours, base));
        ExperimentRating changed =
                new ExperimentRating(
                        "trial-a",
                        "t-shared",
                        ExperimentArm.OURS,
                        HASH_A,
                        false,
                        T0.plusSeconds(2));
        s.putRatings(List.of(changed));
        assertThat(s.ratings()).containsExactly(base, changed);
    }

    @Test
    void aFailedTrialInsertLeavesNothingBehind() {
        ExperimentStore s = store();
        s.insertTrial(sideBySide("trial-a", HASH_A, T0));
        assertThatThrownBy(() -> s.insertTrial(sideBySide("trial-a", HASH_B, T0)))
                .isInstanceOf(WarehouseException.class)
                .hasMessageContaining("trial-a");
        assertThat(s.trials())
                .singleElement()
                .extracting(ExperimentTrial::participantHash)
                .isEqualTo(HASH_A);
        assertThat(s.trials().getFirst().items()).hasSize(4);
    }
}
