package dev.spotrec.app.web;

import dev.spotrec.spotify.NewPlaylist;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.TimeRange;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Image;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.PlaylistItem;
import dev.spotrec.spotify.model.Track;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * The user's Spotify data as the pages need it, read through their own client. Playlist contents
 * and top items are kept per session for {@code ttl} (a page view and the REST calls after it then
 * cost no Spotify request); album art is kept for every user, since it never changes, in a map
 * bounded to {@value #MAX_ART} albums.
 */
final class SpotifyData {
    static final int MAX_ART = 50_000;
    private static final int TOP_LIMIT = 20;

    private final Clock clock;
    private final Duration ttl;
    private final Map<String, Optional<String>> art = new ConcurrentHashMap<>();

    SpotifyData(Clock clock, Duration ttl) {
        this.clock = clock;
        this.ttl = ttl;
    }

    /** The user's owned and followed playlists. */
    record PlaylistSummary(String id, String name, String ownerId, Integer tracks, String image) {}

    /** A playlist's name, owner and track ids in order. */
    record PlaylistContents(String id, String name, String ownerId, List<String> trackIds) {}

    /** The user's top tracks and artists (medium term). */
    record Top(List<Track> tracks, List<Artist> artists) {}

    List<PlaylistSummary> playlists(Session session) {
        Session.User user = session.requireUser();
        return cached(
                session,
                "playlists",
                () -> {
                    try (Stream<Playlist> mine = user.spotify().playlists().mine()) {
                        return mine.map(
                                        p ->
                                                new PlaylistSummary(
                                                        p.id(),
                                                        p.name(),
                                                        p.owner() == null ? null : p.owner().id(),
                                                        p.total(),
                                                        pick(p.images())))
                                .toList();
                    }
                });
    }

    PlaylistContents contents(Session session, String playlistId) {
        Session.User user = session.requireUser();
        checkId(playlistId);
        return cached(
                session,
                "playlist:" + playlistId,
                () -> {
                    SpotifyClient spotify = user.spotify();
                    Playlist p;
                    try {
                        p = spotify.playlists().get(playlistId, "id,name,owner(id)");
                    } catch (SpotifyApiException e) {
                        throw unknownPlaylist(e, playlistId);
                    }
                    List<String> ids = new ArrayList<>();
                    try (Stream<PlaylistItem> items = spotify.playlists().items(playlistId)) {
                        items.map(PlaylistItem::track)
                                .filter(t -> t != null && t.id() != null)
                                .forEach(t -> ids.add(t.id()));
                    } catch (SpotifyApiException e) {
                        throw unknownPlaylist(e, playlistId);
                    }
                    return new PlaylistContents(
                            p.id(),
                            p.name(),
                            p.owner() == null ? null : p.owner().id(),
                            List.copyOf(ids));
                });
    }

    Top top(Session session) {
        Session.User user = session.requireUser();
        return cached(
                session,
                "top",
                () -> {
                    var p = user.spotify().personalization();
                    List<Track> tracks =
                            p.topTracksPage(TimeRange.MEDIUM_TERM, 0, TOP_LIMIT).items();
                    List<Artist> artists =
                            p.topArtistsPage(TimeRange.MEDIUM_TERM, 0, TOP_LIMIT).items();
                    return new Top(List.copyOf(tracks), List.copyOf(artists));
                });
    }

    /**
     * {@return album art URL by album id, for the albums of these ids; fetched once per album}
     * Albums the API does not know map to no entry.
     */
    Map<String, String> art(Session session, Collection<String> albumIds) {
        Session.User user = session.requireUser();
        List<String> missing =
                albumIds.stream()
                        .filter(id -> id != null && !art.containsKey(id))
                        .distinct()
                        .toList();
        if (!missing.isEmpty()) {
            if (art.size() + missing.size() > MAX_ART) {
                art.clear();
            }
            List<Album> albums = user.spotify().albums().get(missing);
            for (Album a : albums) {
                if (a != null && a.id() != null) {
                    art.put(a.id(), Optional.ofNullable(pick(a.images())));
                }
            }
            for (String id : missing) {
                art.putIfAbsent(id, Optional.empty());
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (String id : albumIds) {
            Optional<String> url = id == null ? null : art.get(id);
            if (url != null && url.isPresent()) {
                out.put(id, url.get());
            }
        }
        return out;
    }

    /** {@return the tracks of these ids that Spotify knows} */
    List<Track> tracks(Session session, Collection<String> trackIds) {
        Session.User user = session.requireUser();
        return user.spotify().tracks().get(List.copyOf(trackIds)).stream()
                .filter(t -> t != null && t.id() != null)
                .toList();
    }

    /** {@return album id by track id, read from Spotify for tracks the warehouse lacks} */
    Map<String, String> albumsOfTracks(Session session, Collection<String> trackIds) {
        Session.User user = session.requireUser();
        Map<String, String> out = new LinkedHashMap<>();
        if (trackIds.isEmpty()) {
            return out;
        }
        for (Track t : user.spotify().tracks().get(List.copyOf(trackIds))) {
            if (t != null && t.id() != null && t.album() != null) {
                out.put(t.id(), t.album().id());
            }
        }
        return out;
    }

    /** Creates a private playlist named {@code name} holding exactly {@code trackIds}, in order. */
    Playlist save(Session session, String name, String description, List<String> trackIds) {
        Session.User user = session.requireUser();
        if (trackIds.isEmpty()) {
            throw WebException.badRequest("There are no tracks to save.");
        }
        NewPlaylist details;
        try {
            details = new NewPlaylist(name, description, false, false);
        } catch (IllegalArgumentException e) {
            throw WebException.badRequest("The playlist name must be 1-100 characters.");
        }
        Playlist created = user.spotify().playlists().create(details);
        user.spotify()
                .playlists()
                .add(created.id(), trackIds.stream().map(id -> "spotify:track:" + id).toList());
        session.cache.remove("playlists");
        return created;
    }

    private <T> T cached(Session session, String key, Supplier<T> read) {
        Session.Cached c = session.cache.get(key);
        if (c != null && clock.instant().isBefore(c.at().plus(ttl))) {
            @SuppressWarnings("unchecked")
            T value = (T) c.value();
            return value;
        }
        T value = read.get();
        session.cache.put(key, new Session.Cached(value, clock.instant()));
        return value;
    }

    /** Spotify ids are 22 base-62 characters; anything else cannot name a playlist. */
    static void checkId(String id) {
        if (id == null || !id.matches("[A-Za-z0-9]{1,64}")) {
            throw WebException.notFound("There is no playlist with this id.");
        }
    }

    private static RuntimeException unknownPlaylist(SpotifyApiException e, String id) {
        if (e.status() == 404 || e.status() == 400) {
            return WebException.notFound("There is no playlist with the id " + id + ".");
        }
        if (e.status() == 403) {
            return new WebException(
                    403,
                    "Spotify does not show the tracks of playlist "
                            + id
                            + " to this app (in development mode only your own playlists).");
        }
        return e;
    }

    /** The image closest to 300 px wide, or the only one; {@code null} when there is none. */
    static String pick(List<Image> images) {
        if (images == null || images.isEmpty()) {
            return null;
        }
        Image best = images.getFirst();
        for (Image i : images) {
            int w = i.width() == null ? 300 : i.width();
            int b = best.width() == null ? 300 : best.width();
            if (Math.abs(w - 300) < Math.abs(b - 300)) {
                best = i;
            }
        }
        return best.url();
    }
}
