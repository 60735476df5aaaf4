package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.MpdPlaylist;
import dev.spotrec.datasets.MpdReader;
import dev.spotrec.datasets.MpdTrack;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.WorldSink;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A world from MPD files, in two streaming passes: the first collects the catalog (first occurrence
 * wins), the second emits the playlists, so memory holds the catalog but never all playlists. The
 * MPD has no users, release dates, popularity or features: every playlist belongs to the single
 * user {@value #OWNER}, items are added at the playlist's {@code modified_at}, albums have no
 * release date, and playlist ids are derived from the pid.
 */
public final class MpdWorld {
    /** The user id that owns every MPD playlist. */
    public static final String OWNER = MpdPlaylist.OWNER;

    private MpdWorld() {}

    /** Streams the world of the MPD files under {@code path}. */
    public static void stream(Path path, WorldSink sink) {
        Map<String, Artist> artists = new LinkedHashMap<>();
        Map<String, Album> albums = new LinkedHashMap<>();
        Map<String, Track> tracks = new LinkedHashMap<>();
        MpdReader.forEach(
                path,
                p -> {
                    for (MpdTrack t : p.tracks()) {
                        if (!tracks.containsKey(t.trackUri())) {
                            add(t, artists, albums, tracks);
                        }
                    }
                });
        artists.values().forEach(sink::artist);
        albums.values().forEach(sink::album);
        tracks.values().forEach(sink::track);
        sink.user(new User(OWNER, "Million Playlist Dataset", null, null, 0));
        MpdReader.forEach(path, p -> sink.playlist(playlist(p)));
        sink.end();
    }

    private static void add(
            MpdTrack t,
            Map<String, Artist> artists,
            Map<String, Album> albums,
            Map<String, Track> tracks) {
        artists.computeIfAbsent(t.artistUri(), k -> t.artist());
        albums.computeIfAbsent(t.albumUri(), k -> t.album());
        tracks.put(t.trackUri(), t.track());
    }

    private static Playlist playlist(MpdPlaylist p) {
        Instant at = Instant.ofEpochSecond(p.modifiedAt());
        List<PlaylistItem> items = new ArrayList<>(p.tracks().size());
        for (MpdTrack t : p.tracks()) {
            items.add(new PlaylistItem(SpotifyIds.fromUri(t.trackUri()), at, OWNER));
        }
        return p.toPlaylist(items);
    }
}
