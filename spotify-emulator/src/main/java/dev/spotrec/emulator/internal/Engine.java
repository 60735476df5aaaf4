package dev.spotrec.emulator.internal;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.emulator.ClientApp;
import dev.spotrec.emulator.EmulatorException;
import dev.spotrec.emulator.FaultPlan;
import dev.spotrec.emulator.Mode;
import dev.spotrec.emulator.RecordedRequest;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson3;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Wires the emulator: world, catalog, store, accounts, limits, faults and recorder behind one
 * Javalin server whose routes are all declared in {@code Javalin.create}. Public only for {@code
 * Emulator}; not part of the API.
 */
public final class Engine {
    private final EngineConfig config;
    private final Accounts accounts;
    private final FaultInjector faults = new FaultInjector();
    private final Recorder recorder;
    private final Pipeline pipeline;
    private final Store store;
    private final Urls urls;
    private Javalin app;

    /** Builds the engine; the port is bound by {@link #start()}. */
    public Engine(EngineConfig config) {
        this.config = config;
        this.accounts =
                new Accounts(
                        config.clients(),
                        config.clock(),
                        config.tokenLifetime(),
                        config.refreshLifetime(),
                        config.codeLifetime(),
                        config.maxAppUsers());
        this.recorder = new Recorder(config.recordCapacity());
        this.faults.set(config.faults());
        boolean dev = config.mode() == Mode.DEVELOPMENT;
        this.pipeline =
                new Pipeline(
                        accounts,
                        faults,
                        new RateLimiter(
                                config.clock(),
                                config.rateLimit(),
                                config.rateWindow(),
                                config.dailyQuota()),
                        recorder,
                        config.listener(),
                        dev,
                        config.clock());
        this.store = new Store(config.world(), config.clock());
        this.urls = new Urls();
    }

    /** Starts listening; the URLs in responses use the bound port. */
    public void start() {
        try {
            app = Javalin.create(this::configure);
            app.start(config.host(), config.port());
        } catch (RuntimeException e) {
            throw new EmulatorException(
                    "cannot start the emulator on "
                            + config.host()
                            + ":"
                            + config.port()
                            + ": "
                            + e.getMessage()
                            + "; pick another --port or free this one",
                    e);
        }
        String base = "http://" + hostForUrl(config.host()) + ":" + app.port();
        urls.base(base);
        pipeline.base(base);
        config.listener().started(base);
    }

    private List<Route> routes() {
        boolean dev = config.mode() == Mode.DEVELOPMENT;
        CatalogJson catalogJson = new CatalogJson(urls, dev);
        Catalog catalog = new Catalog(config.world(), catalogJson, urls);
        Derived derived = new Derived(config.world(), store);
        PeopleJson people = new PeopleJson(urls, dev, catalog, derived);
        List<Route> routes = new ArrayList<>();
        routes.addAll(new CatalogRoutes(catalog, derived).routes());
        routes.addAll(new SearchRoutes(config.world(), catalog, store, people, derived).routes());
        routes.addAll(new PlaylistRoutes(store, people, config.world()).routes());
        routes.addAll(new UserRoutes(config.world(), store, catalog, people, derived).routes());
        routes.addAll(new LibraryRoutes(config.world(), store, catalog, config.clock()).routes());
        routes.addAll(new BrowseRoutes(catalog, derived, store, people).routes());
        routes.addAll(new RecommendationRoutes(config.world(), catalog, derived).routes());
        return routes;
    }

    private void configure(JavalinConfig cfg) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.startupWatcherEnabled = false;
        cfg.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
        // Jetty's platform-thread pool: measured 2-3x less CPU a request than virtual threads for
        // these short CPU-bound handlers (bench EmulatorLoadBenchmark). Stalls hold a pool thread.
        cfg.concurrency.useVirtualThreads = false;
        cfg.http.prefer405over404 = true;
        for (Route r : routes()) {
            cfg.routes.addHttpHandler(r.method(), r.path(), ctx -> pipeline.api(ctx, r));
        }
        AccountsRoutes accountsRoutes =
                new AccountsRoutes(accounts, config.world(), config.autoConsentUser());
        cfg.routes.post("/api/token", ctx -> pipeline.plain(ctx, accountsRoutes::token));
        cfg.routes.get("/authorize", ctx -> pipeline.plain(ctx, accountsRoutes::authorize));
        cfg.routes.post("/authorize", ctx -> pipeline.plain(ctx, accountsRoutes::consent));
        cfg.routes.get(
                "/images/{name}",
                ctx -> {
                    byte[] png = Media.image(ctx.pathParam("name"));
                    if (png == null) {
                        ctx.status(404);
                        return;
                    }
                    ctx.contentType("image/png").result(png);
                });
        cfg.routes.get(
                "/previews/{id}", ctx -> ctx.contentType("audio/wav").result(Media.preview()));
        new AdminRoutes(this).register(cfg.routes);
        cfg.routes.error(404, ctx -> unmatched(ctx, 404, Messages.SERVICE_NOT_FOUND));
        cfg.routes.error(405, ctx -> unmatched(ctx, 405, Messages.METHOD_NOT_ALLOWED));
    }

    private static void unmatched(io.javalin.http.Context ctx, int status, String message) {
        if (ctx.attribute("spotrec.served") == null && ctx.path().startsWith("/v1")) {
            ctx.contentType(Reply.JSON).result(new ApiError(status, message).body());
        }
    }

    /**
     * Starts and stops a throwaway server on an ephemeral loopback port, so that the classes of
     * Jetty and Javalin are loaded and initialised while the caller does something else (the world
     * generation). Failures are ignored: the real start reports its own.
     */
    public static void warmUp() {
        try {
            Javalin.create(
                            cfg -> {
                                cfg.startup.showJavalinBanner = false;
                                cfg.startup.startupWatcherEnabled = false;
                                cfg.jsonMapper(new JavalinJackson3(Json.MAPPER, false));
                                cfg.routes.get("/", ctx -> ctx.result(new byte[0]));
                            })
                    .start("127.0.0.1", 0)
                    .stop();
        } catch (RuntimeException e) {
            // Only a warm-up.
        }
    }

    /** Stops the server and waits for it. */
    public void stop() {
        if (app != null) {
            app.stop();
            config.listener().stopped();
        }
    }

    public int port() {
        return app.port();
    }

    public String baseUrl() {
        return pipeline.base();
    }

    public EngineConfig config() {
        return config;
    }

    public List<RecordedRequest> requests() {
        return recorder.all();
    }

    public RecordedRequest take(Duration timeout) throws InterruptedException {
        return recorder.take(timeout);
    }

    public void clearRequests() {
        recorder.clear();
    }

    public FaultPlan faults() {
        return faults.plan();
    }

    public void faults(FaultPlan plan) {
        faults.set(plan);
    }

    /**
     * Issues an access and refresh token for {@code userId} as if they had approved {@code
     * clientId} with {@code scopes}.
     *
     * @throws IllegalArgumentException for an unknown client or user
     */
    public Map<String, Object> issueUserTokens(String clientId, String userId, Set<String> scopes) {
        ClientApp client = accounts.client(clientId);
        if (client == null) {
            throw new IllegalArgumentException("unknown client '" + clientId + "'");
        }
        if (config.world().user(userId).isEmpty()) {
            throw new IllegalArgumentException("unknown user '" + userId + "' in this world");
        }
        accounts.registerAppUser(clientId, userId);
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("access_token", accounts.issueToken(clientId, userId, scopes));
        m.put("token_type", "Bearer");
        m.put("expires_in", accounts.tokenLifetimeSeconds());
        m.put("scope", String.join(" ", scopes));
        m.put(
                "refresh_token",
                accounts.issueRefresh(clientId, userId, scopes, config.clock().instant(), false));
        return m;
    }

    /** An app-only (client credentials) access token. */
    public String issueClientToken(String clientId) {
        if (accounts.client(clientId) == null) {
            throw new IllegalArgumentException("unknown client '" + clientId + "'");
        }
        return accounts.issueToken(clientId, null, Set.of());
    }

    public int revokeUser(String userId) {
        return accounts.revokeUser(userId);
    }

    public boolean revokeRefreshToken(String token) {
        return accounts.revoke(token);
    }

    public Optional<Playlist> playlist(String id) {
        return store.playlist(id).map(Store.PlaylistState::playlist);
    }

    public List<Playlist> playlistsOwnedBy(String userId) {
        return store.ownedBy(userId);
    }

    static String hostForUrl(String host) {
        return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }
}
