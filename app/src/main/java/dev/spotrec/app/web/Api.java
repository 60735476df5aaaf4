package dev.spotrec.app.web;

import dev.spotrec.app.web.view.ArtistRow;
import dev.spotrec.spotify.model.Playlist;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The REST API under {@code /api}: the same data as the pages, as JSON. It uses the browser's
 * session cookie; POSTs need the session's CSRF token in an {@code X-CSRF-Token} header, which
 * {@code GET /api/session} returns. Errors are {@code {"error":{"status":N,"message":"..."}}}.
 */
final class Api {
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final Web web;
    private final SpotifyData data;
    private final Continuations continuations;
    private final List<ApiEndpoint> endpoints = new ArrayList<>();

    Api(Web web, SpotifyData data, Continuations continuations) {
        this.web = web;
        this.data = data;
        this.continuations = continuations;
        endpoints.add(
                ApiEndpoint.get(
                        "/api/session",
                        "The session: who is logged in, and the CSRF token for POSTs",
                        "Session",
                        this::session));
        endpoints.add(
                ApiEndpoint.get(
                        "/api/playlists",
                        "Your owned and followed playlists",
                        "Playlists",
                        this::playlists));
        endpoints.add(
                ApiEndpoint.getN(
                        "/api/playlists/{id}/continuation",
                        "Tracks to continue a playlist, each with why",
                        "Continuation",
                        this::continuation));
        endpoints.add(
                ApiEndpoint.post(
                        "/api/playlists/{id}/save",
                        "Saves a playlist's continuation as a new playlist",
                        "SaveRequest",
                        "Saved",
                        201,
                        this::savePlaylist));
        endpoints.add(ApiEndpoint.get("/api/top", "Your top tracks and artists", "Top", this::top));
        endpoints.add(
                ApiEndpoint.getN(
                        "/api/top/continuation",
                        "Tracks recommended from your top tracks and artists",
                        "Continuation",
                        this::topContinuation));
        endpoints.add(
                ApiEndpoint.post(
                        "/api/top/save",
                        "Saves the continuation of your top tracks as a new playlist",
                        "SaveRequest",
                        "Saved",
                        201,
                        this::saveTop));
    }

    /** Adds endpoints defined elsewhere (the experiment). */
    void add(ApiEndpoint endpoint) {
        endpoints.add(endpoint);
    }

    List<ApiEndpoint> endpoints() {
        return List.copyOf(endpoints);
    }

    void register(RoutesConfig routes) {
        for (ApiEndpoint e : endpoints) {
            if ("GET".equals(e.method())) {
                routes.get(e.path(), e.handler());
            } else {
                routes.post(e.path(), e.handler());
            }
        }
        String doc = OpenApi.document(endpoints);
        routes.get("/api/openapi.json", ctx -> ctx.contentType("application/json").result(doc));
    }

    private void session(Context ctx) {
        Session s = web.session(ctx);
        Map<String, Object> out = new LinkedHashMap<>();
        boolean in = s != null && s.user() != null;
        out.put("loggedIn", in);
        out.put(
                "user",
                in ? Map.of("id", s.user().id(), "displayName", s.user().displayName()) : null);
        out.put("csrfToken", s == null ? null : s.csrf);
        out.put("login", "/login");
        ctx.json(out);
    }

    private void playlists(Context ctx) {
        ctx.json(Map.of("items", data.playlists(web.loggedIn(ctx))));
    }

    private void continuation(Context ctx) {
        Session s = web.loggedIn(ctx);
        ctx.json(json(continuations.forPlaylist(s, ctx.pathParam("id"), ContinuationPages.n(ctx))));
    }

    private void topContinuation(Context ctx) {
        ctx.json(json(continuations.fromTop(web.loggedIn(ctx), ContinuationPages.n(ctx))));
    }

    private void top(Context ctx) {
        SpotifyData.Top top = data.top(web.loggedIn(ctx));
        ctx.json(
                Map.of(
                        "tracks", Pages.topTracks(top.tracks()),
                        "artists",
                                top.artists().stream()
                                        .map(
                                                a ->
                                                        new ArtistRow(
                                                                a.id(),
                                                                a.name(),
                                                                SpotifyData.pick(a.images())))
                                        .toList()));
    }

    private void savePlaylist(Context ctx) {
        Session s = web.loggedIn(ctx);
        String id = ctx.pathParam("id");
        save(ctx, s, continuations.forPlaylist(s, id, nOf(body(ctx))));
    }

    private void saveTop(Context ctx) {
        Session s = web.loggedIn(ctx);
        save(ctx, s, continuations.fromTop(s, nOf(body(ctx))));
    }

    private void save(Context ctx, Session s, Continuations.Shown shown) {
        JsonNode body = body(ctx);
        String name = body.path("name").asString(null);
        if (name == null || name.isBlank()) {
            name = shown.title() + " (continued)";
        }
        List<String> ids = shown.trackIds();
        Playlist created = data.save(s, name.strip(), "Recommended by spotrec", ids);
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", created.id());
        out.put("name", created.name());
        out.put("trackIds", ids);
        ctx.status(201).json(out);
    }

    static Map<String, Object> json(Continuations.Shown shown) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("source", shown.source());
        out.put("title", shown.title());
        out.put("model", shown.model());
        out.put("items", shown.rows());
        return out;
    }

    static JsonNode body(Context ctx) {
        Object cached = ctx.attribute("spotrec.body");
        if (cached instanceof JsonNode n) {
            return n;
        }
        String text = ctx.body();
        JsonNode node;
        try {
            node = text.isBlank() ? JSON.createObjectNode() : JSON.readTree(text);
        } catch (RuntimeException e) {
            throw WebException.badRequest("The request body is not JSON.");
        }
        if (!node.isObject()) {
            throw WebException.badRequest("The request body must be a JSON object.");
        }
        ctx.attribute("spotrec.body", node);
        return node;
    }

    private static int nOf(JsonNode body) {
        JsonNode n = body.get("n");
        if (n == null || n.isNull()) {
            return Continuations.DEFAULT_N;
        }
        if (!n.isInt()) {
            throw WebException.badRequest(
                    "n must be a number from 1 to " + Continuations.MAX_N + ".");
        }
        return Continuations.checkN(n.asInt());
    }
}
