package dev.spotrec.app.data;

import static dev.spotrec.app.data.PagedQuery.text;

import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import dev.spotrec.warehouse.ArtistAttributes;
import dev.spotrec.warehouse.InteractionMatrix;
import dev.spotrec.warehouse.TrackAttributes;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseUrl;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Streams a warehouse into a recommender {@link TrainingData}: playlists x tracks in playlist
 * order; each track's primary artist, title and ISRC (version de-duplication); audio features,
 * popularity and release year as numeric attributes; the primary artist's genres as tags; playlist
 * titles and owners; user-to-user links from follows (the owner of each followed playlist, and each
 * followed user); users' top tracks and artists.
 *
 * <p>A warehouse without playlists (a HetRec Last.fm import) is read as users x artists instead,
 * with listening counts as weights. Only tracks that occur in a playlist enter the catalog. Rows
 * are streamed: interactions through the warehouse's cursor, side tables through paged read-only
 * queries, so on DuckDB the warehouse must be opened with {@link Warehouse#openReadOnly}.
 */
public final class WarehouseTrainingData {
    /** Numeric attribute names, as explanations show them. */
    static final List<String> FEATURES =
            List.of(
                    "danceability",
                    "energy",
                    "valence",
                    "tempo",
                    "acousticness",
                    "instrumentalness",
                    "liveness",
                    "speechiness",
                    "loudness");

    static final String POPULARITY = "popularity";
    static final String RELEASE_YEAR = "release year";

    private WarehouseTrainingData() {}

    /**
     * Reads the whole warehouse.
     *
     * @throws IllegalArgumentException when a DuckDB warehouse is open read-write (its side tables
     *     can then not be queried)
     * @throws dev.spotrec.warehouse.WarehouseException when reading fails
     */
    public static TrainingData read(Warehouse wh) {
        if (wh.url().engine() == WarehouseUrl.Engine.DUCKDB && !wh.isReadOnly()) {
            throw new IllegalArgumentException(
                    "warehouse "
                            + wh.url()
                            + " must be opened read-only (Warehouse.openReadOnly) to read"
                            + " training data from it");
        }
        TrainingDataBuilder b = TrainingData.builder();
        long n =
                wh.forEachInteraction(
                        InteractionMatrix.PLAYLIST_TRACK,
                        (p, t, w) -> b.interaction(p, t, (float) w));
        if (n == 0) {
            return readUserArtist(wh, b);
        }
        Map<String, List<String>> genres = genres(wh);
        PagedQuery.forEach(
                wh,
                "SELECT t.id AS k, t.name, ta.artist_id, t.isrc FROM tracks t LEFT JOIN"
                        + " track_artists ta ON ta.track_id = t.id AND ta.position = 0",
                r -> {
                    String id = text(r, 0);
                    if (b.hasItem(id)) {
                        b.item(id, text(r, 2), text(r, 1), text(r, 3));
                        for (String g : genres.getOrDefault(text(r, 2), List.of())) {
                            b.itemTag(id, g, 1f);
                        }
                    }
                });
        wh.forEachTrack(t -> attributes(b, t));
        PagedQuery.forEach(
                wh,
                "SELECT p.id AS k, p.name, p.owner_id FROM playlists p WHERE p.id IN"
                        + " (SELECT playlist_id FROM playlist_items)",
                r -> {
                    b.rowTitle(text(r, 0), text(r, 1));
                    b.rowOwner(text(r, 0), text(r, 2));
                });
        links(wh, b);
        topItems(wh, b);
        return b.build();
    }

    private static TrainingData readUserArtist(Warehouse wh, TrainingDataBuilder b) {
        b.rowsAreUsers();
        wh.forEachInteraction(
                InteractionMatrix.USER_ARTIST, (u, a, w) -> b.interaction(u, a, (float) w));
        wh.forEachArtist(
                a -> {
                    if (b.hasItem(a.id())) {
                        b.item(a.id(), a.id(), a.name(), null);
                        a.genres().forEach(g -> b.itemTag(a.id(), g, 1f));
                        if (a.popularity() != null) {
                            b.itemAttribute(a.id(), POPULARITY, a.popularity());
                        }
                    }
                });
        links(wh, b);
        return b.build();
    }

    private static Map<String, List<String>> genres(Warehouse wh) {
        Map<String, List<String>> out = new HashMap<>();
        wh.forEachArtist(
                (ArtistAttributes a) -> {
                    if (!a.genres().isEmpty()) {
                        out.put(a.id(), a.genres());
                    }
                });
        return out;
    }

    private static void attributes(TrainingDataBuilder b, TrackAttributes t) {
        if (!b.hasItem(t.id())) {
            return;
        }
        if (t.popularity() != null) {
            b.itemAttribute(t.id(), POPULARITY, t.popularity());
        }
        Integer year = year(t.releaseDate());
        if (year != null) {
            b.itemAttribute(t.id(), RELEASE_YEAR, year);
        }
        audioFeatures(b, t.id(), t.features());
    }

    /** Adds a track's audio features (those present and finite) as item attributes. */
    static void audioFeatures(TrainingDataBuilder b, String trackId, AudioFeatures f) {
        if (f == null) {
            return;
        }
        double[] v = {
            f.danceability(),
            f.energy(),
            f.valence(),
            f.tempo(),
            f.acousticness(),
            f.instrumentalness(),
            f.liveness(),
            f.speechiness(),
            f.loudness()
        };
        for (int i = 0; i < v.length; i++) {
            if (Double.isFinite(v[i])) {
                b.itemAttribute(trackId, FEATURES.get(i), (float) v[i]);
            }
        }
    }

    static Integer year(String releaseDate) {
        if (releaseDate == null || releaseDate.length() < 4) {
            return null;
        }
        try {
            return Integer.parseInt(releaseDate.substring(0, 4));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Owners of followed playlists and followed users, one unit of weight per follow. */
    private static void links(Warehouse wh, TrainingDataBuilder b) {
        PagedQuery.forEach(
                wh,
                "SELECT f.user_id || chr(31) || f.playlist_id AS k, f.user_id, p.owner_id"
                        + " FROM user_follows_playlist f JOIN playlists p ON p.id = f.playlist_id"
                        + " WHERE p.owner_id <> f.user_id",
                r -> b.link(text(r, 1), text(r, 2), 1f));
        PagedQuery.forEach(
                wh,
                "SELECT user_id || chr(31) || followed_user_id AS k, user_id, followed_user_id"
                        + " FROM user_follows_user WHERE user_id <> followed_user_id",
                r -> b.link(text(r, 1), text(r, 2), 1f));
    }

    /**
     * Top tracks (catalog tracks only) and artists; weight 1 / (1 + position / 10) per time range,
     * so higher ranks and items in several ranges weigh more.
     */
    private static void topItems(Warehouse wh, TrainingDataBuilder b) {
        PagedQuery.forEach(
                wh,
                "SELECT user_id || chr(31) || time_range || chr(31) || item_type || chr(31) ||"
                        + " CAST(position AS VARCHAR) AS k, user_id, item_type, position, item_id"
                        + " FROM user_top_items",
                r -> {
                    String user = text(r, 1);
                    String item = text(r, 4);
                    float w = 1f / (1f + ((Number) r.get(3)).floatValue() / 10f);
                    if ("artist".equals(text(r, 2))) {
                        b.topArtist(user, item, w);
                    } else if (b.hasItem(item)) {
                        b.topItem(user, item, w);
                    }
                });
    }
}
