package dev.spotrec.app;

import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.Recommender;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Saves a model directory atomically: {@link ModelStore#save} writes into a temporary sibling
 * directory, which then replaces the target with a rename. A failure deletes the temporary
 * directory, so the target holds either the old model or the whole new one, never half of one.
 */
final class ModelFiles {
    private ModelFiles() {}

    static void saveAtomically(Recommender model, Path dir) {
        Path target = dir.toAbsolutePath().normalize();
        Path parent = target.getParent();
        Path tmp = null;
        Path old = null;
        try {
            Files.createDirectories(parent);
            tmp = Files.createTempDirectory(parent, "." + target.getFileName() + ".tmp");
            ModelStore.save(model, tmp);
            if (Files.exists(target)) {
                old = Files.createTempDirectory(parent, "." + target.getFileName() + ".old");
                Files.delete(old);
                move(target, old);
            }
            move(tmp, target);
            tmp = null;
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot write the model to " + dir + ": " + e.getMessage(), e);
        } finally {
            deleteQuietly(tmp);
            deleteQuietly(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    static void deleteQuietly(Path dir) {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover hidden temporary directory does no harm.
        }
    }
}
