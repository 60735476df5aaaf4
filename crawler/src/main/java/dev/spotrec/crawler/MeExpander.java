package dev.spotrec.crawler;

import static dev.spotrec.crawler.Kind.*;

import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.TimeRange;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.Track;
import dev.spotrec.warehouse.FrontierEntry;
import dev.spotrec.warehouse.FrontierStatus;
import java.util.List;
import java.util.stream.Stream;

/**
 * The logged-in user's personalization base: the profile, top tracks and artists for the three time
 * ranges, saved tracks, and own and followed playlists (the first-degree social graph). Each is one
 * frontier entry of type {@code me}: {@code profile}, {@code top}, {@code saved}, {@code
 * playlists}.
 */
final class MeExpander {
    static final List<String> PARTS = List.of("profile", "top", "saved", "playlists");

    private final SpotifyClient client;
    private final Long runId;

    MeExpander(SpotifyClient client, long runId) {
        this.client = client;
        this.runId = runId;
    }

    void fetch(FrontierEntry e, Outcome out) {
        var me = Mapping.user(client.users().me());
        int d = e.depth() + 1;
        switch (e.entityId()) {
            case "profile" -> out.store(USER, b -> b.user(me));
            case "top" -> {
                for (TimeRange r : TimeRange.values()) {
                    List<String> tracks;
                    List<String> artists;
                    try (Stream<Track> s = client.personalization().topTracks(r)) {
                        tracks = s.map(Track::id).toList();
                    }
                    try (Stream<Artist> s = client.personalization().topArtists(r)) {
                        artists = s.map(Artist::id).toList();
                    }
                    var top =
                            new TopItems(
                                    me.id(),
                                    dev.spotrec.datasets.TimeRange.fromApiName(r.key()),
                                    tracks,
                                    artists);
                    out.write(b -> b.topItems(top));
                    tracks.forEach(id -> out.discover(TRACK, id, d));
                    artists.forEach(id -> out.discover(ARTIST, id, d));
                }
            }
            case "saved" -> {
                try (var s = client.library().savedTracks()) {
                    s.forEach(t -> out.discover(TRACK, t.item().id(), d));
                }
            }
            case "playlists" -> {
                try (Stream<Playlist> s = client.playlists().mine()) {
                    s.forEach(
                            p -> {
                                if (!p.owner().id().equals(me.id())) {
                                    var f = new PlaylistFollow(me.id(), p.id());
                                    out.write(b -> b.playlistFollow(f));
                                }
                                out.discover(PLAYLIST, p.id(), 0);
                            });
                }
            }
            default -> {
                out.settle(e.with(FrontierStatus.FAILED, "unknown part of me", runId));
                return;
            }
        }
        out.settle(e.with(FrontierStatus.DONE, null, runId));
    }
}
