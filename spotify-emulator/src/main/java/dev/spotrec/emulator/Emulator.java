package dev.spotrec.emulator;

import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.World;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.emulator.internal.Engine;
import dev.spotrec.emulator.internal.EngineConfig;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A local Spotify Web API ({@code /v1/...}) and Accounts service ({@code /api/token}, {@code
 * /authorize}) over a {@link World}, for tests, the demo and offline development. Like
 * MockWebServer it records requests and applies named fault effects; unlike it, it answers the
 * whole API from the world, in Spotify's shapes, with Spotify's errors and the restrictions of the
 * chosen {@link Mode}.
 *
 * <pre>{@code
 * try (Emulator spotify = Emulator.builder()
 *         .world("synthetic:seed=7,users=200")
 *         .mode(Mode.DEVELOPMENT)
 *         .faults("5xx=0.1,seed=3")
 *         .start()) {
 *     URI api = URI.create(spotify.apiUrl());          // http://127.0.0.1:PORT/v1
 *     String token = spotify.userToken("user-1", Set.of("user-top-read"));
 *     ...
 *     assertThat(spotify.takeRequest(Duration.ofSeconds(1)).path()).isEqualTo("/v1/me/top/tracks");
 * }
 * }</pre>
 *
 * <p>Thread-safe. Binds to {@code 127.0.0.1} unless told otherwise.
 */
public final class Emulator implements AutoCloseable {
    private final Engine engine;

    private Emulator(Engine engine) {
        this.engine = engine;
    }

    /** A builder with the defaults: synthetic default world, extended mode, no faults. */
    public static Builder builder() {
        return new Builder();
    }

    /** The bound port. */
    public int port() {
        return engine.port();
    }

    /** {@code http://127.0.0.1:PORT}: the Accounts service's base URL. */
    public String baseUrl() {
        return engine.baseUrl();
    }

    /** {@code http://127.0.0.1:PORT/v1}: the Web API's base URL. */
    public String apiUrl() {
        return engine.baseUrl() + "/v1";
    }

    /** The Accounts service's base URL (the same server as the API). */
    public String accountsUrl() {
        return engine.baseUrl();
    }

    public Mode mode() {
        return engine.config().mode();
    }

    /** The world as loaded; API changes (created playlists, saved tracks) are not in it. */
    public World world() {
        return engine.config().world();
    }

    /** The recorded requests, oldest first (at most the configured capacity). */
    public List<RecordedRequest> requests() {
        return engine.requests();
    }

    /** The oldest request not yet taken, waiting up to {@code timeout}; null when none came. */
    public RecordedRequest takeRequest(Duration timeout) {
        try {
            return engine.take(timeout);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new EmulatorException("interrupted while waiting for a request", e);
        }
    }

    /** Forgets every recorded request. */
    public void clearRequests() {
        engine.clearRequests();
    }

    /** The fault plan in force. */
    public FaultPlan faults() {
        return engine.faults();
    }

    /** Replaces the fault plan; its draws and limit start afresh. */
    public void faults(FaultPlan plan) {
        if (plan == null) {
            throw new IllegalArgumentException("faults must not be null; use FaultPlan.none()");
        }
        engine.faults(plan);
    }

    /** Replaces the fault plan from its spec form (see {@link FaultPlan}). */
    public void faults(String spec) {
        engine.faults(FaultPlan.parse(spec));
    }

    /**
     * An access token for {@code userId} of the demo client, as after consent with {@code scopes}.
     */
    public String userToken(String userId, Set<String> scopes) {
        return (String) userTokens(ClientApp.DEMO.id(), userId, scopes).get("access_token");
    }

    /**
     * The token response ({@code access_token}, {@code refresh_token}, {@code expires_in}, {@code
     * scope}) for {@code userId} of {@code clientId}, skipping the consent page.
     *
     * @throws IllegalArgumentException for an unknown client, user or scope
     */
    public Map<String, Object> userTokens(String clientId, String userId, Set<String> scopes) {
        return engine.issueUserTokens(clientId, userId, scopes);
    }

    /** A client-credentials access token of {@code clientId}. */
    public String clientToken(String clientId) {
        return engine.issueClientToken(clientId);
    }

    /** Revokes every refresh token of the user; refreshing then gives {@code invalid_grant}. */
    public int revokeRefreshTokens(String userId) {
        return engine.revokeUser(userId);
    }

    /** Revokes one refresh token; returns whether it was known. */
    public boolean revokeRefreshToken(String refreshToken) {
        return engine.revokeRefreshToken(refreshToken);
    }

    /** The playlist as it is now, with API changes. */
    public Optional<Playlist> playlist(String id) {
        return engine.playlist(id);
    }

    /** The playlists the user owns now, those created through the API first. */
    public List<Playlist> playlistsOwnedBy(String userId) {
        return engine.playlistsOwnedBy(userId);
    }

    /** Stops the server. */
    @Override
    public void close() {
        engine.stop();
    }

    @Override
    public String toString() {
        return "Emulator[" + engine.baseUrl() + ", mode=" + mode().cliName() + "]";
    }

    /**
     * Configures and starts an emulator. Every setter rejects a bad value at once with a message
     * naming the argument and the value.
     */
    public static final class Builder {
        private World world;
        private String worldSpec = "synthetic:";
        private Mode mode = Mode.EXTENDED;
        private FaultPlan faults = FaultPlan.none();
        private String host = "127.0.0.1";
        private int port;
        private final Map<String, ClientApp> clients = new LinkedHashMap<>();
        private Duration tokenLifetime = Duration.ofHours(1);
        private Duration refreshLifetime = Duration.ofDays(182);
        private Duration codeLifetime = Duration.ofMinutes(10);
        private Clock clock = Clock.systemUTC();
        private int rateLimit;
        private Duration rateWindow = Duration.ofSeconds(30);
        private long dailyQuota;
        private String autoConsentUser;
        private EmulatorListener listener = new EmulatorListener() {};
        private int recordCapacity = 10_000;
        private int maxAppUsers = 5;

        private Builder() {
            clients.put(ClientApp.DEMO.id(), ClientApp.DEMO);
        }

        /** The world to serve. */
        public Builder world(World value) {
            if (value == null) {
                throw new IllegalArgumentException("world must not be null");
            }
            world = value;
            return this;
        }

        /**
         * The world to serve, as a spec such as {@code synthetic:seed=7} (loaded by {@link
         * #start()}).
         */
        public Builder world(String spec) {
            dev.spotrec.datasets.WorldSpec.parse(spec);
            world = null;
            worldSpec = spec;
            return this;
        }

        public Builder mode(Mode value) {
            if (value == null) {
                throw new IllegalArgumentException("mode must not be null");
            }
            mode = value;
            return this;
        }

        public Builder faults(FaultPlan value) {
            if (value == null) {
                throw new IllegalArgumentException("faults must not be null; use FaultPlan.none()");
            }
            faults = value;
            return this;
        }

        /** Faults in the spec form of {@link FaultPlan}. */
        public Builder faults(String spec) {
            faults = FaultPlan.parse(spec);
            return this;
        }

        /** The address to bind; {@code 127.0.0.1} by default. */
        public Builder host(String value) {
            if (value == null || value.isBlank()) {
                throw new IllegalArgumentException("host must not be blank, got '" + value + "'");
            }
            host = value.strip();
            return this;
        }

        /** The port, 0 (the default) for an ephemeral one. */
        public Builder port(int value) {
            if (value < 0 || value > 65535) {
                throw new IllegalArgumentException("port must be in [0, 65535], got " + value);
            }
            port = value;
            return this;
        }

        /** Registers an app besides {@code demo-client}; an app with the same id replaces it. */
        public Builder client(ClientApp value) {
            if (value == null) {
                throw new IllegalArgumentException("client must not be null");
            }
            clients.put(value.id(), value);
            return this;
        }

        /** Access token lifetime, 3600 s by default. */
        public Builder tokenLifetime(Duration value) {
            tokenLifetime = positive("tokenLifetime", value);
            return this;
        }

        /** Refresh token lifetime from the user's authorisation, 182 days by default. */
        public Builder refreshTokenLifetime(Duration value) {
            refreshLifetime = positive("refreshTokenLifetime", value);
            return this;
        }

        /** Authorization code lifetime, 10 minutes by default. */
        public Builder codeLifetime(Duration value) {
            codeLifetime = positive("codeLifetime", value);
            return this;
        }

        /** The clock for token expiry, rate limits and timestamps; tests pass a fake one. */
        public Builder clock(Clock value) {
            if (value == null) {
                throw new IllegalArgumentException("clock must not be null");
            }
            clock = value;
            return this;
        }

        /**
         * At most {@code count} requests per client in a rolling 30 s window (0, the default:
         * none).
         */
        public Builder rateLimit(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("rateLimit must be >= 0, got " + count);
            }
            rateLimit = count;
            return this;
        }

        /** The rate limit's rolling window, 30 s by default. */
        public Builder rateLimitWindow(Duration value) {
            rateWindow = positive("rateLimitWindow", value);
            return this;
        }

        /**
         * At most {@code count} requests per client per UTC day, then {@code QUOTA_EXCEEDED} (0:
         * none).
         */
        public Builder dailyQuota(long count) {
            if (count < 0) {
                throw new IllegalArgumentException("dailyQuota must be >= 0, got " + count);
            }
            dailyQuota = count;
            return this;
        }

        /** Makes {@code GET /authorize} approve at once as {@code userId}, without the page. */
        public Builder autoConsent(String userId) {
            if (userId == null || userId.isBlank()) {
                throw new IllegalArgumentException(
                        "autoConsent user must not be blank, got '" + userId + "'");
            }
            autoConsentUser = userId;
            return this;
        }

        public Builder listener(EmulatorListener value) {
            if (value == null) {
                throw new IllegalArgumentException("listener must not be null");
            }
            listener = value;
            return this;
        }

        /**
         * How many requests to keep for {@link #requests()} (10,000 by default; 0 records none).
         */
        public Builder recordCapacity(int value) {
            if (value < 0) {
                throw new IllegalArgumentException("recordCapacity must be >= 0, got " + value);
            }
            recordCapacity = value;
            return this;
        }

        /**
         * Loads the world if given as a spec, binds the port and starts serving.
         *
         * @throws dev.spotrec.datasets.DatasetFormatException when the world's files are missing or
         *     corrupt
         * @throws EmulatorException when the port cannot be bound
         * @throws IllegalArgumentException when the auto-consent user is not in the world
         */
        public Emulator start() {
            World w = world;
            if (w == null) {
                // Jetty's and Javalin's class loading overlaps the world generation on another
                // core.
                Thread.ofPlatform().daemon().name("spotrec-emulator-warmup").start(Engine::warmUp);
                w = Worlds.load(worldSpec);
            }
            if (autoConsentUser != null && w.user(autoConsentUser).isEmpty()) {
                throw new IllegalArgumentException(
                        "autoConsent user '" + autoConsentUser + "' is not a user of the world");
            }
            Engine engine =
                    new Engine(
                            new EngineConfig(
                                    w,
                                    mode,
                                    faults,
                                    host,
                                    port,
                                    Map.copyOf(clients),
                                    tokenLifetime,
                                    refreshLifetime,
                                    codeLifetime,
                                    clock,
                                    rateLimit,
                                    rateWindow,
                                    dailyQuota,
                                    autoConsentUser,
                                    listener,
                                    recordCapacity,
                                    maxAppUsers));
            engine.start();
            return new Emulator(engine);
        }

        private static Duration positive(String name, Duration value) {
            if (value == null || value.isNegative() || value.isZero()) {
                throw new IllegalArgumentException(
                        name + " must be a positive duration, got " + value);
            }
            return value;
        }
    }
}
