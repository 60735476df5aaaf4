package dev.spotrec.warehouse;

import static dev.spotrec.warehouse.internal.Tables.*;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.ArtistFollow;
import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.UserFollow;
import dev.spotrec.datasets.WorldSink;
import dev.spotrec.warehouse.internal.BatchWriter;
import dev.spotrec.warehouse.internal.ItemSink;
import dev.spotrec.warehouse.internal.TableSpec;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * One unit of writing: entities stream into staging through the engine's bulk path, and {@link
 * #commit()} merges them all in one transaction. Writing an entity that is already there updates it
 * in place (keeping its {@code first_seen}); writing it twice in a batch keeps the last write.
 * Closing a batch without committing discards it. Not thread-safe; one batch per warehouse at a
 * time.
 *
 * <pre>{@code
 * try (Batch b = warehouse.newBatch()) {
 *     b.track(track);
 *     b.discover(FrontierEntry.pending("album", track.albumId(), 1));
 *     b.commit();
 * }
 * }</pre>
 *
 * It is also a {@link WorldSink}, so a whole (small) world streams in with {@code
 * world.writeTo(batch)}; {@link WorldSink#end()} does not commit.
 */
public final class Batch implements WorldSink, AutoCloseable {
    private final Warehouse warehouse;
    private final BatchWriter w;
    private boolean done;

    Batch(Warehouse warehouse, BatchWriter writer) {
        this.warehouse = warehouse;
        this.w = writer;
    }

    @Override
    public void artist(Artist a) {
        run(
                () -> {
                    long s = w.entity(ARTISTS, a.id());
                    w.row(ARTISTS)
                            .str(a.id())
                            .str(a.name())
                            .i32(a.popularity())
                            .i64(a.followers())
                            .i64(s)
                            .end();
                    long p = w.parent(ARTIST_GENRES, a.id());
                    stringList(ARTIST_GENRES, a.id(), a.genres(), p);
                });
    }

    @Override
    public void album(Album a) {
        run(
                () -> {
                    long s = w.entity(ALBUMS, a.id());
                    w.row(ALBUMS)
                            .str(a.id())
                            .str(a.name())
                            .str(a.albumType().apiName())
                            .str(a.releaseDate())
                            .str(a.releaseDatePrecision())
                            .str(a.label())
                            .i32(a.popularity())
                            .i64(s)
                            .end();
                    long p = w.parent(ALBUM_ARTISTS, a.id());
                    stringList(ALBUM_ARTISTS, a.id(), a.artistIds(), p);
                });
    }

    /** A track, its artists and, when it has them, its audio features. */
    @Override
    public void track(Track t) {
        run(
                () -> {
                    long s = w.entity(TRACKS, t.id());
                    w.row(TRACKS)
                            .str(t.id())
                            .str(t.name())
                            .str(t.albumId())
                            .str(t.isrc())
                            .i32(t.durationMs())
                            .bool(t.explicit())
                            .i32(t.popularity())
                            .i32(t.trackNumber())
                            .i32(t.discNumber())
                            .i64(s)
                            .end();
                    long p = w.parent(TRACK_ARTISTS, t.id());
                    stringList(TRACK_ARTISTS, t.id(), t.artistIds(), p);
                });
        if (t.features() != null) {
            audioFeatures(t.id(), t.features());
        }
    }

    /** A track's audio features. */
    public void audioFeatures(String trackId, AudioFeatures f) {
        run(
                () -> {
                    long s = w.entity(AUDIO_FEATURES, trackId);
                    w.row(AUDIO_FEATURES)
                            .str(trackId)
                            .f64(f.danceability())
                            .f64(f.energy())
                            .f64(f.valence())
                            .f64(f.tempo())
                            .f64(f.acousticness())
                            .f64(f.instrumentalness())
                            .f64(f.liveness())
                            .f64(f.speechiness())
                            .f64(f.loudness())
                            .i32(f.key())
                            .i32(f.mode())
                            .i64(s)
                            .end();
                });
    }

    @Override
    public void user(User u) {
        userRow(USERS, u);
    }

    /** A playlist and its items: the stored item list becomes exactly {@code p.items()}. */
    @Override
    public void playlist(Playlist p) {
        playlistDetails(p);
        run(
                () -> {
                    ItemSink sink = w.playlistItems(p.id(), w.parent(PLAYLIST_ITEMS, p.id()));
                    for (PlaylistItem it : p.items()) {
                        sink.item(it.trackId(), it.addedAt(), it.addedBy());
                    }
                    sink.end();
                });
    }

    /**
     * A playlist with its items as columns, all added at {@code addedAt} by {@code addedBy}: its
     * fields are written as by {@link #playlistDetails(Playlist)} and its stored item list becomes
     * exactly {@code trackIds}, as {@link #playlist(Playlist)} makes it. The bulk-import form: no
     * object per item.
     *
     * @param details the playlist's own fields; its {@code items()} must be empty
     * @throws IllegalArgumentException naming the argument when {@code details} has items, an id is
     *     not a 22-character base62 id, {@code addedBy} is not a user id, or {@code addedAt} is
     *     null
     */
    public void playlist(Playlist details, List<String> trackIds, Instant addedAt, String addedBy) {
        if (!details.items().isEmpty()) {
            throw new IllegalArgumentException(
                    "details.items() must be empty (the items come from trackIds), got "
                            + details.items().size()
                            + " items for playlist "
                            + details.id());
        }
        if (trackIds == null) {
            throw new IllegalArgumentException("trackIds must not be null");
        }
        if (addedAt == null) {
            throw new IllegalArgumentException("addedAt must not be null");
        }
        if (!SpotifyIds.isUserId(addedBy)) {
            throw new IllegalArgumentException(
                    "addedBy must be a Spotify user id (1-64 of [A-Za-z0-9._-]), got " + addedBy);
        }
        for (int i = 0; i < trackIds.size(); i++) {
            if (!SpotifyIds.isBase62Id(trackIds.get(i))) {
                throw new IllegalArgumentException(
                        "trackIds["
                                + i
                                + "] must be a 22-character base62 Spotify id, got "
                                + trackIds.get(i));
            }
        }
        playlistDetails(details);
        run(
                () -> {
                    String id = details.id();
                    ItemSink sink = w.playlistItems(id, w.parent(PLAYLIST_ITEMS, id));
                    for (int i = 0; i < trackIds.size(); i++) {
                        sink.item(trackIds.get(i), addedAt, addedBy);
                    }
                    sink.end();
                });
    }

    /** A playlist's own fields only; its stored items stay as they are. */
    public void playlistDetails(Playlist p) {
        run(
                () -> {
                    long s = w.entity(PLAYLISTS, p.id());
                    w.row(PLAYLISTS)
                            .str(p.id())
                            .str(p.ownerId())
                            .str(p.name())
                            .str(p.description())
                            .bool(p.isPublic())
                            .bool(p.collaborative())
                            .i64(p.followers())
                            .i64(s)
                            .end();
                });
    }

    @Override
    public void playlistFollow(PlaylistFollow f) {
        pair(USER_FOLLOWS_PLAYLIST, f.userId(), f.playlistId());
    }

    @Override
    public void artistFollow(ArtistFollow f) {
        pair(USER_FOLLOWS_ARTIST, f.userId(), f.artistId());
    }

    @Override
    public void userFollow(UserFollow f) {
        pair(USER_FOLLOWS_USER, f.userId(), f.followedUserId());
    }

    /** A user's top items for one range: replaces the stored ones of that user and range. */
    @Override
    public void topItems(TopItems t) {
        run(
                () -> {
                    String range = t.timeRange().apiName();
                    long s = w.parent(USER_TOP_ITEMS, t.userId(), range);
                    topList(t, range, "track", t.trackIds(), s);
                    topList(t, range, "artist", t.artistIds(), s);
                });
    }

    /** How often a user played an artist (Last.fm listening counts). */
    public void artistPlays(String userId, String artistId, long playCount) {
        if (playCount < 0) {
            throw new IllegalArgumentException("playCount must be >= 0, got " + playCount);
        }
        run(
                () -> {
                    long s = w.entity(USER_ARTIST_PLAYS, userId + "\u0000" + artistId);
                    w.row(USER_ARTIST_PLAYS).str(userId).str(artistId).i64(playCount).i64(s).end();
                });
    }

    /** Adds an entity to the frontier unless it is already there (in any status). */
    public void discover(FrontierEntry e) {
        frontierRow(FRONTIER_DISCOVERED, e);
    }

    /** Writes a frontier entry, replacing its stored status. */
    public void frontier(FrontierEntry e) {
        frontierRow(FRONTIER, e);
    }

    /** Writes (or updates) a crawl run. */
    public void crawlRun(CrawlRun r) {
        run(
                () -> {
                    long s = w.entity(CRAWL_RUNS, Long.toString(r.runId()));
                    w.row(CRAWL_RUNS)
                            .i64(r.runId())
                            .ts(r.startedAt())
                            .ts(r.finishedAt())
                            .str(r.status())
                            .str(r.mode())
                            .str(r.apiUrl())
                            .i64(r.requests())
                            .i64(r.entities())
                            .str(r.summary())
                            .i64(s)
                            .end();
                });
    }

    /** Records that {@code path} of {@code source} was imported, with its size and row count. */
    public void importedFile(String source, String path, long sizeBytes, long rows) {
        run(
                () -> {
                    long s = w.entity(IMPORTED_FILES, source + "\u0000" + path);
                    w.row(IMPORTED_FILES)
                            .str(source)
                            .str(path)
                            .i64(sizeBytes)
                            .i64(rows)
                            .i64(s)
                            .end();
                });
    }

    /** Rows staged so far, per table. */
    public Map<String, Long> staged() {
        return w.staged();
    }

    /** Rows staged so far over all tables. */
    public long stagedRows() {
        return w.stagedRows();
    }

    /**
     * Merges everything staged, in one transaction stamped with the warehouse clock's time.
     *
     * @return rows staged per table
     * @throws WarehouseException when the merge fails; nothing of the batch is then stored
     */
    public Map<String, Long> commit() {
        if (done) {
            throw new IllegalStateException("batch already committed or closed");
        }
        Map<String, Long> result = w.staged();
        try {
            if (!w.isEmpty()) {
                w.merge(warehouse.now());
            }
        } catch (SQLException e) {
            throw warehouse.wrap(e, "committing a batch");
        } finally {
            close();
        }
        return result;
    }

    /** Ends staging on this thread, before {@link BatchPipeline} merges on its own. */
    void finishStaging() {
        try {
            w.finishStaging();
        } catch (SQLException e) {
            throw warehouse.wrap(e, "staging a batch");
        }
    }

    /** Discards the batch unless it was committed. */
    @Override
    public void close() {
        if (done) {
            return;
        }
        done = true;
        try {
            w.close();
        } catch (SQLException e) {
            throw warehouse.wrap(e, "clearing the staging tables");
        } finally {
            warehouse.batchClosed(this);
        }
    }

    private void userRow(TableSpec t, User u) {
        run(
                () -> {
                    long s = w.entity(t, u.id());
                    w.row(t)
                            .str(u.id())
                            .str(u.displayName())
                            .str(u.country())
                            .str(u.product())
                            .i64(u.followers())
                            .i64(s)
                            .end();
                });
    }

    private void stringList(TableSpec t, String parent, List<String> values, long s)
            throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            w.row(t).str(parent).i32(i).str(values.get(i)).i64(s).end();
        }
    }

    private void topList(TopItems t, String range, String type, List<String> ids, long s)
            throws SQLException {
        for (int i = 0; i < ids.size(); i++) {
            w.row(USER_TOP_ITEMS)
                    .str(t.userId())
                    .str(range)
                    .str(type)
                    .i32(i)
                    .str(ids.get(i))
                    .i64(s)
                    .end();
        }
    }

    private void pair(TableSpec t, String a, String b) {
        run(
                () -> {
                    long s = w.entity(t, a + "\u0000" + b);
                    w.row(t).str(a).str(b).i64(s).end();
                });
    }

    private void frontierRow(TableSpec t, FrontierEntry e) {
        run(
                () -> {
                    long s = w.entity(t, e.entityType() + "\u0000" + e.entityId());
                    w.row(t)
                            .str(e.entityType())
                            .str(e.entityId())
                            .str(e.status().name())
                            .i32(e.depth())
                            .i32(e.attempts())
                            .str(e.reason())
                            .i64(e.runId())
                            .i64(s)
                            .end();
                });
    }

    private void run(SqlStep step) {
        if (done) {
            throw new IllegalStateException("batch already committed or closed");
        }
        try {
            step.run();
        } catch (SQLException e) {
            throw warehouse.wrap(e, "staging rows");
        }
    }

    private interface SqlStep {
        void run() throws SQLException;
    }

    /**
     * A user known only from a playlist's {@code owner} object (when the profile cannot be read):
     * stored unless the user is already there, so a fuller profile is never overwritten.
     */
    public void userIfMissing(User u) {
        userRow(USERS_MISSING, u);
    }

    /** A track the user saved ("Liked Songs") at {@code addedAt} (null when unknown). */
    public void savedTrack(String userId, String trackId, Instant addedAt) {
        if (userId == null || trackId == null) {
            throw new IllegalArgumentException(
                    "savedTrack needs a user and a track id, got " + userId + ", " + trackId);
        }
        run(
                () -> {
                    long s = w.entity(USER_SAVED_TRACKS, userId + "\u0000" + trackId);
                    w.row(USER_SAVED_TRACKS).str(userId).str(trackId).ts(addedAt).i64(s).end();
                });
    }
}
