package dev.spotrec.warehouse;

import java.nio.file.Path;
import java.util.List;

/**
 * Progress events of an import, e.g. for a progress bar. Every method defaults to nothing. Events
 * come from the importing thread.
 */
public interface ImportListener {
    /** The files of the import and their total size, before anything is read. */
    default void planned(ImportSource source, List<Path> files, long totalBytes) {}

    /** A file left out because the warehouse already holds it (same path and size). */
    default void fileSkipped(Path file, long bytes, String reason) {}

    /** A file was read and its rows staged; they are stored at the next commit. */
    default void fileStaged(Path file, long bytes, long rows) {}

    /** A batch committed; {@code rows} staged rows so far in this import are stored. */
    default void committed(long rows) {}
}
