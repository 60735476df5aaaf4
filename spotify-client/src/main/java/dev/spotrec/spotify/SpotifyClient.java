package dev.spotrec.spotify;

import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.internal.AccountsClient;
import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.AuthInterceptor;
import dev.spotrec.spotify.internal.Batcher;
import dev.spotrec.spotify.internal.ConditionalGetInterceptor;
import dev.spotrec.spotify.internal.EtagCache;
import dev.spotrec.spotify.internal.Events;
import dev.spotrec.spotify.internal.HttpTransport;
import dev.spotrec.spotify.internal.ModeState;
import dev.spotrec.spotify.internal.Pipeline;
import dev.spotrec.spotify.internal.RateLimitInterceptor;
import dev.spotrec.spotify.internal.RateLimiter;
import dev.spotrec.spotify.internal.RetryInterceptor;
import dev.spotrec.spotify.internal.TokenManager;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A client for the Spotify Web API. Build it once with {@link #builder()} and share it: it is
 * immutable and thread-safe, and calls may come from any number of (virtual) threads. Derive
 * variants with {@link #newBuilder()}; they share the HTTP connections, the rate limiter, the ETag
 * cache and the tokens of the original unless the changed settings concern them.
 *
 * <pre>{@code
 * SpotifyClient spotify = SpotifyClient.builder()
 *         .auth(SpotifyAuth.clientCredentials(clientId, clientSecret))
 *         .build();
 * List<Track> tracks = spotify.tracks().get(ids);       // any number of ids, ⌈n/50⌉ requests
 * try (Stream<PlaylistItem> items = spotify.playlists().items(playlistUrl)) {
 *     items.forEach(item -> System.out.println(item.item().name()));
 * }
 * }</pre>
 *
 * <p>Every call either returns or throws a {@link SpotifyApiException}. The request pipeline is:
 * retry with backoff, authentication, conditional GET, rate limit, then the {@link
 * java.net.http.HttpClient} transport.
 */
public final class SpotifyClient {

    private final ClientSettings settings;
    private final ClientSettings.Shared shared;
    private final Api api;
    private final Authorization authorization;
    private final Search search;
    private final Tracks tracks;
    private final Artists artists;
    private final Albums albums;
    private final Playlists playlists;
    private final Users users;
    private final Personalization personalization;
    private final Library library;
    private final Follow follow;
    private final Browse browse;
    private final Recommendations recommendations;

    SpotifyClient(ClientSettings settings, ClientSettings.Shared parts) {
        this.settings = settings;
        Random jitter = new Random(settings.seed());
        Pipeline.Transport transport =
                new HttpTransport(
                        parts.http(),
                        settings.requestTimeout(),
                        settings.maxConcurrentRequests(),
                        parts.events());
        RetryInterceptor retry =
                new RetryInterceptor(
                        settings.maxRetries(),
                        settings.retryBaseDelay(),
                        settings.retryMaxDelay(),
                        settings.sleeper(),
                        jitter,
                        parts.events());
        AccountsClient accounts =
                new AccountsClient(
                        new Pipeline(List.of(retry), transport),
                        settings.accountsBaseUrl(),
                        settings.clock(),
                        parts.events());
        TokenManager tokens =
                parts.tokens() != null
                        ? parts.tokens()
                        : new TokenManager(
                                settings.auth(),
                                accounts,
                                settings.clock(),
                                settings.tokenRefreshSkew());
        this.shared = parts.withTokens(tokens);
        Pipeline pipeline =
                new Pipeline(
                        List.of(
                                retry,
                                new AuthInterceptor(tokens),
                                new ConditionalGetInterceptor(parts.cache(), parts.events()),
                                new RateLimitInterceptor(
                                        parts.limiter(),
                                        settings.rateLimitCeiling(),
                                        settings.maxRateLimitPauses(),
                                        settings.clock(),
                                        parts.events())),
                        transport);
        this.api =
                new Api(
                        settings.apiBaseUrl(),
                        pipeline,
                        parts.mode(),
                        settings.clock(),
                        settings.market(),
                        settings.maxConcurrentRequests());
        Batcher batcher = new Batcher(api);
        this.authorization = new Authorization(settings, accounts, tokens);
        this.search = new Search(api);
        this.tracks = new Tracks(api, batcher);
        this.artists = new Artists(api, batcher);
        this.albums = new Albums(api, batcher);
        this.playlists = new Playlists(api);
        this.users = new Users(api);
        this.personalization = new Personalization(api);
        this.library = new Library(api);
        this.follow = new Follow(api);
        this.browse = new Browse(api);
        this.recommendations = new Recommendations(api);
    }

    /** {@return a builder with the defaults} */
    public static Builder builder() {
        return new Builder();
    }

    /** {@return a builder holding this client's settings, to derive a variant} */
    public Builder newBuilder() {
        return new Builder(settings, shared);
    }

    /** {@return search (every type, paged up to Spotify's offset cap of 1000)} */
    public Search search() {
        return search;
    }

    /** {@return tracks, batch lookups, audio features and audio analysis} */
    public Tracks tracks() {
        return tracks;
    }

    /** {@return artists, their albums, top tracks and related artists} */
    public Artists artists() {
        return artists;
    }

    /** {@return albums and their tracks} */
    public Albums albums() {
        return albums;
    }

    /** {@return playlists: get, items, create, add and remove items, a user's and mine} */
    public Playlists playlists() {
        return playlists;
    }

    /** {@return the current user and public profiles} */
    public Users users() {
        return users;
    }

    /** {@return the user's top artists and tracks} */
    public Personalization personalization() {
        return personalization;
    }

    /** {@return the user's library: saved tracks, save, remove, contains} */
    public Library library() {
        return library;
    }

    /** {@return followed artists} */
    public Follow follow() {
        return follow;
    }

    /** {@return new releases, categories, featured and category playlists, markets} */
    public Browse browse() {
        return browse;
    }

    /** {@return recommendations and genre seeds} */
    public Recommendations recommendations() {
        return recommendations;
    }

    /**
     * {@return the OAuth flows: authorize URL, code exchange, loopback login, client credentials}
     */
    public Authorization authorization() {
        return authorization;
    }

    /** {@return the app's mode: the explicit one, the detected one, or empty while unknown} */
    public Optional<ApiMode> mode() {
        return api.mode().get();
    }

    /** {@return the API base URL} */
    public URI apiBaseUrl() {
        return settings.apiBaseUrl();
    }

    /** {@return the Accounts service base URL} */
    public URI accountsBaseUrl() {
        return settings.accountsBaseUrl();
    }

    @Override
    public String toString() {
        return "SpotifyClient[" + settings + "]";
    }

    /**
     * Builds a {@link SpotifyClient}. Every setter rejects a bad value at once with a message
     * naming the argument and the value. Only {@link #auth(SpotifyAuth)} is required.
     */
    public static final class Builder {
        private SpotifyAuth auth;
        private URI apiBaseUrl = URI.create("https://api.spotify.com/v1");
        private URI accountsBaseUrl = URI.create("https://accounts.spotify.com");
        private ApiMode mode;
        private String market;
        private int maxConcurrentRequests = 16;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(30);
        private int maxRetries = 3;
        private Duration retryBaseDelay = Duration.ofMillis(250);
        private Duration retryMaxDelay = Duration.ofSeconds(8);
        private Duration rateLimitCeiling = Duration.ofSeconds(60);
        private int maxRateLimitPauses = 10;
        private Duration tokenRefreshSkew = Duration.ofSeconds(60);
        private long etagCacheBytes = 16L << 20;
        private SpotifyEventListener listener = SpotifyEventListener.NONE;
        private Clock clock = Clock.systemUTC();
        private Sleeper sleeper = Sleeper.SYSTEM;
        private long seed = System.nanoTime();
        private HttpClient http;
        private RateLimiter limiter;
        private EtagCache cache;
        private ModeState modeState;
        private TokenManager tokens;

        Builder() {}

        Builder(ClientSettings s, ClientSettings.Shared shared) {
            auth = s.auth();
            apiBaseUrl = s.apiBaseUrl();
            accountsBaseUrl = s.accountsBaseUrl();
            mode = s.mode();
            market = s.market();
            maxConcurrentRequests = s.maxConcurrentRequests();
            connectTimeout = s.connectTimeout();
            requestTimeout = s.requestTimeout();
            maxRetries = s.maxRetries();
            retryBaseDelay = s.retryBaseDelay();
            retryMaxDelay = s.retryMaxDelay();
            rateLimitCeiling = s.rateLimitCeiling();
            maxRateLimitPauses = s.maxRateLimitPauses();
            tokenRefreshSkew = s.tokenRefreshSkew();
            etagCacheBytes = s.etagCacheBytes();
            listener = s.listener();
            clock = s.clock();
            sleeper = s.sleeper();
            seed = s.seed();
            http = shared.http();
            limiter = shared.limiter();
            cache = shared.cache();
            modeState = shared.mode();
            tokens = shared.tokens();
        }

        /**
         * How to authenticate (required). @param auth see {@link SpotifyAuth} @return this builder
         */
        public Builder auth(SpotifyAuth auth) {
            this.auth = require("auth", auth);
            tokens = null;
            cache = null;
            return this;
        }

        /**
         * The Web API base, {@code https://api.spotify.com/v1} by default; point it at the emulator
         * for offline use. @param url an absolute http(s) URL @return this builder
         */
        public Builder apiBaseUrl(String url) {
            this.apiBaseUrl = baseUrl("apiBaseUrl", url);
            limiter = null;
            cache = null;
            modeState = null;
            return this;
        }

        /**
         * The Accounts service base, {@code https://accounts.spotify.com} by default.
         *
         * @param url an absolute http(s) URL @return this builder
         */
        public Builder accountsBaseUrl(String url) {
            this.accountsBaseUrl = baseUrl("accountsBaseUrl", url);
            tokens = null;
            return this;
        }

        /** The app's mode; unset, it is detected. @param mode the mode @return this builder */
        public Builder mode(ApiMode mode) {
            this.mode = require("mode", mode);
            modeState = null;
            return this;
        }

        /**
         * The market sent with calls that take one (ISO 3166-1 alpha-2, or {@code from_token}).
         *
         * @param market e.g. {@code SE} @return this builder
         */
        public Builder market(String market) {
            if (market == null || !(market.matches("[A-Z]{2}") || market.equals("from_token"))) {
                throw new IllegalArgumentException(
                        "market must be two upper-case letters (ISO 3166-1) or from_token, got "
                                + quote(market));
            }
            this.market = market;
            return this;
        }

        /**
         * The most requests in flight at once, for batches and paging, across all callers (16 by
         * default). @param n 1-1024 @return this builder
         */
        public Builder maxConcurrentRequests(int n) {
            this.maxConcurrentRequests = range("maxConcurrentRequests", n, 1, 1024);
            return this;
        }

        /** The connect timeout (10 s). @param timeout positive @return this builder */
        public Builder connectTimeout(Duration timeout) {
            this.connectTimeout = positive("connectTimeout", timeout);
            http = null;
            return this;
        }

        /** The time for one whole request (30 s). @param timeout positive @return this builder */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive("requestTimeout", timeout);
            return this;
        }

        /**
         * Retries of idempotent requests on 5xx, resets and timeouts (3), with jittered exponential
         * backoff from {@code base} up to {@code max}.
         *
         * @param retries 0-10 @param base first backoff @param max largest backoff @return this
         *     builder
         */
        public Builder retries(int retries, Duration base, Duration max) {
            this.maxRetries = range("retries", retries, 0, 10);
            this.retryBaseDelay = positive("base", base);
            this.retryMaxDelay = positive("max", max);
            if (max.compareTo(base) < 0) {
                throw new IllegalArgumentException(
                        "max backoff " + max + " is below the base " + base);
            }
            return this;
        }

        /**
         * The longest {@code Retry-After} pause the client sleeps through (60 s); longer ones throw
         * {@link RateLimitException}. @param ceiling positive @return this builder
         */
        public Builder rateLimitCeiling(Duration ceiling) {
            this.rateLimitCeiling = positive("rateLimitCeiling", ceiling);
            return this;
        }

        /** How many 429s one request may wait out (10). @param pauses 0-100 @return this builder */
        public Builder maxRateLimitPauses(int pauses) {
            this.maxRateLimitPauses = range("maxRateLimitPauses", pauses, 0, 100);
            return this;
        }

        /**
         * Renew tokens this long before they expire (60 s), for clock skew and request time.
         *
         * @param skew 0-10 min @return this builder
         */
        public Builder tokenRefreshSkew(Duration skew) {
            require("tokenRefreshSkew", skew);
            if (skew.isNegative() || skew.compareTo(Duration.ofMinutes(10)) > 0) {
                throw new IllegalArgumentException(
                        "tokenRefreshSkew must be 0-10 minutes, got " + skew);
            }
            this.tokenRefreshSkew = skew;
            tokens = null;
            return this;
        }

        /**
         * The ETag cache budget in bytes (16 MiB); 0 disables it. @param bytes ≥ 0 @return this
         * builder
         */
        public Builder etagCacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("etagCacheBytes must be >= 0, got " + bytes);
            }
            this.etagCacheBytes = bytes;
            cache = null;
            return this;
        }

        /**
         * Receives request, retry, throttle and cache events. @param listener the listener @return
         * this builder
         */
        public Builder eventListener(SpotifyEventListener listener) {
            this.listener = require("listener", listener);
            tokens = null;
            modeState = null;
            return this;
        }

        /** The time source (UTC system clock). @param clock the clock @return this builder */
        public Builder clock(Clock clock) {
            this.clock = require("clock", clock);
            limiter = null;
            tokens = null;
            return this;
        }

        /**
         * How the client waits ({@link Sleeper#SYSTEM}). @param sleeper the sleeper @return this
         * builder
         */
        public Builder sleeper(Sleeper sleeper) {
            this.sleeper = require("sleeper", sleeper);
            limiter = null;
            return this;
        }

        /** The seed of the backoff jitter. @param seed any value @return this builder */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * A preconfigured {@link HttpClient} (proxy, TLS); by default the client builds one for
         * HTTP/2. @param http the client @return this builder
         */
        public Builder httpClient(HttpClient http) {
            this.http = require("httpClient", http);
            return this;
        }

        /**
         * {@return the client}
         *
         * @throws IllegalStateException when {@link #auth(SpotifyAuth)} was not called
         */
        public SpotifyClient build() {
            if (auth == null) {
                throw new IllegalStateException(
                        "auth is required: call auth(SpotifyAuth.clientCredentials(id, secret)),"
                                + " auth(SpotifyAuth.user(id, secret, store)) or auth(SpotifyAuth.accessToken(token))");
            }
            ClientSettings settings =
                    new ClientSettings(
                            auth,
                            apiBaseUrl,
                            accountsBaseUrl,
                            mode,
                            market,
                            maxConcurrentRequests,
                            connectTimeout,
                            requestTimeout,
                            maxRetries,
                            retryBaseDelay,
                            retryMaxDelay,
                            rateLimitCeiling,
                            maxRateLimitPauses,
                            tokenRefreshSkew,
                            etagCacheBytes,
                            listener,
                            clock,
                            sleeper,
                            seed);
            Events events = new Events(listener);
            ClientSettings.Shared parts =
                    new ClientSettings.Shared(
                            http != null
                                    ? http
                                    : HttpClient.newBuilder()
                                            .connectTimeout(connectTimeout)
                                            .version(HttpClient.Version.HTTP_2)
                                            .followRedirects(HttpClient.Redirect.NORMAL)
                                            .build(),
                            limiter != null ? limiter : new RateLimiter(clock, sleeper),
                            cache != null ? cache : new EtagCache(etagCacheBytes),
                            modeState != null ? modeState : new ModeState(mode, events),
                            tokens,
                            events);
            return new SpotifyClient(settings, parts);
        }

        private static <T> T require(String name, T value) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }

        private static int range(String name, int value, int min, int max) {
            if (value < min || value > max) {
                throw new IllegalArgumentException(
                        name + " must be " + min + "-" + max + ", got " + value);
            }
            return value;
        }

        private static Duration positive(String name, Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(
                        name + " must be a positive duration, got " + value);
            }
            return value;
        }

        private static URI baseUrl(String name, String url) {
            URI uri;
            try {
                uri =
                        url == null
                                ? null
                                : new URI(
                                        url.endsWith("/")
                                                ? url.substring(0, url.length() - 1)
                                                : url);
            } catch (URISyntaxException e) {
                uri = null;
            }
            if (uri == null
                    || uri.getHost() == null
                    || uri.getRawQuery() != null
                    || uri.getRawFragment() != null
                    || !("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
                throw new IllegalArgumentException(
                        name
                                + " must be an absolute http(s) URL without query, such as "
                                + "https://api.spotify.com/v1 or http://127.0.0.1:8080/v1, got "
                                + quote(url));
            }
            return uri;
        }

        private static String quote(String s) {
            return s == null ? "null" : "\"" + s + "\"";
        }
    }
}
