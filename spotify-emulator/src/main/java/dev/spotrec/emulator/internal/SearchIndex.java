package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.World;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * A scan index for search: every item's lower-cased searchable text, in ranking order (most popular
 * first), built once on the first search in O(n log n). A query is a linear scan with substring
 * tests, O(n · terms); a few milliseconds for 100k tracks, which suits an emulator.
 */
final class SearchIndex {
    /** One searchable item: its id, the free text, and the field-filter texts. */
    record Entry(
            String id,
            String text,
            String track,
            String artist,
            String album,
            String genre,
            String year,
            String isrc) {}

    final List<Entry> tracks;
    final List<Entry> artists;
    final List<Entry> albums;
    final List<Entry> playlists;

    SearchIndex(World world, List<Playlist> extraPlaylists) {
        Function<List<String>, String> names =
                ids ->
                        String.join(
                                " ",
                                ids.stream()
                                        .map(id -> world.artist(id).map(Artist::name).orElse(""))
                                        .toList());
        Function<List<String>, String> genres =
                ids ->
                        String.join(
                                " ",
                                ids.stream()
                                        .flatMap(
                                                id ->
                                                        world
                                                                .artist(id)
                                                                .map(Artist::genres)
                                                                .orElse(List.of())
                                                                .stream())
                                        .toList());
        tracks =
                world.tracks().stream()
                        .sorted(
                                Comparator.comparingInt(Track::popularity)
                                        .reversed()
                                        .thenComparing(Track::id))
                        .map(
                                t -> {
                                    Album a = world.album(t.albumId()).orElseThrow();
                                    String artists = names.apply(t.artistIds());
                                    return entry(
                                            t.id(),
                                            t.name() + " " + artists + " " + a.name(),
                                            t.name(),
                                            artists,
                                            a.name(),
                                            genres.apply(t.artistIds()),
                                            a.releaseDate().substring(0, 4),
                                            t.isrc());
                                })
                        .toList();
        artists =
                world.artists().stream()
                        .sorted(
                                Comparator.comparingInt(Artist::popularity)
                                        .reversed()
                                        .thenComparing(Artist::id))
                        .map(
                                a ->
                                        entry(
                                                a.id(),
                                                a.name(),
                                                "",
                                                a.name(),
                                                "",
                                                String.join(" ", a.genres()),
                                                "",
                                                null))
                        .toList();
        albums =
                world.albums().stream()
                        .sorted(
                                Comparator.comparingInt(Album::popularity)
                                        .reversed()
                                        .thenComparing(Album::id))
                        .map(
                                a -> {
                                    String artists = names.apply(a.artistIds());
                                    return entry(
                                            a.id(),
                                            a.name() + " " + artists,
                                            "",
                                            artists,
                                            a.name(),
                                            "",
                                            a.releaseDate().substring(0, 4),
                                            null);
                                })
                        .toList();
        List<Playlist> all = new ArrayList<>(extraPlaylists);
        world.playlists().stream().filter(Playlist::isPublic).forEach(all::add);
        playlists =
                all.stream()
                        .sorted(
                                Comparator.comparingLong(Playlist::followers)
                                        .reversed()
                                        .thenComparing(Playlist::id))
                        .map(
                                p ->
                                        entry(
                                                p.id(),
                                                p.name() + " " + p.description(),
                                                "",
                                                "",
                                                "",
                                                "",
                                                "",
                                                null))
                        .toList();
    }

    private static Entry entry(
            String id,
            String text,
            String track,
            String artist,
            String album,
            String genre,
            String year,
            String isrc) {
        return new Entry(
                id,
                low(text),
                low(track),
                low(artist),
                low(album),
                low(genre),
                year,
                isrc == null ? "" : isrc.toLowerCase(Locale.ROOT));
    }

    static String low(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
