package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.WorldSink;
import dev.spotrec.datasets.WorldSpec;

/** Dispatches a {@link WorldSpec} to the generator or reader that streams it. */
public final class Sources {
  private Sources() {}

  /** Streams the world {@code spec} names into {@code sink}. */
  public static void stream(WorldSpec spec, WorldSink sink) {
    switch (spec) {
      case WorldSpec.Synthetic s -> SyntheticWorld.stream(s, sink);
      case WorldSpec.SpotifyCsv c -> SpotifyCsvWorld.stream(c.path(), sink);
      case WorldSpec.Mpd m -> MpdWorld.stream(m.path(), sink);
      case WorldSpec.HetRec h -> HetRecWorld.stream(h.path(), sink);
    }
  }
}
