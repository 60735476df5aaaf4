package dev.spotrec.warehouse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Imports a dataset into a warehouse through the {@code datasets} readers. Imports are idempotent
 * (entities are upserted) and resumable by file: each file is recorded in {@code imported_files} in
 * the same transaction as its rows, and a file recorded with the same path and size is skipped. A
 * corrupt file stops the import with the reader's {@link
 * dev.spotrec.datasets.DatasetFormatException} (naming the file and line); the batch it was in is
 * discarded, everything committed before stays.
 *
 * <pre>{@code
 * ImportSummary s = Importer.builder(warehouse).listener(progress).build()
 *         .run(ImportSource.MPD, Path.of("mpd/data"));
 * }</pre>
 */
public final class Importer {
    private final Warehouse warehouse;
    private final ImportListener listener;
    private final long rowsPerBatch;

    private Importer(Builder b) {
        this.warehouse = b.warehouse;
        this.listener = b.listener;
        this.rowsPerBatch = b.rowsPerBatch;
    }

    /** A builder importing into {@code warehouse}. */
    public static Builder builder(Warehouse warehouse) {
        return new Builder(warehouse);
    }

    /** Imports {@code path} (a file or directory) of {@code source}. */
    public ImportSummary run(ImportSource source, Path path) {
        return switch (source) {
            case MPD -> new MpdImport(warehouse, listener, rowsPerBatch).run(path);
            case HETREC, SPOTIFY_CSV -> new WorldImport(warehouse, listener, source).run(path);
        };
    }

    /** The key a file is recorded under: its absolute, normalised path. */
    static String key(Path file) {
        return file.toAbsolutePath().normalize().toString();
    }

    static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            throw WarehouseException.badInput(
                    "cannot read the size of " + file + ": " + e.getMessage(), e);
        }
    }

    /** Options; setters reject bad values at once. */
    public static final class Builder {
        private final Warehouse warehouse;
        private ImportListener listener = new ImportListener() {};
        private long rowsPerBatch = 500_000;

        private Builder(Warehouse warehouse) {
            if (warehouse == null) {
                throw new IllegalArgumentException("warehouse must not be null");
            }
            this.warehouse = warehouse;
        }

        /** Receives progress events; none by default. */
        public Builder listener(ImportListener l) {
            if (l == null) {
                throw new IllegalArgumentException("listener must not be null");
            }
            this.listener = l;
            return this;
        }

        /**
         * Commits once a batch holds at least this many rows, at a file boundary (MPD only);
         * 500,000 by default. Larger batches load faster and lose more on a crash.
         */
        public Builder rowsPerBatch(long rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("rowsPerBatch must be >= 1, got " + rows);
            }
            this.rowsPerBatch = rows;
            return this;
        }

        /** The importer. */
        public Importer build() {
            return new Importer(this);
        }
    }
}
