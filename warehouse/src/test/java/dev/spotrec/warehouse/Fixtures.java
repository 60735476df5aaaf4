package dev.spotrec.warehouse;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.AlbumType;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Small hand-made entities with derived ids. */
final class Fixtures {
    static final Instant T0 = Instant.parse("2026-01-01T00:00:00Z");

    private Fixtures() {}

    static String id(String kind, int n) {
        return SpotifyIds.derive(kind, Integer.toString(n));
    }

    static Artist artist(int n, String name, String... genres) {
        return new Artist(id("artist", n), name, List.of(genres), 50, 1000);
    }

    static Album album(int n, int artist) {
        return new Album(
                id("album", n),
                "Album " + n,
                AlbumType.ALBUM,
                "2020-05-01",
                List.of(id("artist", artist)),
                "Label",
                40);
    }

    static Track track(int n, int album, int artist, boolean features) {
        AudioFeatures f =
                features
                        ? new AudioFeatures(0.5, 0.6, 0.7, 120, 0.1, 0.0, 0.2, 0.05, -7.5, 5, 1)
                        : null;
        return new Track(
                id("track", n),
                "Track " + n,
                id("album", album),
                List.of(id("artist", artist)),
                null,
                200_000 + n,
                false,
                30,
                n,
                1,
                f);
    }

    static User user(String id) {
        return new User(id, "User " + id, "SE", "premium", 3);
    }

    static Playlist playlist(int n, String owner, int... tracks) {
        List<PlaylistItem> items = new ArrayList<>();
        for (int t : tracks) {
            items.add(new PlaylistItem(id("track", t), T0, owner));
        }
        return new Playlist(id("playlist", n), owner, "Playlist " + n, "", true, false, 0, items);
    }
}
