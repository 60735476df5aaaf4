package dev.spotrec.crawler;

import static dev.spotrec.crawler.Kind.*;

import dev.spotrec.spotify.Search;
import dev.spotrec.spotify.SearchType;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.AudioFeatures;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.Track;
import dev.spotrec.warehouse.FrontierEntry;
import dev.spotrec.warehouse.FrontierStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Fetches one unit of the frontier and says what it yields: the seed plan's expansion rules.
 * Catalog entities expand breadth-first (artist → albums → tracks → artists, album → tracks, track
 * → album, artists, audio features); playlists expand to their tracks and owner, and owners up to
 * {@link Kind#MAX_SOCIAL_DEGREE} hops from the seeds to their public playlists. A unit costs the
 * fewest requests the per-call maxima allow: ⌈n/50⌉ for tracks and artists, ⌈n/20⌉ for albums,
 * ⌈n/100⌉ for audio features, one a page elsewhere.
 */
final class Expander {
    private static final List<SearchType<?>> SEARCHED =
            List.of(SearchType.TRACK, SearchType.ARTIST, SearchType.ALBUM, SearchType.PLAYLIST);

    private static final int SEARCH_PAGE = 10;

    private final SpotifyClient client;
    private final Long runId;

    Expander(SpotifyClient client, long runId) {
        this.client = client;
        this.runId = runId;
    }

    /** The unit's outcome; throws the client's exception when a request failed for good. */
    Outcome fetch(String type, List<FrontierEntry> unit) {
        Outcome out = new Outcome();
        switch (type) {
            case SEARCH -> search(unit.get(0), out);
            case BROWSE -> browse(unit.get(0), out);
            case ARTIST -> artists(unit, out);
            case ARTIST_ALBUMS -> artistAlbums(unit.get(0), out);
            case RELATED -> related(unit.get(0), out);
            case ALBUM -> albums(unit, out);
            case TRACK -> tracks(unit, out);
            case FEATURES -> features(unit, out);
            case PLAYLIST -> new PlaylistExpander(client, runId).fetch(unit.get(0), out);
            case USER -> new PlaylistExpander(client, runId).user(unit.get(0), out);
            case ME -> new MeExpander(client, runId).fetch(unit.get(0), out);
            default -> out.settle(unit.get(0).with(FrontierStatus.FAILED, "unknown type", runId));
        }
        return out;
    }

    private void search(FrontierEntry e, Outcome out) {
        int d = e.depth() + 1;
        for (SearchType<?> t : SEARCHED) {
            // Paged by offset rather than by the reply's next link: Spotify's next links name the
            // query "query=", which the emulator (faithful to the documented "q=") refuses.
            for (int offset = 0; offset <= Search.MAX_OFFSET; offset += SEARCH_PAGE) {
                Page<?> page = client.search().page(e.entityId(), t, offset, SEARCH_PAGE);
                for (Object r : page.items()) {
                    switch (r) {
                        case Track x -> out.discover(TRACK, x.id(), d);
                        case Artist x -> out.discover(ARTIST, x.id(), d);
                        case Album x -> out.discover(ALBUM, x.id(), d);
                        case Playlist x -> out.discover(PLAYLIST, x.id(), 0);
                        case null, default -> {}
                    }
                }
                if (!page.hasNext() || page.items().isEmpty()) {
                    break;
                }
            }
        }
        done(e, out);
    }

    private void browse(FrontierEntry e, Outcome out) {
        int d = e.depth() + 1;
        if (e.entityId().equals("new_releases")) {
            try (Stream<Album> s = client.browse().newReleases()) {
                s.forEach(a -> out.discover(ALBUM, a.id(), d));
            }
        } else {
            List<String> categories;
            try (var s = client.browse().categories()) {
                categories = s.map(c -> c.id()).toList();
            }
            for (String c : categories) {
                try (Stream<Playlist> s = client.browse().categoryPlaylists(c)) {
                    s.forEach(p -> out.discover(PLAYLIST, p == null ? null : p.id(), 0));
                } catch (SpotifyApiException ex) {
                    if (ex.status() != 404 && ex.status() != 403) {
                        throw ex;
                    }
                }
            }
        }
        done(e, out);
    }

    private void artists(List<FrontierEntry> unit, Outcome out) {
        List<Artist> found = client.artists().get(ids(unit));
        for (int i = 0; i < unit.size(); i++) {
            FrontierEntry e = unit.get(i);
            Artist a = found.get(i);
            if (a == null) {
                out.settle(e.with(FrontierStatus.FAILED, "not found", runId));
                continue;
            }
            var row = Mapping.artist(a);
            out.store(ARTIST, b -> b.artist(row));
            out.discover(ARTIST_ALBUMS, a.id(), e.depth() + 1);
            out.discover(RELATED, a.id(), e.depth() + 1);
            done(e, out);
        }
    }

    private void artistAlbums(FrontierEntry e, Outcome out) {
        try (Stream<Album> s = client.artists().albums(e.entityId())) {
            s.forEach(a -> out.discover(ALBUM, a.id(), e.depth() + 1));
        }
        done(e, out);
    }

    private void related(FrontierEntry e, Outcome out) {
        client.artists()
                .related(e.entityId())
                .forEach(a -> out.discover(ARTIST, a.id(), e.depth()));
        done(e, out);
    }

    private void albums(List<FrontierEntry> unit, Outcome out) {
        List<Album> found = client.albums().get(ids(unit));
        for (int i = 0; i < unit.size(); i++) {
            FrontierEntry e = unit.get(i);
            Album a = found.get(i);
            if (a == null) {
                out.settle(e.with(FrontierStatus.FAILED, "not found", runId));
                continue;
            }
            var row = Mapping.album(a);
            out.store(ALBUM, b -> b.album(row));
            int d = e.depth() + 1;
            a.artists().forEach(x -> out.discover(ARTIST, x.id(), d));
            Page<Track> page = a.tracks();
            List<Track> tracks = new ArrayList<>(page == null ? List.of() : page.items());
            if (page != null && page.hasNext()) {
                try (Stream<Track> rest = client.albums().tracks(a.id())) {
                    rest.skip(tracks.size()).forEach(tracks::add);
                }
            }
            tracks.forEach(t -> out.discover(TRACK, t.id(), d));
            done(e, out);
        }
    }

    private void tracks(List<FrontierEntry> unit, Outcome out) {
        List<Track> found = client.tracks().get(ids(unit));
        for (int i = 0; i < unit.size(); i++) {
            FrontierEntry e = unit.get(i);
            Track t = found.get(i);
            if (t == null) {
                out.settle(e.with(FrontierStatus.FAILED, "not found", runId));
                continue;
            }
            var row = Mapping.track(t);
            out.store(TRACK, b -> b.track(row));
            int d = e.depth() + 1;
            out.discover(ALBUM, row.albumId(), d);
            row.artistIds().forEach(id -> out.discover(ARTIST, id, d));
            out.discover(FEATURES, t.id(), d);
            done(e, out);
        }
    }

    private void features(List<FrontierEntry> unit, Outcome out) {
        List<AudioFeatures> found = client.tracks().audioFeatures(ids(unit));
        for (int i = 0; i < unit.size(); i++) {
            FrontierEntry e = unit.get(i);
            AudioFeatures f = found.get(i);
            if (f == null) {
                out.settle(e.with(FrontierStatus.SKIPPED, "Spotify has no audio features", runId));
                continue;
            }
            var row = Mapping.features(f);
            out.store(FEATURES, b -> b.audioFeatures(e.entityId(), row));
            done(e, out);
        }
    }

    void done(FrontierEntry e, Outcome out) {
        out.settle(e.with(FrontierStatus.DONE, null, runId));
    }

    static List<String> ids(List<FrontierEntry> unit) {
        return unit.stream().map(FrontierEntry::entityId).toList();
    }
}
