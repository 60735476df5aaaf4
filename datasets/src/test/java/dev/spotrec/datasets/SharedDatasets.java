package dev.spotrec.datasets;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates ../shared/datasets through the {@code spotrec.shared.dir} property, or skips. */
final class SharedDatasets {
  private SharedDatasets() {}

  static Path require(String name) {
    String shared = System.getProperty("spotrec.shared.dir");
    assumeTrue(shared != null && !shared.isBlank(),
        "spotrec.shared.dir is not set; skipping the test on the shared " + name + " dataset");
    Path dir = Path.of(shared, "datasets", name);
    assumeTrue(Files.isDirectory(dir), "shared dataset " + dir + " is absent; skipping");
    return dir;
  }
}
