package dev.spotrec.datasets;

import dev.spotrec.datasets.internal.Sources;

/**
 * Entry point: loads or streams the world a {@link WorldSpec} names.
 *
 * <pre>{@code
 * World demo = Worlds.load("synthetic:seed=7,users=2000");
 * Worlds.stream(WorldSpec.parse("synthetic:playlists=1000000,tracks=2000000"), mpdWriter);
 * }</pre>
 */
public final class Worlds {
    private Worlds() {}

    /**
     * Loads a world into memory.
     *
     * @throws IllegalArgumentException for a bad spec
     * @throws DatasetFormatException when a dataset file is missing or corrupt
     */
    public static World load(String spec) {
        return load(WorldSpec.parse(spec));
    }

    /**
     * Loads a world into memory.
     *
     * @throws DatasetFormatException when a dataset file is missing or corrupt
     */
    public static World load(WorldSpec spec) {
        World.Builder builder = World.builder();
        if (spec instanceof WorldSpec.Synthetic) {
            // Generation and the builder's checks and indexing overlap on two cores; the queue
            // keeps the order, so the world is the same. Only for synthetic worlds: a reader that
            // fails mid-file must not leave the builder's thread waiting.
            stream(spec, WorldSink.async(builder));
        } else {
            stream(spec, builder);
        }
        return builder.build();
    }

    /**
     * Emits the world entity by entity in the {@link WorldSink} order, ending with {@code
     * sink.end()}. Synthetic worlds stream playlists without holding them, so a
     * Million-Playlist-scale world fits in a few GiB.
     *
     * @throws DatasetFormatException when a dataset file is missing or corrupt
     */
    public static void stream(WorldSpec spec, WorldSink sink) {
        Sources.stream(spec, sink);
    }

    /** Generates a synthetic world in memory; the same spec always gives an equal world. */
    public static World generate(WorldSpec.Synthetic spec) {
        return load(spec);
    }
}
