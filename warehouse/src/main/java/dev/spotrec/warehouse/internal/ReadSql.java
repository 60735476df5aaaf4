package dev.spotrec.warehouse.internal;

import dev.spotrec.warehouse.InteractionMatrix;

/**
 * The read queries of the recommender. The database aggregates and sorts; Java only walks the
 * cursor. Ordering uses {@link Dialect#orderKey} so both engines give the same order.
 */
public final class ReadSql {
    private ReadSql() {}

    /** The (row_id, column_id, weight) query of a matrix. */
    public static String interactions(InteractionMatrix m, Dialect d) {
        return switch (m) {
            case PLAYLIST_TRACK ->
                    "SELECT playlist_id AS row_id, track_id AS column_id, "
                            + "CAST(count(*) AS DOUBLE PRECISION) AS weight FROM playlist_items "
                            + "GROUP BY playlist_id, track_id ORDER BY "
                            + d.orderKey("playlist_id")
                            + ", min(position)";
            case USER_ARTIST ->
                    "SELECT user_id AS row_id, artist_id AS column_id, "
                            + "CAST(max(w) AS DOUBLE PRECISION) AS weight FROM ("
                            + "SELECT user_id, artist_id, CAST(play_count AS DOUBLE PRECISION) AS w "
                            + "FROM user_artist_plays UNION ALL "
                            + "SELECT user_id, artist_id, CAST(1 AS DOUBLE PRECISION) AS w "
                            + "FROM user_follows_artist UNION ALL "
                            + "SELECT DISTINCT user_id, item_id AS artist_id, "
                            + "CAST(1 AS DOUBLE PRECISION) AS w FROM user_top_items "
                            + "WHERE item_type = 'artist') x GROUP BY user_id, artist_id ORDER BY "
                            + d.orderKey("user_id")
                            + ", "
                            + d.orderKey("artist_id");
            case USER_PLAYLIST_FOLLOW ->
                    "SELECT user_id AS row_id, playlist_id AS column_id, "
                            + "CAST(1 AS DOUBLE PRECISION) AS weight FROM user_follows_playlist ORDER BY "
                            + d.orderKey("user_id")
                            + ", "
                            + d.orderKey("playlist_id");
        };
    }

    /** Track attributes, one row per track, by id. */
    public static String tracks(Dialect d) {
        return "SELECT t.id, t.name, t.album_id, ta.artist_id, t.duration_ms, t.explicit, "
                + "t.popularity, a.release_date, f.danceability, f.energy, f.valence, f.tempo, "
                + "f.acousticness, f.instrumentalness, f.liveness, f.speechiness, f.loudness, "
                + "f.pitch_key, f.mode FROM tracks t "
                + "LEFT JOIN track_artists ta ON ta.track_id = t.id AND ta.position = 0 "
                + "LEFT JOIN albums a ON a.id = t.album_id "
                + "LEFT JOIN audio_features f ON f.track_id = t.id ORDER BY "
                + d.orderKey("t.id");
    }

    /** Artist attributes with genres joined by the unit separator (chr 31), by id. */
    public static String artists(Dialect d) {
        return "SELECT a.id, a.name, a.popularity, a.followers, g.genres FROM artists a "
                + "LEFT JOIN (SELECT artist_id, string_agg(genre, chr(31) ORDER BY position) "
                + "AS genres FROM artist_genres GROUP BY artist_id) g ON g.artist_id = a.id "
                + "ORDER BY "
                + d.orderKey("a.id");
    }

    /** Every row of a table, in a stable order for export. */
    public static String table(String table) {
        return "SELECT * FROM " + table;
    }
}
