package dev.spotrec.warehouse;

import dev.spotrec.datasets.MpdPlaylist;
import dev.spotrec.datasets.MpdReader;
import dev.spotrec.datasets.MpdTrack;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.User;
import dev.spotrec.warehouse.internal.Base62IdSet;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * MPD import, one slice file at a time, several files per transaction. A parser thread reads the
 * JSON while this thread stages and merges, so parsing overlaps DuckDB's work on a second core. It
 * maps the MPD as the {@code datasets} MPD world does: every playlist belongs to user {@value
 * #OWNER}, its id derives from the pid, items are added at the playlist's {@code modified_at};
 * tracks, albums and artists take the MPD's ids and names. Each catalog entity is written once per
 * run (a {@link Base62IdSet} of ids seen, no allocation per lookup), so a track in a thousand
 * playlists costs one upsert, not a thousand. Items go in column form ({@link
 * Batch#playlist(Playlist, List, Instant, String)}), without an object per item.
 */
final class MpdImport {
    static final String OWNER = MpdPlaylist.OWNER;

    private final Warehouse wh;
    private final ImportListener listener;
    private final long rowsPerBatch;
    private final Base62IdSet seenArtists = new Base62IdSet();
    private final Base62IdSet seenAlbums = new Base62IdSet();
    private final Base62IdSet seenTracks = new Base62IdSet();
    private final List<String> trackIds = new ArrayList<>();
    private boolean ownerWritten;

    MpdImport(Warehouse wh, ImportListener listener, long rowsPerBatch) {
        this.wh = wh;
        this.listener = listener;
        this.rowsPerBatch = rowsPerBatch;
    }

    ImportSummary run(Path path) {
        List<Path> files = MpdReader.sliceFiles(path);
        listener.planned(ImportSource.MPD, files, files.stream().mapToLong(Importer::size).sum());
        List<Path> todo = new ArrayList<>();
        for (Path file : files) {
            long size = Importer.size(file);
            if (wh.importedFileSize(ImportSource.MPD.cliName(), Importer.key(file)) == size) {
                listener.fileSkipped(file, size, "already imported");
            } else {
                todo.add(file);
            }
        }
        Counts c = new Counts();
        if (!todo.isEmpty()) {
            try (MpdParserThread parser = new MpdParserThread(todo)) {
                write(parser, c);
            }
        }
        return new ImportSummary(
                ImportSource.MPD, todo.size(), files.size() - todo.size(), c.rows, c.batches);
    }

    /** Running totals of an import. */
    private static final class Counts {
        long rows;
        int batches;
    }

    /**
     * Consumes the parser's playlists into batches, committing at file boundaries; each batch is
     * staged while the one before merges ({@link BatchPipeline}).
     */
    private void write(MpdParserThread parser, Counts c) {
        Batch batch = null;
        long fileStart = 0;
        try (BatchPipeline pipe = wh.pipeline()) {
            for (Object m = parser.next(); m != null; m = parser.next()) {
                if (batch == null) {
                    batch = pipe.newBatch();
                    fileStart = 0;
                    if (!ownerWritten) {
                        batch.user(new User(OWNER, "Million Playlist Dataset", null, null, 0));
                        ownerWritten = true;
                    }
                }
                if (m instanceof MpdPlaylist p) {
                    playlist(batch, p);
                    continue;
                }
                Path file = (Path) m;
                long size = Importer.size(file);
                long staged = batch.stagedRows() - fileStart;
                batch.importedFile(ImportSource.MPD.cliName(), Importer.key(file), size, staged);
                fileStart = batch.stagedRows();
                c.rows += staged;
                listener.fileStaged(file, size, staged);
                if (batch.stagedRows() >= rowsPerBatch) {
                    commit(pipe, batch, c);
                    batch = null;
                }
            }
            if (batch != null) {
                commit(pipe, batch, c);
                batch = null;
            }
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
    }

    private void commit(BatchPipeline pipe, Batch batch, Counts c) {
        long rows = c.rows;
        c.batches++;
        pipe.commit(batch, () -> listener.committed(rows));
    }

    private void playlist(Batch batch, MpdPlaylist p) {
        trackIds.clear();
        for (MpdTrack t : p.tracks()) {
            String trackId = SpotifyIds.fromUri(t.trackUri());
            if (seenTracks.add(trackId)) {
                catalog(batch, t);
            }
            trackIds.add(trackId);
        }
        batch.playlist(
                p.toPlaylist(List.of()), trackIds, Instant.ofEpochSecond(p.modifiedAt()), OWNER);
    }

    private void catalog(Batch batch, MpdTrack t) {
        if (seenArtists.add(SpotifyIds.fromUri(t.artistUri()))) {
            batch.artist(t.artist());
        }
        if (seenAlbums.add(SpotifyIds.fromUri(t.albumUri()))) {
            batch.album(t.album());
        }
        batch.track(t.track());
    }
}
