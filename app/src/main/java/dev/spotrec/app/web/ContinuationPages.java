package dev.spotrec.app.web;

import dev.spotrec.app.web.view.TrackRow;
import dev.spotrec.spotify.model.Playlist;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.List;

/**
 * The continuation pages: a playlist's continuation, the one from the user's top tracks, saving
 * either as a new playlist, and the saved playlist read back from Spotify.
 */
final class ContinuationPages {
    private final Web web;
    private final Pages pages;
    private final Continuations continuations;
    private final SpotifyData data;
    private final WebListener listener;

    ContinuationPages(
            Web web,
            Pages pages,
            Continuations continuations,
            SpotifyData data,
            WebListener listener) {
        this.web = web;
        this.pages = pages;
        this.continuations = continuations;
        this.data = data;
        this.listener = listener;
    }

    void register(RoutesConfig routes) {
        routes.get("/playlists/{id}", this::playlist);
        routes.post("/playlists/{id}/save", this::savePlaylist);
        routes.get("/top/continuation", this::top);
        routes.post("/top/save", this::saveTop);
        routes.get("/saved/{id}", this::saved);
    }

    private void playlist(Context ctx) {
        Session s = web.loggedIn(ctx);
        String id = ctx.pathParam("id");
        Continuations.Shown shown = continuations.forPlaylist(s, id, n(ctx));
        show(
                ctx,
                shown,
                "Continue " + shown.title(),
                "/playlists/" + id + "/save",
                shown.title() + " (continued)");
    }

    private void top(Context ctx) {
        Session s = web.loggedIn(ctx);
        Continuations.Shown shown = continuations.fromTop(s, n(ctx));
        show(ctx, shown, "From your top tracks", "/top/save", "From my top tracks");
    }

    private void show(
            Context ctx, Continuations.Shown shown, String heading, String action, String name) {
        pages.render(
                ctx,
                "continuation",
                Pages.params(
                        "chrome",
                        pages.chrome(ctx, heading),
                        "heading",
                        heading,
                        "model",
                        shown.model(),
                        "rows",
                        shown.rows(),
                        "saveAction",
                        action,
                        "defaultName",
                        name.length() > 100 ? name.substring(0, 100) : name));
    }

    private void savePlaylist(Context ctx) {
        Session s = web.loggedIn(ctx);
        String id = ctx.pathParam("id");
        save(
                ctx,
                s,
                "playlist:" + id,
                () -> continuations.forPlaylist(s, id, Continuations.DEFAULT_N));
    }

    private void saveTop(Context ctx) {
        Session s = web.loggedIn(ctx);
        save(ctx, s, "top", () -> continuations.fromTop(s, Continuations.DEFAULT_N));
    }

    private void save(
            Context ctx,
            Session s,
            String source,
            java.util.function.Supplier<Continuations.Shown> fresh) {
        List<String> ids = continuations.lastShown(s, source);
        if (ids.isEmpty()) {
            ids = fresh.get().trackIds();
        }
        String name = ctx.formParam("name");
        Playlist created =
                data.save(s, name == null ? "" : name.strip(), "Recommended by spotrec", ids);
        listener.event(
                "info",
                "user "
                        + s.requireUser().id()
                        + " saved playlist "
                        + created.id()
                        + " with "
                        + ids.size()
                        + " tracks");
        ctx.redirect("/saved/" + created.id(), io.javalin.http.HttpStatus.SEE_OTHER);
    }

    private void saved(Context ctx) {
        Session s = web.loggedIn(ctx);
        SpotifyData.PlaylistContents c = data.contents(s, ctx.pathParam("id"));
        List<TrackRow> rows = continuations.rowsOf(s, c.trackIds());
        pages.render(
                ctx,
                "saved",
                Pages.params(
                        "chrome",
                        pages.chrome(ctx, "Saved"),
                        "playlistId",
                        c.id(),
                        "name",
                        c.name(),
                        "rows",
                        rows));
    }

    static int n(Context ctx) {
        String n = ctx.queryParam("n");
        if (n == null || n.isBlank()) {
            return Continuations.DEFAULT_N;
        }
        try {
            return Continuations.checkN(Integer.parseInt(n.strip()));
        } catch (NumberFormatException e) {
            throw WebException.badRequest(
                    "n must be a number from 1 to " + Continuations.MAX_N + ".");
        }
    }
}
