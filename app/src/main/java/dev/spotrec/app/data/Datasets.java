package dev.spotrec.app.data;

import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.warehouse.Warehouse;
import java.util.Locale;

/**
 * Loads the training data a {@code --dataset SPEC} names: a world ({@code synthetic:...}, {@code
 * spotify-csv:PATH}, {@code mpd:DIR}), HetRec Last.fm ({@code hetrec:DIR}, with listening counts)
 * or a warehouse ({@code duckdb:PATH}, {@code jdbc:postgresql://...}, opened read-only).
 */
public final class Datasets {
    private Datasets() {}

    /** Whether {@code spec} names a warehouse rather than a dataset. */
    public static boolean isWarehouse(String spec) {
        String s = spec.strip().toLowerCase(Locale.ROOT);
        return s.startsWith("duckdb:") || s.startsWith("jdbc:");
    }

    /**
     * Loads {@code spec}.
     *
     * @throws IllegalArgumentException for a malformed spec
     * @throws dev.spotrec.datasets.DatasetFormatException for a missing or corrupt dataset file
     * @throws dev.spotrec.warehouse.WarehouseException when the warehouse cannot be read
     */
    public static TrainingData load(String spec) {
        if (isWarehouse(spec)) {
            try (Warehouse wh = Warehouse.openReadOnly(spec.strip())) {
                return WarehouseTrainingData.read(wh);
            }
        }
        WorldSpec world = WorldSpec.parse(spec);
        if (world instanceof WorldSpec.HetRec h) {
            return HetRecTrainingData.load(h.path());
        }
        WorldTrainingData sink = new WorldTrainingData();
        Worlds.stream(world, sink);
        return sink.build();
    }
}
