package dev.spotrec.warehouse.internal;

import static dev.spotrec.warehouse.internal.TableSpec.insertMissing;
import static dev.spotrec.warehouse.internal.TableSpec.list;
import static dev.spotrec.warehouse.internal.TableSpec.upsert;

import dev.spotrec.warehouse.internal.TableSpec.Parent;
import java.util.List;

/**
 * Every table the bulk writer fills, in the order a batch merges them (a parent before its lists).
 * Column order here is the order in which {@code Batch} writes staged values.
 */
public final class Tables {
    private static final List<String> POS = List.of("position");

    public static final TableSpec ARTISTS =
            upsert("artists", List.of("id"), List.of("name", "popularity", "followers"));
    public static final TableSpec ARTIST_GENRES =
            list(
                    "artist_genres",
                    keys("artist_id"),
                    List.of("genre"),
                    parent("artist_id", "artists"));
    public static final TableSpec ALBUMS =
            upsert(
                    "albums",
                    List.of("id"),
                    List.of(
                            "name",
                            "album_type",
                            "release_date",
                            "release_date_precision",
                            "label",
                            "popularity"));
    public static final TableSpec ALBUM_ARTISTS =
            list(
                    "album_artists",
                    keys("album_id"),
                    List.of("artist_id"),
                    parent("album_id", "albums"));
    public static final TableSpec TRACKS =
            upsert(
                    "tracks",
                    List.of("id"),
                    List.of(
                            "name",
                            "album_id",
                            "isrc",
                            "duration_ms",
                            "explicit",
                            "popularity",
                            "track_number",
                            "disc_number"));
    public static final TableSpec TRACK_ARTISTS =
            list(
                    "track_artists",
                    keys("track_id"),
                    List.of("artist_id"),
                    parent("track_id", "tracks"));
    public static final TableSpec AUDIO_FEATURES =
            upsert(
                    "audio_features",
                    List.of("track_id"),
                    List.of(
                            "danceability",
                            "energy",
                            "valence",
                            "tempo",
                            "acousticness",
                            "instrumentalness",
                            "liveness",
                            "speechiness",
                            "loudness",
                            "pitch_key",
                            "mode"));
    public static final TableSpec USERS =
            upsert(
                    "users",
                    List.of("id"),
                    List.of("display_name", "country", "product", "followers"));
    public static final TableSpec PLAYLISTS =
            upsert(
                    "playlists",
                    List.of("id"),
                    List.of(
                            "owner_id",
                            "name",
                            "description",
                            "is_public",
                            "collaborative",
                            "followers"));
    public static final TableSpec PLAYLIST_ITEMS =
            list(
                    "playlist_items",
                    keys("playlist_id"),
                    List.of("track_id", "added_at", "added_by"),
                    parent("playlist_id", "playlists"));
    public static final TableSpec USER_FOLLOWS_PLAYLIST =
            upsert("user_follows_playlist", List.of("user_id", "playlist_id"), List.of());
    public static final TableSpec USER_FOLLOWS_ARTIST =
            upsert("user_follows_artist", List.of("user_id", "artist_id"), List.of());
    public static final TableSpec USER_FOLLOWS_USER =
            upsert("user_follows_user", List.of("user_id", "followed_user_id"), List.of());
    public static final TableSpec USER_TOP_ITEMS =
            list(
                    "user_top_items",
                    List.of("user_id", "time_range", "item_type", "position"),
                    List.of("item_id"),
                    new Parent(
                            List.of("user_id", "time_range"),
                            "user_top_items",
                            List.of("user_id", "time_range")));

    /** Owners known only from a playlist's owner object: written unless the user is there. */
    public static final TableSpec USERS_MISSING =
            insertMissing(
                    "users",
                    List.of("id"),
                    List.of("display_name", "country", "product", "followers"));

    public static final TableSpec USER_SAVED_TRACKS =
            upsert("user_saved_tracks", List.of("user_id", "track_id"), List.of("added_at"));
    public static final TableSpec USER_ARTIST_PLAYS =
            upsert("user_artist_plays", List.of("user_id", "artist_id"), List.of("play_count"));
    public static final TableSpec FRONTIER_DISCOVERED =
            insertMissing(
                    "crawl_frontier",
                    List.of("entity_type", "entity_id"),
                    List.of("status", "depth", "attempts", "reason", "run_id"));
    public static final TableSpec FRONTIER =
            upsert(
                    "crawl_frontier",
                    List.of("entity_type", "entity_id"),
                    List.of("status", "depth", "attempts", "reason", "run_id"));
    public static final TableSpec CRAWL_RUNS =
            upsert(
                    "crawl_runs",
                    List.of("run_id"),
                    List.of(
                            "started_at",
                            "finished_at",
                            "status",
                            "mode",
                            "api_url",
                            "requests",
                            "entities",
                            "summary"));
    public static final TableSpec IMPORTED_FILES =
            upsert("imported_files", List.of("source", "path"), List.of("size_bytes", "row_count"));

    /** Merge order. */
    public static final List<TableSpec> MERGE_ORDER =
            List.of(
                    ARTISTS,
                    ARTIST_GENRES,
                    ALBUMS,
                    ALBUM_ARTISTS,
                    TRACKS,
                    TRACK_ARTISTS,
                    AUDIO_FEATURES,
                    USERS,
                    PLAYLISTS,
                    PLAYLIST_ITEMS,
                    USER_FOLLOWS_PLAYLIST,
                    USER_FOLLOWS_ARTIST,
                    USER_FOLLOWS_USER,
                    USER_TOP_ITEMS,
                    USER_ARTIST_PLAYS,
                    USERS_MISSING,
                    USER_SAVED_TRACKS,
                    FRONTIER_DISCOVERED,
                    FRONTIER,
                    CRAWL_RUNS,
                    IMPORTED_FILES);

    /** Every table of the schema, in the order {@code stats()} lists them. */
    public static final List<String> ALL =
            List.of(
                    "artists",
                    "artist_genres",
                    "albums",
                    "album_artists",
                    "tracks",
                    "track_artists",
                    "audio_features",
                    "users",
                    "playlists",
                    "playlist_items",
                    "user_follows_playlist",
                    "user_follows_artist",
                    "user_follows_user",
                    "user_top_items",
                    "user_artist_plays",
                    "user_saved_tracks",
                    "crawl_frontier",
                    "crawl_runs",
                    "imported_files",
                    "schema_migrations");

    private Tables() {}

    private static List<String> keys(String parentColumn) {
        return List.of(parentColumn, POS.getFirst());
    }

    private static Parent parent(String column, String table) {
        return new Parent(List.of(column), table, List.of("id"));
    }
}
