package dev.spotrec.crawler;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.AlbumType;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.spotify.model.Followers;
import java.time.Instant;
import java.util.List;

/**
 * Maps the client's reply records onto the warehouse's domain records. Fields the mode removes
 * (popularity, followers, label in development mode) are stored as 0 or null.
 */
final class Mapping {
    private Mapping() {}

    static Artist artist(dev.spotrec.spotify.model.Artist a) {
        return new Artist(
                a.id(), a.name(), a.genres(), orZero(a.popularity()), followers(a.followers()));
    }

    static Album album(dev.spotrec.spotify.model.Album a) {
        return new Album(
                a.id(),
                a.name(),
                AlbumType.fromApiName(a.albumType()),
                a.releaseDate(),
                ids(a.artists()),
                a.label(),
                orZero(a.popularity()));
    }

    static Track track(dev.spotrec.spotify.model.Track t) {
        return new Track(
                t.id(),
                t.name(),
                t.album().id(),
                ids(t.artists()),
                t.externalIds().get("isrc"),
                orZero(t.durationMs()),
                Boolean.TRUE.equals(t.explicit()),
                orZero(t.popularity()),
                t.trackNumber() == null ? 1 : t.trackNumber(),
                t.discNumber() == null ? 1 : t.discNumber(),
                null);
    }

    static User user(dev.spotrec.spotify.model.User u) {
        String name = u.displayName() == null ? u.id() : u.displayName();
        return new User(u.id(), name, u.country(), u.product(), followers(u.followers()));
    }

    /** A playlist's owner object as a user: id and display name, nothing else is known. */
    static User owner(dev.spotrec.spotify.model.User u) {
        String name = u.displayName() == null ? u.id() : u.displayName();
        return new User(u.id(), name, null, null, 0);
    }

    static Playlist playlist(dev.spotrec.spotify.model.Playlist p, List<PlaylistItem> items) {
        return new Playlist(
                p.id(),
                p.owner().id(),
                p.name(),
                p.description() == null ? "" : p.description(),
                Boolean.TRUE.equals(p.isPublic()),
                Boolean.TRUE.equals(p.collaborative()),
                followers(p.followers()),
                items);
    }

    /** A playlist item, or null for a local file, an episode or an item without a track id. */
    static PlaylistItem item(dev.spotrec.spotify.model.PlaylistItem it, String ownerId) {
        dev.spotrec.spotify.model.Track t = it.track();
        if (t == null || t.id() == null || Boolean.TRUE.equals(it.isLocal())) {
            return null;
        }
        Instant added = it.addedAt() == null ? Instant.EPOCH : it.addedAt();
        String by = it.addedBy() == null || it.addedBy().id() == null ? ownerId : it.addedBy().id();
        return new PlaylistItem(t.id(), added, by);
    }

    static AudioFeatures features(dev.spotrec.spotify.model.AudioFeatures f) {
        return new AudioFeatures(
                orZero(f.danceability()),
                orZero(f.energy()),
                orZero(f.valence()),
                orZero(f.tempo()),
                orZero(f.acousticness()),
                orZero(f.instrumentalness()),
                orZero(f.liveness()),
                orZero(f.speechiness()),
                orZero(f.loudness()),
                f.key() == null ? -1 : f.key(),
                f.mode() == null ? 0 : f.mode());
    }

    static List<String> ids(List<dev.spotrec.spotify.model.Artist> artists) {
        return artists == null
                ? List.of()
                : artists.stream()
                        .map(dev.spotrec.spotify.model.Artist::id)
                        .filter(id -> id != null)
                        .toList();
    }

    private static int orZero(Integer v) {
        return v == null ? 0 : v;
    }

    private static double orZero(Double v) {
        return v == null ? 0.0 : v;
    }

    private static long followers(Followers f) {
        return f == null || f.total() == null ? 0 : f.total();
    }
}
