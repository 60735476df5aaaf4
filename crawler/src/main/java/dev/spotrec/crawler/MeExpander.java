package dev.spotrec.crawler;

import static dev.spotrec.crawler.Kind.*;

import dev.spotrec.datasets.ArtistFollow;
import dev.spotrec.datasets.PlaylistFollow;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.User;
import dev.spotrec.spotify.EndpointUnavailableException;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.TimeRange;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.Track;
import dev.spotrec.warehouse.FrontierEntry;
import dev.spotrec.warehouse.FrontierStatus;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The logged-in user's personalization base: the profile, top tracks and artists for the three time
 * ranges, saved tracks (stored with when they were saved), followed artists, and own and followed
 * playlists (the first-degree social graph). Each is one frontier entry of type {@code me}: {@code
 * profile}, {@code top}, {@code saved}, {@code following}, {@code playlists}. A part whose scope
 * the login lacks (a 403) is skipped with that reason, not failed.
 */
final class MeExpander {
    static final List<String> PARTS = List.of("profile", "top", "saved", "following", "playlists");

    /** The scope each part needs beyond a plain login. */
    private static final Map<String, String> SCOPES =
            Map.of(
                    "top", "user-top-read",
                    "saved", "user-library-read",
                    "following", "user-follow-read");

    private final SpotifyClient client;
    private final Long runId;

    MeExpander(SpotifyClient client, long runId) {
        this.client = client;
        this.runId = runId;
    }

    void fetch(FrontierEntry e, Outcome out) {
        User me = Mapping.user(client.users().me());
        int d = e.depth() + 1;
        Outcome part = new Outcome();
        try {
            switch (e.entityId()) {
                case "profile" -> part.store(USER, b -> b.user(me));
                case "top" -> top(me, d, part);
                case "saved" -> saved(me, d, part);
                case "following" -> following(me, d, part);
                case "playlists" -> playlists(me, part);
                default -> {
                    out.settle(e.with(FrontierStatus.FAILED, "unknown part of me", runId));
                    return;
                }
            }
        } catch (SpotifyApiException ex) {
            if (ex.status() != 403 || ex instanceof EndpointUnavailableException) {
                throw ex;
            }
            String scope = SCOPES.getOrDefault(e.entityId(), "a scope");
            out.settle(
                    e.with(
                            FrontierStatus.SKIPPED,
                            "the login lacks " + scope + " (HTTP 403); log in again to grant it",
                            runId));
            return;
        }
        part.appendTo(out);
        out.settle(e.with(FrontierStatus.DONE, null, runId));
    }

    private void top(User me, int d, Outcome out) {
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

    private void saved(User me, int d, Outcome out) {
        try (var s = client.library().savedTracks()) {
            s.forEach(
                    saved -> {
                        Track t = saved.item();
                        if (t != null && t.id() != null) {
                            out.write(b -> b.savedTrack(me.id(), t.id(), saved.addedAt()));
                            out.discover(TRACK, t.id(), d);
                        }
                    });
        }
    }

    private void following(User me, int d, Outcome out) {
        try (Stream<Artist> s = client.follow().artists()) {
            s.forEach(
                    a -> {
                        if (a != null && a.id() != null) {
                            var f = new ArtistFollow(me.id(), a.id());
                            out.write(b -> b.artistFollow(f));
                            out.discover(ARTIST, a.id(), d);
                        }
                    });
        }
    }

    private void playlists(User me, Outcome out) {
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
}
