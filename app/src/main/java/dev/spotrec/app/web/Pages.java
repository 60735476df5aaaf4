package dev.spotrec.app.web;

import dev.spotrec.app.web.view.ArtistRow;
import dev.spotrec.app.web.view.Chrome;
import dev.spotrec.app.web.view.PlaylistRow;
import dev.spotrec.app.web.view.TrackRow;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Track;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The server-rendered pages that need no recommender: the start page, the user's playlists and
 * their top tracks and artists. Element ids are stable (see {@code web-ids.md}) for browser tests.
 */
final class Pages {
    private final Web web;
    private final Templates templates;
    private final SpotifyData data;
    private final boolean experiments;

    Pages(Web web, Templates templates, SpotifyData data, boolean experiments) {
        this.web = web;
        this.templates = templates;
        this.data = data;
        this.experiments = experiments;
    }

    void register(RoutesConfig routes) {
        routes.get("/", this::index);
        routes.get("/playlists", this::playlists);
        routes.get("/top", this::top);
    }

    /** {@return the chrome of a page for the request's session} */
    Chrome chrome(Context ctx, String title) {
        Session s = web.session(ctx);
        return new Chrome(
                title,
                s == null || s.user() == null ? null : s.user().displayName(),
                s == null ? null : s.csrf);
    }

    void render(Context ctx, String template, Map<String, Object> params) {
        ctx.header("Cache-Control", "no-store");
        ctx.html(templates.render(template, params));
    }

    static Map<String, Object> params(Object... keyValues) {
        Map<String, Object> m = new HashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            m.put((String) keyValues[i], keyValues[i + 1]);
        }
        return m;
    }

    private void index(Context ctx) {
        render(ctx, "index", params("chrome", chrome(ctx, "Welcome")));
    }

    private void playlists(Context ctx) {
        Session s = web.loggedIn(ctx);
        List<PlaylistRow> rows =
                data.playlists(s).stream()
                        .map(p -> new PlaylistRow(p.id(), p.name(), p.tracks(), p.image()))
                        .toList();
        render(
                ctx,
                "playlists",
                params(
                        "chrome",
                        chrome(ctx, "Your playlists"),
                        "playlists",
                        rows,
                        "experiments",
                        experiments));
    }

    private void top(Context ctx) {
        Session s = web.loggedIn(ctx);
        SpotifyData.Top top = data.top(s);
        render(
                ctx,
                "top",
                params(
                        "chrome",
                        chrome(ctx, "Your top tracks and artists"),
                        "tracks",
                        topTracks(top.tracks()),
                        "artists",
                        top.artists().stream().map(Pages::artistRow).toList()));
    }

    static List<TrackRow> topTracks(List<Track> tracks) {
        return java.util.stream.IntStream.range(0, tracks.size())
                .mapToObj(
                        i -> {
                            Track t = tracks.get(i);
                            return new TrackRow(
                                    i + 1,
                                    t.id(),
                                    t.name(),
                                    t.artists().stream().map(Artist::name).toList(),
                                    t.album() == null ? null : t.album().name(),
                                    t.album() == null ? null : SpotifyData.pick(t.album().images()),
                                    null,
                                    null);
                        })
                .toList();
    }

    private static ArtistRow artistRow(Artist a) {
        return new ArtistRow(a.id(), a.name(), SpotifyData.pick(a.images()));
    }
}
