package dev.spotrec.app;

import dev.spotrec.datasets.DatasetFormatException;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;

/** Loads the world a {@code --world SPEC} names, turning bad input into a usage error (exit 2). */
final class WorldSpecs {
    private WorldSpecs() {}

    static World load(String spec) {
        WorldSpec parsed = WorldSpec.parse(spec);
        try {
            return Worlds.load(parsed);
        } catch (DatasetFormatException e) {
            throw new IllegalArgumentException("--world " + spec + ": " + e.getMessage(), e);
        }
    }
}
