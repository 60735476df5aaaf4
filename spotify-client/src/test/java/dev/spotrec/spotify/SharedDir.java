package dev.spotrec.spotify;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;

/** Locates {@code ../shared} through the {@code spotrec.shared.dir} system property, or skips. */
public final class SharedDir {

    private SharedDir() {}

    /** {@return {@code relative} under the shared directory; skips the test when it is absent} */
    public static Path resolve(String relative) {
        String dir = System.getProperty("spotrec.shared.dir");
        assumeTrue(
                dir != null,
                "skipped: system property spotrec.shared.dir is not set (run through Maven)");
        Path path = Path.of(dir).resolve(relative);
        assumeTrue(
                Files.exists(path),
                "skipped: " + path + " is absent (../shared is not beside this checkout)");
        return path;
    }
}
