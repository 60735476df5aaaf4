package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.TimeRange;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.World;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One user's library: saved tracks and albums, followed artists, users and playlists. The world has
 * no saved tracks, so they start as the user's top tracks and the first items of their own
 * playlists (at most 100), dated back from a fixed instant so that runs are reproducible.
 * Thread-safe: every method locks the library.
 */
final class Library {
    private static final Instant EPOCH = Instant.parse("2025-01-01T00:00:00Z");
    private static final int INITIAL_SAVED = 100;

    private final Map<String, Instant> savedTracks = new LinkedHashMap<>();
    private final Map<String, Instant> savedAlbums = new LinkedHashMap<>();
    private final Set<String> artists = new LinkedHashSet<>();
    private final Set<String> users = new LinkedHashSet<>();
    private final Set<String> playlists = new LinkedHashSet<>();

    static Library fromWorld(World world, String userId) {
        Library lib = new Library();
        Set<String> tracks = new LinkedHashSet<>();
        for (TimeRange r : TimeRange.values()) {
            world.topItems(userId, r).ifPresent(t -> tracks.addAll(t.trackIds()));
        }
        for (Playlist p : world.playlistsOwnedBy(userId)) {
            for (PlaylistItem i : p.items()) {
                if (tracks.size() >= INITIAL_SAVED) {
                    break;
                }
                tracks.add(i.trackId());
            }
        }
        List<String> ordered =
                new ArrayList<>(tracks).subList(0, Math.min(INITIAL_SAVED, tracks.size()));
        // Oldest first, so that iteration in reverse gives Spotify's newest-first order.
        for (int i = ordered.size() - 1; i >= 0; i--) {
            lib.savedTracks.put(ordered.get(i), EPOCH.minus(Duration.ofHours(6L * i)));
        }
        world.artistsFollowedBy(userId).stream().map(Artist::id).forEach(lib.artists::add);
        world.usersFollowedBy(userId).stream().map(User::id).forEach(lib.users::add);
        world.playlistsFollowedBy(userId).stream().map(Playlist::id).forEach(lib.playlists::add);
        return lib;
    }

    /** Saved tracks, newest first, as (track id, added at). */
    synchronized List<Map.Entry<String, Instant>> savedTracks() {
        List<Map.Entry<String, Instant>> list =
                new ArrayList<>(
                        savedTracks.entrySet().stream()
                                .map(e -> Map.entry(e.getKey(), e.getValue()))
                                .toList());
        java.util.Collections.reverse(list);
        return list;
    }

    synchronized boolean hasTrack(String id) {
        return savedTracks.containsKey(id);
    }

    synchronized void saveTrack(String id, Instant at) {
        savedTracks.putIfAbsent(id, at);
    }

    synchronized void removeTrack(String id) {
        savedTracks.remove(id);
    }

    synchronized boolean hasAlbum(String id) {
        return savedAlbums.containsKey(id);
    }

    synchronized void saveAlbum(String id, Instant at) {
        savedAlbums.putIfAbsent(id, at);
    }

    synchronized void removeAlbum(String id) {
        savedAlbums.remove(id);
    }

    /** Followed artists in follow order. */
    synchronized List<String> artists() {
        return List.copyOf(artists);
    }

    synchronized boolean follows(String kind, String id) {
        return set(kind).contains(id);
    }

    synchronized void follow(String kind, String id) {
        set(kind).add(id);
    }

    synchronized void unfollow(String kind, String id) {
        set(kind).remove(id);
    }

    /** Followed playlists in follow order. */
    synchronized List<String> playlists() {
        return List.copyOf(playlists);
    }

    private Set<String> set(String kind) {
        return switch (kind) {
            case "artist" -> artists;
            case "user" -> users;
            case "playlist" -> playlists;
            default -> throw new IllegalArgumentException("unknown follow kind " + kind);
        };
    }
}
