package dev.spotrec.app.service;

import static dev.spotrec.app.data.PagedQuery.text;

import dev.spotrec.app.data.PagedQuery;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Names of tracks, artists, albums and users, read once from the warehouse.
 *
 * <p>With queries allowed (PostgreSQL, or DuckDB opened read-only) it reads every artist of a track
 * and album and user names; on a read-write DuckDB warehouse it falls back to the streaming reads,
 * which give each track's name, album id and primary artist only (album and user names are then
 * unknown).
 */
final class Catalog {
    private final Map<String, TrackInfo> tracks;
    private final Map<String, String> artists;
    private final Map<String, String> users;

    private Catalog(
            Map<String, TrackInfo> tracks, Map<String, String> artists, Map<String, String> users) {
        this.tracks = tracks;
        this.artists = artists;
        this.users = users;
    }

    static Catalog read(Warehouse wh) {
        Map<String, String> artists = new HashMap<>();
        wh.forEachArtist(a -> artists.put(a.id(), a.name()));
        try {
            return full(wh, artists);
        } catch (WarehouseException e) {
            if (!e.isBadInput()) {
                throw e;
            }
            Map<String, TrackInfo> tracks = new HashMap<>();
            wh.forEachTrack(
                    t ->
                            tracks.put(
                                    t.id(),
                                    new TrackInfo(
                                            t.id(),
                                            t.name(),
                                            t.primaryArtistId() == null
                                                    ? List.of()
                                                    : List.of(
                                                            artists.getOrDefault(
                                                                    t.primaryArtistId(),
                                                                    t.primaryArtistId())),
                                            null,
                                            t.albumId())));
            return new Catalog(tracks, artists, Map.of());
        }
    }

    private static Catalog full(Warehouse wh, Map<String, String> artists) {
        Map<String, List<String>> trackArtists = new HashMap<>();
        PagedQuery.forEach(
                wh,
                "SELECT track_id AS k, string_agg(artist_id, chr(31) ORDER BY position)"
                        + " FROM track_artists GROUP BY track_id",
                r -> {
                    List<String> names = new ArrayList<>();
                    for (String id : text(r, 1).split("\u001f")) {
                        names.add(artists.getOrDefault(id, id));
                    }
                    trackArtists.put(text(r, 0), names);
                });
        Map<String, TrackInfo> tracks = new HashMap<>();
        PagedQuery.forEach(
                wh,
                "SELECT t.id AS k, t.name, t.album_id, al.name FROM tracks t"
                        + " LEFT JOIN albums al ON al.id = t.album_id",
                r ->
                        tracks.put(
                                text(r, 0),
                                new TrackInfo(
                                        text(r, 0),
                                        text(r, 1),
                                        trackArtists.getOrDefault(text(r, 0), List.of()),
                                        text(r, 3),
                                        text(r, 2))));
        Map<String, String> users = new HashMap<>();
        PagedQuery.forEach(
                wh,
                "SELECT id AS k, display_name FROM users",
                r -> users.put(text(r, 0), text(r, 1)));
        return new Catalog(tracks, artists, users);
    }

    TrackInfo track(String id) {
        return tracks.get(id);
    }

    /** The track's name, or its id. */
    String trackName(String id) {
        TrackInfo t = tracks.get(id);
        return t == null ? id : t.name();
    }

    /** "Song by Artist", or "Song" when no artist is known. */
    String songByArtist(String id) {
        TrackInfo t = tracks.get(id);
        if (t == null || t.artists().isEmpty()) {
            return trackName(id);
        }
        return t.name() + " by " + t.artists().get(0);
    }

    String artistName(String id) {
        return artists.getOrDefault(id, id);
    }

    String userName(String id) {
        return users.getOrDefault(id, id);
    }
}
