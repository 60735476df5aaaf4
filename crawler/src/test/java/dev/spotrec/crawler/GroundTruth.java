package dev.spotrec.crawler;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.World;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Every data table of a crawled warehouse as sorted lines of field values, and the same lines
 * computed from a {@link Reachable} set and the world, so a test compares them field by field.
 */
final class GroundTruth {
    /** The user Spotify's editorial playlists belong to (the emulator's derived account). */
    static final String SPOTIFY = "spotify";

    /** Each compared table and the columns compared (all but first_seen and last_fetched). */
    static final Map<String, String> COLUMNS = new LinkedHashMap<>();

    static {
        COLUMNS.put("artists", "id, name, popularity, followers");
        COLUMNS.put("artist_genres", "artist_id, position, genre");
        COLUMNS.put(
                "albums",
                "id, name, album_type, release_date, release_date_precision, label, popularity");
        COLUMNS.put("album_artists", "album_id, position, artist_id");
        COLUMNS.put(
                "tracks",
                "id, name, album_id, isrc, duration_ms, explicit, popularity, track_number,"
                        + " disc_number");
        COLUMNS.put("track_artists", "track_id, position, artist_id");
        COLUMNS.put(
                "audio_features",
                "track_id, danceability, energy, valence, tempo, acousticness, instrumentalness,"
                        + " liveness, speechiness, loudness, pitch_key, mode");
        COLUMNS.put("users", "id, display_name, country, product, followers");
        COLUMNS.put(
                "playlists",
                "id, owner_id, name, description, is_public, collaborative, followers");
        COLUMNS.put("playlist_items", "playlist_id, position, track_id, added_at, added_by");
        COLUMNS.put("user_follows_playlist", "user_id, playlist_id");
        COLUMNS.put("user_follows_artist", "user_id, artist_id");
        COLUMNS.put("user_follows_user", "user_id, followed_user_id");
        COLUMNS.put("user_top_items", "user_id, time_range, item_type, position, item_id");
        COLUMNS.put("user_artist_plays", "user_id, artist_id, play_count");
        COLUMNS.put("user_saved_tracks", "user_id, track_id, added_at");
    }

    private GroundTruth() {}

    /** The warehouse's lines per table. */
    static Map<String, List<String>> stored(String url) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        COLUMNS.forEach(
                (table, cols) ->
                        out.put(
                                table,
                                sorted(
                                        Contents.rows(url, "SELECT " + cols + " FROM " + table)
                                                .stream()
                                                .map(r -> line(r.toArray()))
                                                .toList())));
        return out;
    }

    /** The lines a crawl of {@code r} must store: the world's values of the reachable set. */
    static Map<String, List<String>> expected(Reachable r, World w) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        COLUMNS.keySet().forEach(t -> out.put(t, new ArrayList<>()));
        for (Artist a : r.artistList()) {
            add(out, "artists", a.id(), a.name(), a.popularity(), a.followers());
            for (int i = 0; i < a.genres().size(); i++) {
                add(out, "artist_genres", a.id(), i, a.genres().get(i));
            }
        }
        for (Album a : r.albumList()) {
            add(
                    out,
                    "albums",
                    a.id(),
                    a.name(),
                    a.albumType().apiName(),
                    a.releaseDate(),
                    a.releaseDatePrecision(),
                    a.label(),
                    a.popularity());
            for (int i = 0; i < a.artistIds().size(); i++) {
                add(out, "album_artists", a.id(), i, a.artistIds().get(i));
            }
        }
        for (Track t : r.trackList()) {
            add(
                    out,
                    "tracks",
                    t.id(),
                    t.name(),
                    t.albumId(),
                    t.isrc(),
                    t.durationMs(),
                    t.explicit(),
                    t.popularity(),
                    t.trackNumber(),
                    t.discNumber());
            for (int i = 0; i < t.artistIds().size(); i++) {
                add(out, "track_artists", t.id(), i, t.artistIds().get(i));
            }
            AudioFeatures f = t.features();
            if (f != null) {
                add(
                        out,
                        "audio_features",
                        t.id(),
                        f.danceability(),
                        f.energy(),
                        f.valence(),
                        f.tempo(),
                        f.acousticness(),
                        f.instrumentalness(),
                        f.liveness(),
                        f.speechiness(),
                        f.loudness(),
                        f.key(),
                        f.mode());
            }
        }
        for (String id : r.users.keySet()) {
            // the public profile: no country or product
            User u =
                    w.user(id)
                            .orElseGet(
                                    () -> {
                                        if (!id.equals(SPOTIFY)) {
                                            throw new IllegalStateException("no user " + id);
                                        }
                                        return new User(id, "Spotify", null, null, 0);
                                    });
            add(out, "users", u.id(), u.displayName(), null, null, u.followers());
        }
        for (String id : r.playlists.keySet()) {
            Playlist p = r.playlist(id);
            add(
                    out,
                    "playlists",
                    p.id(),
                    p.ownerId(),
                    p.name(),
                    p.description(),
                    p.isPublic(),
                    p.collaborative(),
                    p.followers());
            for (int i = 0; i < p.items().size(); i++) {
                PlaylistItem it = p.items().get(i);
                add(out, "playlist_items", p.id(), i, it.trackId(), it.addedAt(), it.addedBy());
            }
        }
        r.follows.forEach(f -> add(out, "user_follows_playlist", f.get(0), f.get(1)));
        out.replaceAll((k, v) -> sorted(v));
        return out;
    }

    private static void add(Map<String, List<String>> out, String table, Object... values) {
        out.get(table).add(line(values));
    }

    /** One row as text: values joined by " | ", numbers as long or double, null as "null". */
    static String line(Object... values) {
        List<String> parts = new ArrayList<>();
        for (Object v : values) {
            parts.add(
                    switch (v) {
                        case null -> "null";
                        case Integer i -> Long.toString(i);
                        case Float f -> Double.toString(f);
                        default -> v.toString();
                    });
        }
        return parts.stream().collect(Collectors.joining(" | "));
    }

    private static List<String> sorted(List<String> lines) {
        List<String> copy = new ArrayList<>(lines);
        copy.sort(null);
        return copy;
    }
}
