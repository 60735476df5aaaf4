package dev.spotrec.app.web;

import dev.spotrec.app.service.RecommendationService;
import dev.spotrec.spotify.auth.TokenStore;
import dev.spotrec.warehouse.Warehouse;
import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.json.JavalinJackson3;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import tools.jackson.databind.json.JsonMapper;

/**
 * The spotrec web app and REST API ({@code spotrec serve}): login with Spotify, the user's
 * playlists and top items, continuations with explanations, saving them as a playlist, the blind
 * experiment, and an OpenAPI document at {@code /api/openapi.json}.
 *
 * <pre>{@code
 * try (WebServer web = WebServer.builder()
 *         .recommendations(service).warehouse(warehouse)
 *         .apiUrl(emulator.apiUrl()).accountsUrl(emulator.accountsUrl())
 *         .client("demo-client", "demo-secret").port(8080).build().start()) {
 *     System.out.println("listening on " + web.url());
 * }
 * }</pre>
 *
 * It binds to 127.0.0.1 unless told otherwise. The browser gets only a random session id in an
 * HttpOnly, SameSite=Lax cookie; tokens stay in the server's memory.
 */
public final class WebServer implements AutoCloseable {
    private final Settings settings;
    private final AtomicReference<URI> publicUrl = new AtomicReference<>();
    private Javalin app;

    private WebServer(Settings settings) {
        this.settings = settings;
    }

    /** {@return a builder with the defaults: 127.0.0.1, port 8080, Spotify's real URLs} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Starts listening.
     *
     * @return this server
     * @throws WebException when the address cannot be bound
     */
    public synchronized WebServer start() {
        if (app != null) {
            throw new IllegalStateException("the web server is already started");
        }
        Routes routes = new Routes(settings, publicUrl::get);
        try {
            app = Javalin.create(cfg -> configure(cfg, routes));
            app.start(settings.bind(), settings.port());
        } catch (RuntimeException e) {
            app = null;
            throw new WebException(
                    500,
                    "cannot listen on "
                            + settings.bind()
                            + ":"
                            + settings.port()
                            + ": "
                            + e.getMessage()
                            + "; pick another --port or free this one",
                    e);
        }
        publicUrl.set(
                settings.publicUrl() != null
                        ? settings.publicUrl()
                        : URI.create("http://" + urlHost(settings.bind()) + ":" + app.port()));
        return this;
    }

    private static void configure(JavalinConfig cfg, Routes routes) {
        cfg.startup.showJavalinBanner = false;
        cfg.startup.startupWatcherEnabled = false;
        cfg.jsonMapper(new JavalinJackson3(JsonMapper.builder().build(), false));
        // Short handlers that block on Spotify calls: Jetty's pool of platform threads.
        cfg.concurrency.useVirtualThreads = false;
        cfg.http.prefer405over404 = true;
        routes.register(cfg.routes);
    }

    /** {@return the bound port} */
    public int port() {
        requireStarted();
        return app.port();
    }

    /** {@return the URL users open, e.g. {@code http://127.0.0.1:8080}} */
    public URI url() {
        requireStarted();
        return publicUrl.get();
    }

    /** {@return the address the server listens on} */
    public String bindAddress() {
        return settings.bind();
    }

    /** Stops the server; sessions are forgotten. */
    @Override
    public synchronized void close() {
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void requireStarted() {
        if (app == null) {
            throw new IllegalStateException("the web server is not started: call start() first");
        }
    }

    private static String urlHost(String bind) {
        try {
            InetAddress a = InetAddress.getByName(bind);
            if (a.isAnyLocalAddress() || a.isLoopbackAddress()) {
                return "127.0.0.1";
            }
        } catch (UnknownHostException e) {
            return bind;
        }
        return bind.contains(":") ? "[" + bind + "]" : bind;
    }

    @Override
    public String toString() {
        return "WebServer[" + (app == null ? "stopped" : publicUrl.get()) + "]";
    }

    /** The validated settings of a server. */
    record Settings(
            String apiUrl,
            String accountsUrl,
            String clientId,
            String clientSecret,
            String bind,
            int port,
            URI publicUrl,
            Clock clock,
            WebListener listener,
            Duration sessionIdle,
            Duration sessionMaxAge,
            int maxSessions,
            Duration cacheTtl,
            Supplier<TokenStore> tokenStores,
            long seed,
            java.util.function.Consumer<io.javalin.config.RoutesConfig> extraRoutes,
            Backend backend) {
        @Override
        public String toString() {
            return "Settings[api=" + apiUrl + ", bind=" + bind + ":" + port + "]";
        }
    }

    /** Builds a {@link WebServer}; every setter rejects a bad value at once, naming it. */
    public static final class Builder {
        private String apiUrl = "https://api.spotify.com/v1";
        private String accountsUrl = "https://accounts.spotify.com";
        private String clientId;
        private String clientSecret;
        private String bind = "127.0.0.1";
        private int port = 8080;
        private URI publicUrl;
        private Clock clock = Clock.systemUTC();
        private WebListener listener = WebListener.SLF4J;
        private Duration sessionIdle = Duration.ofHours(2);
        private Duration sessionMaxAge = Duration.ofHours(12);
        private int maxSessions = 10_000;
        private Duration cacheTtl = Duration.ofSeconds(60);
        private Supplier<TokenStore> tokenStores = TokenStore::inMemory;
        private long seed = new java.security.SecureRandom().nextLong();
        private java.util.function.Consumer<io.javalin.config.RoutesConfig> extraRoutes = r -> {};
        private final Backend.Builder backend = new Backend.Builder();

        private Builder() {}

        /** The Web API base. @param url e.g. the emulator's {@code apiUrl()} @return this */
        public Builder apiUrl(String url) {
            this.apiUrl = url(url, "apiUrl");
            return this;
        }

        /** The Accounts service base. @param url e.g. the emulator's URL @return this */
        public Builder accountsUrl(String url) {
            this.accountsUrl = url(url, "accountsUrl");
            return this;
        }

        /**
         * The Spotify app.
         *
         * @param id the client id
         * @param secret the client secret, or {@code null} for PKCE only
         * @return this
         */
        public Builder client(String id, String secret) {
            if (id == null || id.isBlank()) {
                throw new IllegalArgumentException(
                        "clientId must not be blank: set SPOTIFY_CLIENT_ID");
            }
            this.clientId = id.strip();
            this.clientSecret = secret == null || secret.isBlank() ? null : secret.strip();
            return this;
        }

        /** The address to listen on. @param address an IP or host name @return this */
        public Builder bind(String address) {
            if (address == null || address.isBlank()) {
                throw new IllegalArgumentException("bind must not be blank, e.g. 127.0.0.1");
            }
            this.bind = address.strip();
            return this;
        }

        /** The port. @param port 0-65535; 0 picks a free one @return this */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be 0-65535, got " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The URL users reach the server at, when it is behind a proxy (its {@code /callback} must
         * be a registered redirect URI); by default {@code http://127.0.0.1:PORT}.
         *
         * @param url an absolute http(s) URL without a path
         * @return this
         */
        public Builder publicUrl(String url) {
            this.publicUrl = URI.create(url(url, "publicUrl").replaceAll("/+$", ""));
            return this;
        }

        /** The clock of sessions, caches and the experiment. @param c the clock @return this */
        public Builder clock(Clock c) {
            this.clock = require(c, "clock");
            return this;
        }

        /** Where events go ({@link WebListener#SLF4J}). @param l the listener @return this */
        public Builder listener(WebListener l) {
            this.listener = require(l, "listener");
            return this;
        }

        /**
         * Session lifetimes.
         *
         * @param idle ended after this long without a request
         * @param maxAge ended this long after the login at the latest
         * @return this
         */
        public Builder sessionLifetime(Duration idle, Duration maxAge) {
            if (idle == null || idle.isNegative() || idle.isZero()) {
                throw new IllegalArgumentException("idle must be positive, got " + idle);
            }
            if (maxAge == null || maxAge.compareTo(idle) < 0) {
                throw new IllegalArgumentException("maxAge must be at least idle, got " + maxAge);
            }
            this.sessionIdle = idle;
            this.sessionMaxAge = maxAge;
            return this;
        }

        /**
         * How long a user's playlist contents and top items are reused.
         *
         * @param ttl zero or more
         * @return this
         */
        public Builder cacheTtl(Duration ttl) {
            if (ttl == null || ttl.isNegative()) {
                throw new IllegalArgumentException("cacheTtl must be zero or more, got " + ttl);
            }
            this.cacheTtl = ttl;
            return this;
        }

        /**
         * The recommendations the pages show.
         *
         * @param service an open service
         * @return this
         */
        public Builder recommendations(RecommendationService service) {
            backend.service(require(service, "recommendations"));
            return this;
        }

        /**
         * The warehouse the experiment's answers go to.
         *
         * @param warehouse an open, writable warehouse
         * @return this
         */
        public Builder warehouse(Warehouse warehouse) {
            backend.warehouse(require(warehouse, "warehouse"));
            return this;
        }

        /**
         * The seed of the experiment's list order and interleaving (random by default).
         *
         * @param seed any value
         * @return this
         */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /** More routes, registered after the app's own (tests use it to provoke failures). */
        Builder extraRoutes(java.util.function.Consumer<io.javalin.config.RoutesConfig> routes) {
            this.extraRoutes = require(routes, "extraRoutes");
            return this;
        }

        /** Where each user's tokens are kept; in memory unless a test wants to look at them. */
        Builder tokenStores(Supplier<TokenStore> stores) {
            this.tokenStores = require(stores, "tokenStores");
            return this;
        }

        Backend.Builder backend() {
            return backend;
        }

        /** {@return the server, not yet listening} @throws IllegalStateException without client */
        public WebServer build() {
            if (clientId == null) {
                throw new IllegalStateException(
                        "client(id, secret) is required: the app's Spotify client id");
            }
            return new WebServer(
                    new Settings(
                            apiUrl,
                            accountsUrl,
                            clientId,
                            clientSecret,
                            bind,
                            port,
                            publicUrl,
                            clock,
                            listener,
                            sessionIdle,
                            sessionMaxAge,
                            maxSessions,
                            cacheTtl,
                            tokenStores,
                            seed,
                            extraRoutes,
                            backend.build()));
        }

        private static String url(String url, String name) {
            URI u;
            try {
                u = URI.create(url == null ? "" : url.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(name + " is not a URL: " + url);
            }
            if (!("http".equals(u.getScheme()) || "https".equals(u.getScheme()))
                    || u.getHost() == null) {
                throw new IllegalArgumentException(
                        name + " must be an absolute http(s) URL, got " + url);
            }
            return u.toString();
        }

        private static <T> T require(T value, String name) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }
    }
}
