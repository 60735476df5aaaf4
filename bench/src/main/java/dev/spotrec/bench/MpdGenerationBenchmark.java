package dev.spotrec.bench;

import dev.spotrec.datasets.MpdWriter;
import dev.spotrec.datasets.WorldSink;
import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Generates a Million-Playlist-scale synthetic world straight into MPD JSON slices and reports
 * wall time, files, playlists, items, bytes, and peak heap and resident memory. The world streams:
 * only the catalog and the follow graph stay in memory, never the playlists.
 *
 * <pre>
 * ./mvnw -q -B -pl bench -am package -DskipTests
 * java -Xmx8g -cp "bench/target/classes:datasets/target/classes:$HOME/.m2/repository/tools/jackson/core/jackson-core/3.3.0/jackson-core-3.3.0.jar" \
 *     dev.spotrec.bench.MpdGenerationBenchmark /tmp/mpd-synthetic [SPEC]
 * </pre>
 *
 * The default SPEC is {@value #MPD_SCALE}. The output directory must be new or empty; delete it
 * afterwards (about 16 GB).
 */
public final class MpdGenerationBenchmark {
  static final String MPD_SCALE = "synthetic:seed=2018,users=200000,artists=300000,"
      + "tracks=2000000,playlists=1000000,length=66";

  private MpdGenerationBenchmark() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 1 || args.length > 2) {
      System.err.println("usage: MpdGenerationBenchmark OUT_DIR [WORLD_SPEC]");
      System.exit(2);
    }
    Path out = Path.of(args[0]);
    if (Files.isDirectory(out)) {
      try (var list = Files.list(out)) {
        if (list.findAny().isPresent()) {
          System.err.println("output directory " + out + " is not empty; use a new one");
          System.exit(2);
        }
      }
    }
    WorldSpec spec = WorldSpec.parse(args.length > 1 ? args[1] : MPD_SCALE);
    long start = System.nanoTime();
    List<Path> files;
    long playlists;
    long items;
    try (MpdWriter writer = MpdWriter.builder(out).build()) {
      // Generation runs on this thread, JSON writing on the sink's thread.
      Worlds.stream(spec, WorldSink.async(writer));
      files = writer.files();
      playlists = writer.playlists();
      items = writer.items();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    long bytes = 0;
    for (Path f : files) {
      bytes += Files.size(f);
    }
    System.out.printf(Locale.ROOT, "spec          %s%n", spec);
    System.out.printf(Locale.ROOT, "time          %.1f s%n", seconds);
    System.out.printf(Locale.ROOT, "files         %,d%n", files.size());
    System.out.printf(Locale.ROOT, "playlists     %,d (%.0f/s)%n", playlists, playlists / seconds);
    System.out.printf(Locale.ROOT, "items         %,d (%.0f/s)%n", items, items / seconds);
    System.out.printf(Locale.ROOT, "bytes         %,d (%.0f MB/s)%n", bytes, bytes / seconds / 1e6);
    System.out.printf(Locale.ROOT, "peak heap     %,d MiB (max %,d MiB)%n", peakHeap() >> 20,
        Runtime.getRuntime().maxMemory() >> 20);
    System.out.printf(Locale.ROOT, "peak RSS      %s%n", peakRss());
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  private static String peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "n/a (no /proc)";
    }
    return Files.readAllLines(status).stream().filter(l -> l.startsWith("VmHWM:"))
        .map(l -> l.substring(6).strip()).findFirst().orElse("n/a");
  }
}
