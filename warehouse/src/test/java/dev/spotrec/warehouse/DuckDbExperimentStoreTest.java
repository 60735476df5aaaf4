package dev.spotrec.warehouse;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The experiment tables on an embedded DuckDB file, plus the checks of their records. */
class DuckDbExperimentStoreTest extends ExperimentStoreContract {
    @TempDir Path dir;

    @Override
    protected WarehouseUrl freshUrl() {
        return WarehouseUrl.parse("duckdb:" + dir.resolve("wh.duckdb"));
    }

    @Test
    void aReadOnlyWarehouseReadsButRefusesWrites() {
        String url = "duckdb:" + dir.resolve("ro.duckdb");
        try (Warehouse rw = Warehouse.open(url)) {
            rw.experiments().insertTrial(sideBySide("trial-a", HASH_A, T0));
        }
        try (Warehouse ro = Warehouse.openReadOnly(url)) {
            assertThat(ro.experiments().trials()).hasSize(1);
            assertThatThrownBy(
                            () ->
                                    ro.experiments()
                                            .putVote(
                                                    new ExperimentVote(
                                                            "trial-a",
                                                            HASH_A,
                                                            1,
                                                            ExperimentArm.BASELINE,
                                                            T0)))
                    .isInstanceOf(WarehouseException.class)
                    .hasMessageContaining("read-only");
        }
    }

    @Test
    void migratesAVersionOneWarehouse() throws Exception {
        Path file = dir.resolve("v1.duckdb");
        try (Warehouse wh = Warehouse.open("duckdb:" + file)) {
            assertThat(wh.schemaVersion()).isEqualTo(Warehouse.latestSchemaVersion());
        }
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:" + file);
                Statement s = c.createStatement()) {
            for (String t :
                    List.of(
                            "experiment_settings",
                            "experiment_trials",
                            "experiment_trial_items",
                            "experiment_votes",
                            "experiment_ratings")) {
                s.execute("DROP TABLE " + t);
            }
            s.execute("DROP TABLE user_saved_tracks");
            s.execute("DELETE FROM schema_migrations WHERE version >= 2");
        }
        try (Warehouse wh = Warehouse.open("duckdb:" + file)) {
            assertThat(wh.schemaVersion()).isEqualTo(Warehouse.latestSchemaVersion());
            assertThat(wh.experiments().trials()).isEmpty();
        }
    }

    @Test
    void recordsRejectBadValuesNamingThem() {
        assertThatThrownBy(() -> sideBySide("bad id!", HASH_A, T0))
                .hasMessageContaining("trialId")
                .hasMessageContaining("bad id!");
        assertThatThrownBy(() -> sideBySide("t", "user-42", T0))
                .hasMessageContaining("participantHash");
        assertThatThrownBy(() -> new ExperimentVote("t", HASH_A, 3, ExperimentArm.OURS, T0))
                .hasMessageContaining("preferredList")
                .hasMessageContaining("3");
        assertThatThrownBy(() -> new ShownItem(3, 1, "x", ExperimentArm.OURS, 1))
                .hasMessageContaining("list");
        assertThatThrownBy(
                        () ->
                                new ExperimentTrial(
                                        "t",
                                        HASH_A,
                                        "p",
                                        "INTERLEAVED",
                                        "b",
                                        0,
                                        T0,
                                        List.of(new ShownItem(1, 1, "x", ExperimentArm.OURS, 1))))
                .hasMessageContaining("interleaved");
        assertThatThrownBy(
                        () ->
                                new ExperimentTrial(
                                        "t",
                                        HASH_A,
                                        "p",
                                        "SIDE_BY_SIDE",
                                        "b",
                                        1,
                                        T0,
                                        List.of(
                                                new ShownItem(1, 1, "x", ExperimentArm.OURS, 1),
                                                new ShownItem(1, 1, "y", ExperimentArm.OURS, 2))))
                .hasMessageContaining("two items at list 1 position 1");
    }
}
