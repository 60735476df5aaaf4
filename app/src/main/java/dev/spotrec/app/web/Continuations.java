package dev.spotrec.app.web;

import dev.spotrec.app.service.Continuation;
import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.app.service.PlaylistInput;
import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.app.service.TrackInfo;
import dev.spotrec.app.web.view.TrackRow;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Track;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Continuations for the pages and the REST API: the playlist (or the top items) read through the
 * user's Spotify client, the recommendations from the {@link RecommendationService}, and album art
 * from Spotify, since the warehouse stores no images. Album ids come from the warehouse; only
 * tracks it lacks cost a Spotify track lookup. What was last shown is kept in the session, so that
 * "save" saves exactly those tracks.
 */
final class Continuations {
    static final int DEFAULT_N = 20;
    static final int MAX_N = 100;

    private final Backend backend;
    private final SpotifyData data;

    Continuations(Backend backend, SpotifyData data) {
        this.backend = backend;
        this.data = data;
    }

    /** A continuation ready to render: where it came from, the model and the rows. */
    record Shown(
            String source,
            String title,
            String model,
            List<ContinuationItem> items,
            List<TrackRow> rows) {
        List<String> trackIds() {
            return items.stream().map(ContinuationItem::trackId).toList();
        }
    }

    PlaylistInput input(Session s, String playlistId) {
        SpotifyData.PlaylistContents c = data.contents(s, playlistId);
        return new PlaylistInput(c.id(), c.name(), c.ownerId(), c.trackIds());
    }

    Shown forPlaylist(Session s, String playlistId, int n) {
        PlaylistInput in = input(s, playlistId);
        Continuation c = backend.requireService().continuePlaylist(in, checkN(n));
        return remember(
                s,
                new Shown(
                        "playlist:" + playlistId,
                        in.name(),
                        c.model(),
                        c.items(),
                        rows(s, c.items(), null)));
    }

    Shown fromTop(Session s, int n) {
        SpotifyData.Top top = data.top(s);
        Continuation c =
                backend.requireService()
                        .fromTopItems(
                                s.requireUser().id(),
                                top.tracks().stream().map(Track::id).toList(),
                                top.artists().stream().map(Artist::id).toList(),
                                checkN(n));
        return remember(
                s,
                new Shown(
                        "top", "your top tracks", c.model(), c.items(), rows(s, c.items(), null)));
    }

    /** {@return the track ids last shown for {@code source}, or an empty list} */
    @SuppressWarnings("unchecked")
    List<String> lastShown(Session s, String source) {
        Session.Cached c = s.cache.get("shown:" + source);
        return c == null ? List.of() : (List<String>) c.value();
    }

    private Shown remember(Session s, Shown shown) {
        s.cache.put(
                "shown:" + shown.source(),
                new Session.Cached(shown.trackIds(), java.time.Instant.EPOCH));
        return shown;
    }

    /** Rows with album art; {@code ratings} maps track id to {@code liked}/{@code disliked}. */
    List<TrackRow> rows(Session s, List<ContinuationItem> items, Map<String, String> ratings) {
        RecommendationService service = backend.requireService();
        Map<String, String> albumOf = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (ContinuationItem item : items) {
            String album = service.track(item.trackId()).map(TrackInfo::albumId).orElse(null);
            if (album != null) {
                albumOf.put(item.trackId(), album);
            } else {
                unknown.add(item.trackId());
            }
        }
        if (!unknown.isEmpty()) {
            albumOf.putAll(data.albumsOfTracks(s, unknown));
        }
        Map<String, String> art = data.art(s, albumOf.values());
        List<TrackRow> rows = new ArrayList<>(items.size());
        for (ContinuationItem item : items) {
            rows.add(
                    new TrackRow(
                            item.rank(),
                            item.trackId(),
                            item.name(),
                            item.artists(),
                            item.album(),
                            art.get(albumOf.get(item.trackId())),
                            item.explanation(),
                            ratings == null ? null : ratings.get(item.trackId())));
        }
        return rows;
    }

    /** Rows for plain track ids (a saved playlist): names from the warehouse, else Spotify. */
    List<TrackRow> rowsOf(Session s, List<String> trackIds) {
        RecommendationService service = backend.requireService();
        List<String> unknown =
                trackIds.stream().filter(id -> service.track(id).isEmpty()).distinct().toList();
        Map<String, Track> fromSpotify = new LinkedHashMap<>();
        if (!unknown.isEmpty()) {
            for (Track t : data.tracks(s, unknown)) {
                fromSpotify.put(t.id(), t);
            }
        }
        List<ContinuationItem> items = new ArrayList<>(trackIds.size());
        for (String id : trackIds) {
            TrackInfo info = service.track(id).orElse(null);
            Track t = fromSpotify.get(id);
            String name = info != null ? info.name() : t != null ? t.name() : id;
            List<String> artists =
                    info != null
                            ? info.artists()
                            : t != null
                                    ? t.artists().stream().map(Artist::name).toList()
                                    : List.of();
            String album =
                    info != null
                            ? info.album()
                            : t != null && t.album() != null ? t.album().name() : null;
            items.add(
                    new ContinuationItem(
                            items.size() + 1, id, name, artists, album, 0, "", List.of()));
        }
        List<TrackRow> rows = rows(s, items, null);
        return rows.stream()
                .map(
                        r ->
                                new TrackRow(
                                        r.rank(),
                                        r.trackId(),
                                        r.name(),
                                        r.artists(),
                                        r.album(),
                                        r.imageUrl(),
                                        null,
                                        null))
                .toList();
    }

    static int checkN(int n) {
        if (n < 1 || n > MAX_N) {
            throw WebException.badRequest("n must be 1-" + MAX_N + ", got " + n + ".");
        }
        return n;
    }
}
