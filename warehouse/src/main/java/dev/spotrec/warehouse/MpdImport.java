package dev.spotrec.warehouse;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.AlbumType;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.MpdPlaylist;
import dev.spotrec.datasets.MpdReader;
import dev.spotrec.datasets.MpdTrack;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MPD import, one slice file at a time, several files per transaction. It maps the MPD as the
 * {@code datasets} MPD world does: every playlist belongs to user {@value #OWNER}, its id derives
 * from the pid, items are added at the playlist's {@code modified_at}; tracks, albums and artists
 * take the MPD's ids and names. Each catalog entity is written once per run (a hash set of ids
 * seen), so a track in a thousand playlists costs one upsert, not a thousand.
 */
final class MpdImport {
    static final String OWNER = "mpd";

    private final Warehouse wh;
    private final ImportListener listener;
    private final long rowsPerBatch;
    private final Set<String> seenArtists = new HashSet<>();
    private final Set<String> seenAlbums = new HashSet<>();
    private final Set<String> seenTracks = new HashSet<>();
    private boolean ownerWritten;

    MpdImport(Warehouse wh, ImportListener listener, long rowsPerBatch) {
        this.wh = wh;
        this.listener = listener;
        this.rowsPerBatch = rowsPerBatch;
    }

    ImportSummary run(Path path) {
        List<Path> files = MpdReader.sliceFiles(path);
        listener.planned(ImportSource.MPD, files, files.stream().mapToLong(Importer::size).sum());
        int imported = 0;
        int skipped = 0;
        int batches = 0;
        long rows = 0;
        Batch batch = null;
        try {
            for (Path file : files) {
                String key = Importer.key(file);
                long size = Importer.size(file);
                if (wh.importedFileSize(ImportSource.MPD.cliName(), key) == size) {
                    skipped++;
                    listener.fileSkipped(file, size, "already imported");
                    continue;
                }
                if (batch == null) {
                    batch = wh.newBatch();
                }
                long staged = stageFile(batch, file, key, size);
                rows += staged;
                imported++;
                listener.fileStaged(file, size, staged);
                if (total(batch) >= rowsPerBatch) {
                    batch.commit();
                    batch = null;
                    batches++;
                    listener.committed(rows);
                }
            }
            if (batch != null) {
                batch.commit();
                batch = null;
                batches++;
                listener.committed(rows);
            }
        } finally {
            if (batch != null) {
                batch.close();
            }
        }
        return new ImportSummary(ImportSource.MPD, imported, skipped, rows, batches);
    }

    private long stageFile(Batch batch, Path file, String key, long size) {
        long before = total(batch);
        if (!ownerWritten) {
            batch.user(new User(OWNER, "Million Playlist Dataset", null, null, 0));
            ownerWritten = true;
        }
        MpdReader.forEach(file, p -> playlist(batch, p));
        long staged = total(batch) - before;
        batch.importedFile(ImportSource.MPD.cliName(), key, size, staged);
        return staged;
    }

    private void playlist(Batch batch, MpdPlaylist p) {
        Instant at = Instant.ofEpochSecond(p.modifiedAt());
        List<PlaylistItem> items = new ArrayList<>(p.tracks().size());
        for (MpdTrack t : p.tracks()) {
            String trackId = SpotifyIds.fromUri(t.trackUri());
            if (seenTracks.add(trackId)) {
                catalog(batch, t, trackId);
            }
            items.add(new PlaylistItem(trackId, at, OWNER));
        }
        String description = p.description() == null ? "" : p.description();
        batch.playlist(
                new Playlist(
                        SpotifyIds.derive("mpd-playlist", Long.toString(p.pid())),
                        OWNER,
                        p.name(),
                        description,
                        true,
                        p.collaborative(),
                        p.numFollowers(),
                        items));
    }

    private void catalog(Batch batch, MpdTrack t, String trackId) {
        String artistId = SpotifyIds.fromUri(t.artistUri());
        String albumId = SpotifyIds.fromUri(t.albumUri());
        if (seenArtists.add(artistId)) {
            batch.artist(new Artist(artistId, t.artistName(), List.of(), 0, 0));
        }
        if (seenAlbums.add(albumId)) {
            batch.album(
                    new Album(
                            albumId,
                            t.albumName(),
                            AlbumType.ALBUM,
                            null,
                            List.of(artistId),
                            null,
                            0));
        }
        int duration = (int) Math.max(1, Math.min(Integer.MAX_VALUE, t.durationMs()));
        batch.track(
                new Track(
                        trackId,
                        t.trackName(),
                        albumId,
                        List.of(artistId),
                        null,
                        duration,
                        false,
                        0,
                        1,
                        1,
                        null));
    }

    private static long total(Batch batch) {
        return batch.stagedRows();
    }
}
