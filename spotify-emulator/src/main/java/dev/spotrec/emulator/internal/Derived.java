package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.World;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What Spotify computes and the world does not hold: browse categories (the most common genres), an
 * editorial playlist per category owned by {@code spotify} with an id in Spotify's editorial range
 * {@code 37i9dQZF1DX...}, related artists (same primary genre, by popularity), artist top tracks
 * (by popularity) and new releases (by release date). Genre grouping is one O(A + T) pass plus
 * sorts at start-up; per-artist results are computed on first use and cached.
 */
final class Derived {
    /** Spotify-owned (editorial and algorithmic) playlists; closed to development mode. */
    static final String EDITORIAL_PREFIX = "37i9dQZF";

    static final String SPOTIFY_USER = "spotify";
    private static final int CATEGORIES = 20;
    private static final int EDITORIAL_SIZE = 50;
    private static final Instant EDITED = Instant.parse("2025-01-01T00:00:00Z");

    /** A browse category: a slug id, a display name and its genre. */
    record Category(String id, String name, String genre) {}

    private final World world;
    private final Map<String, List<Artist>> byGenre = new HashMap<>();
    private final List<Category> categories = new ArrayList<>();
    private final Map<String, List<String>> categoryPlaylists = new LinkedHashMap<>();
    private final ConcurrentHashMap<String, List<String>> topTracks = new ConcurrentHashMap<>();
    private volatile List<Album> newReleases;
    private final User spotify;

    /** Completes when the genre groups, categories and editorial playlists are built. */
    private final java.util.concurrent.CompletableFuture<Void> ready;

    /**
     * Starts building the genre groups, categories and editorial playlists on a background thread,
     * off the start-up path; every method that needs them waits for them.
     */
    Derived(World world, Store store) {
        this.world = world;
        this.spotify =
                world.user(SPOTIFY_USER).orElse(new User(SPOTIFY_USER, "Spotify", null, null, 0));
        Thread.Builder builder = Thread.ofPlatform().daemon().name("spotrec-emulator-derived");
        this.ready =
                java.util.concurrent.CompletableFuture.runAsync(
                        () -> build(store), r -> builder.start(r));
        store.beforeEditorialLookup(this::await);
    }

    private void await() {
        ready.join();
    }

    private void build(Store store) {
        for (Artist a : world.artists()) {
            if (!a.genres().isEmpty()) {
                byGenre.computeIfAbsent(a.genres().getFirst(), g -> new ArrayList<>()).add(a);
            }
        }
        byGenre.values()
                .forEach(
                        l ->
                                l.sort(
                                        Comparator.comparingInt(Artist::popularity)
                                                .reversed()
                                                .thenComparing(Artist::id)));
        byGenre.entrySet().stream()
                .sorted(
                        Comparator.comparingInt(
                                        (Map.Entry<String, List<Artist>> e) -> -e.getValue().size())
                                .thenComparing(Map.Entry::getKey))
                .limit(CATEGORIES)
                .forEach(
                        e ->
                                categories.add(
                                        new Category(
                                                slug(e.getKey()), title(e.getKey()), e.getKey())));
        addEditorial(store);
    }

    private void addEditorial(Store store) {
        Map<String, List<Track>> tracksByGenre = new HashMap<>();
        for (Track t : world.tracks()) {
            Artist a = world.artist(t.primaryArtistId()).orElseThrow();
            if (!a.genres().isEmpty()) {
                tracksByGenre.computeIfAbsent(a.genres().getFirst(), g -> new ArrayList<>()).add(t);
            }
        }
        for (Category c : categories) {
            List<PlaylistItem> items =
                    tracksByGenre.getOrDefault(c.genre(), List.of()).stream()
                            .sorted(
                                    Comparator.comparingInt(Track::popularity)
                                            .reversed()
                                            .thenComparing(Track::id))
                            .limit(EDITORIAL_SIZE)
                            .map(t -> new PlaylistItem(t.id(), EDITED, SPOTIFY_USER))
                            .toList();
            String id =
                    EDITORIAL_PREFIX
                            + "1DX"
                            + SpotifyIds.derive("spotrec-editorial", c.genre()).substring(0, 11);
            store.put(
                    SPOTIFY_USER,
                    new Playlist(
                            id,
                            SPOTIFY_USER,
                            c.name() + " Essentials",
                            "The essential tracks of " + c.name() + ", picked for you.",
                            true,
                            false,
                            1000L * items.size(),
                            items));
            categoryPlaylists.put(c.id(), List.of(id));
        }
    }

    List<Category> categories() {
        await();
        return categories;
    }

    Category category(String id) {
        await();
        return categories.stream().filter(c -> c.id().equals(id)).findFirst().orElse(null);
    }

    List<String> categoryPlaylists(String categoryId) {
        await();
        return categoryPlaylists.getOrDefault(categoryId, List.of());
    }

    /** Every editorial playlist, in category order: the featured playlists. */
    List<String> featured() {
        await();
        return categoryPlaylists.values().stream().flatMap(List::stream).toList();
    }

    /** The user, or Spotify's own account for {@code spotify}; null when unknown. */
    User user(String id) {
        return world.user(id).orElse(id.equals(SPOTIFY_USER) ? spotify : null);
    }

    /** Up to 20 artists sharing the primary genre, most popular first, without the artist. */
    List<Artist> related(Artist artist) {
        if (artist.genres().isEmpty()) {
            return List.of();
        }
        await();
        return byGenre.getOrDefault(artist.genres().getFirst(), List.of()).stream()
                .filter(a -> !a.id().equals(artist.id()))
                .limit(20)
                .toList();
    }

    /** Artists whose primary genre is {@code genre}, most popular first. */
    List<Artist> genreArtists(String genre) {
        await();
        return byGenre.getOrDefault(genre, List.of());
    }

    List<String> genres() {
        await();
        return byGenre.keySet().stream().sorted().toList();
    }

    /** The artist's 10 most popular tracks. */
    List<String> topTracks(String artistId) {
        return topTracks.computeIfAbsent(
                artistId,
                id ->
                        world.artistTracks(id).stream()
                                .sorted(
                                        Comparator.comparingInt(Track::popularity)
                                                .reversed()
                                                .thenComparing(Track::id))
                                .limit(10)
                                .map(Track::id)
                                .toList());
    }

    /** Albums, newest first. */
    List<Album> newReleases() {
        List<Album> list = newReleases;
        if (list == null) {
            list =
                    world.albums().stream()
                            .sorted(
                                    Comparator.comparing(Album::releaseDate)
                                            .reversed()
                                            .thenComparing(Album::id))
                            .toList();
            newReleases = list;
        }
        return list;
    }

    static String slug(String genre) {
        return genre.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_").replaceAll("^_|_$", "");
    }

    private static String title(String genre) {
        StringBuilder sb = new StringBuilder();
        for (String w : genre.split(" ")) {
            if (!w.isEmpty()) {
                sb.append(sb.isEmpty() ? "" : " ")
                        .append(Character.toUpperCase(w.charAt(0)))
                        .append(w.substring(1));
            }
        }
        return sb.toString();
    }
}
