package dev.spotrec.crawler;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import dev.spotrec.emulator.Emulator;
import dev.spotrec.spotify.SearchType;
import dev.spotrec.spotify.SpotifyClient;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The ground truth of a crawl, computed without crawler code: a breadth-first search over the
 * emulator's world following the seed plan. What Spotify computes and the world does not hold
 * (search results, new releases, browse categories and their editorial playlists, related artists)
 * is asked of the emulator through the client; everything else is read from the world's own data
 * structures.
 *
 * <p>The plan: seed searches and browse give tracks, artists, albums and playlists (social degree
 * 0); a playlist gives its items' tracks and its owner (degree + 1); an owner of degree at most
 * {@link #MAX_DEGREE} gives the public playlists it owns and follows (its own degree), the followed
 * ones being follows; the catalog closes over artist → albums (own and appears-on) and related
 * artists, album → artists and tracks, track → album and artists. The social part is a 0-1 BFS (a
 * deque: same-degree playlists in front), so each user gets its least degree.
 */
final class Reachable {
    /** Owners this many hops from the seed playlists still have their playlists read. */
    static final int MAX_DEGREE = 2;

    final Set<String> tracks = new LinkedHashSet<>();
    final Set<String> albums = new LinkedHashSet<>();
    final Set<String> artists = new LinkedHashSet<>();
    final Map<String, Integer> playlists = new LinkedHashMap<>();
    final Map<String, Integer> users = new LinkedHashMap<>();

    /** (user, playlist) follows seen in the users' public playlist lists. */
    final Set<List<String>> follows = new LinkedHashSet<>();

    private final Emulator emu;
    private final World world;
    private final SpotifyClient client;
    private final Deque<String[]> social = new ArrayDeque<>();
    private final Deque<String> catalog = new ArrayDeque<>();

    private Reachable(Emulator emu, SpotifyClient client) {
        this.emu = emu;
        this.world = emu.world();
        this.client = client;
    }

    /** What a full extended-mode crawl with browse from {@code seeds} must store. */
    static Reachable from(Emulator emu, SpotifyClient client, List<String> seeds) {
        Reachable r = new Reachable(emu, client);
        r.seed(seeds);
        r.expandSocial();
        r.expandCatalog();
        return r;
    }

    /** The stored playlist: the world's, or an editorial one the emulator derived. */
    Playlist playlist(String id) {
        return world.playlist(id).or(() -> emu.playlist(id)).orElseThrow();
    }

    private void seed(List<String> seeds) {
        for (String q : seeds) {
            searched(q, SearchType.TRACK).forEach(t -> queue("track", t.id()));
            searched(q, SearchType.ARTIST).forEach(a -> queue("artist", a.id()));
            searched(q, SearchType.ALBUM).forEach(a -> queue("album", a.id()));
            searched(q, SearchType.PLAYLIST).forEach(p -> reachPlaylist(p.id(), 0, true));
        }
        try (var s = client.browse().newReleases()) {
            s.forEach(a -> queue("album", a.id()));
        }
        List<String> categories;
        try (var s = client.browse().categories()) {
            categories = s.map(c -> c.id()).toList();
        }
        for (String c : categories) {
            try (var s = client.browse().categoryPlaylists(c)) {
                s.filter(p -> p != null).forEach(p -> reachPlaylist(p.id(), 0, true));
            }
        }
    }

    private <T> List<T> searched(String q, SearchType<T> type) {
        try (Stream<T> s = client.search().stream(q, type)) {
            return s.filter(x -> x != null).toList();
        }
    }

    private void reachPlaylist(String id, int degree, boolean front) {
        Integer known = playlists.get(id);
        if (known == null || degree < known) {
            playlists.put(id, degree);
            String[] e = {"playlist", id};
            if (front) {
                social.addFirst(e);
            } else {
                social.addLast(e);
            }
        }
    }

    private void expandSocial() {
        while (!social.isEmpty()) {
            String[] e = social.pollFirst();
            if (e[0].equals("playlist")) {
                Playlist p = playlist(e[1]);
                int degree = playlists.get(p.id());
                p.items().forEach(it -> queue("track", it.trackId()));
                Integer known = users.get(p.ownerId());
                if (known == null || degree + 1 < known) {
                    users.put(p.ownerId(), degree + 1);
                    social.addLast(new String[] {"user", p.ownerId()});
                }
            } else {
                String user = e[1];
                int degree = users.get(user);
                if (degree > MAX_DEGREE) {
                    continue;
                }
                for (Playlist p : publicList(user)) {
                    if (!p.ownerId().equals(user)) {
                        follows.add(List.of(user, p.id()));
                    }
                    reachPlaylist(p.id(), degree, true);
                }
            }
        }
    }

    /** Spotify's "Get User's Playlists" for another user: public ones owned, then followed. */
    private List<Playlist> publicList(String user) {
        Set<Playlist> list = new LinkedHashSet<>();
        emu.playlistsOwnedBy(user).stream().filter(Playlist::isPublic).forEach(list::add);
        world.playlistsFollowedBy(user).stream().filter(Playlist::isPublic).forEach(list::add);
        return List.copyOf(list);
    }

    private void queue(String type, String id) {
        catalog.addLast(type + ":" + id);
    }

    private void expandCatalog() {
        while (!catalog.isEmpty()) {
            String[] e = catalog.pollFirst().split(":", 2);
            String id = e[1];
            switch (e[0]) {
                case "track" -> {
                    if (tracks.add(id)) {
                        Track t = world.track(id).orElseThrow();
                        queue("album", t.albumId());
                        t.artistIds().forEach(a -> queue("artist", a));
                    }
                }
                case "album" -> {
                    if (albums.add(id)) {
                        world.album(id).orElseThrow().artistIds().forEach(a -> queue("artist", a));
                        world.albumTracks(id).forEach(t -> queue("track", t.id()));
                    }
                }
                default -> {
                    if (artists.add(id)) {
                        world.artistAlbums(id).forEach(a -> queue("album", a.id()));
                        // appears-on: albums of the tracks whose primary artist it is
                        world.artistTracks(id).forEach(t -> queue("album", t.albumId()));
                        client.artists().related(id).forEach(a -> queue("artist", a.id()));
                    }
                }
            }
        }
    }

    List<Track> trackList() {
        return tracks.stream().map(id -> world.track(id).orElseThrow()).toList();
    }

    List<Album> albumList() {
        return albums.stream().map(id -> world.album(id).orElseThrow()).toList();
    }

    List<Artist> artistList() {
        return artists.stream().map(id -> world.artist(id).orElseThrow()).toList();
    }
}
