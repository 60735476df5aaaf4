package dev.spotrec.crawler;

import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.warehouse.Warehouse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Crawls the Spotify graph into a {@link Warehouse}, starting from seed searches (and browse where
 * the mode allows), expanding through artists, albums, tracks, playlists and their owners. The
 * frontier and the run's progress live in the warehouse and are checkpointed in the same
 * transaction as each round's data, so a crawl killed at any moment resumes with {@link
 * Builder#resume(boolean)} to the same final content.
 *
 * <pre>{@code
 * CrawlSummary s = Crawler.builder()
 *         .client(spotify).warehouse(wh)
 *         .seedQueries(List.of("jazz", "techno"))
 *         .maxRequests(10_000)
 *         .build().run();
 * }</pre>
 *
 * The crawler derives a variant of the client with its own event listener (to count requests,
 * retries and 429s), so a listener set on the given client is not called.
 */
public final class Crawler {
    private final Builder b;

    private Crawler(Builder b) {
        this.b = b;
    }

    /** {@return a builder} */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Crawls until the frontier is empty, a bound is reached, or a long 429 stops it.
     *
     * @return the summary (also stored with the crawl run)
     * @throws CrawlException for an unfinished crawl without resume, or a failure that stops it
     */
    public CrawlSummary run() {
        ClientStats stats = new ClientStats();
        SpotifyClient client = b.client.newBuilder().eventListener(stats).build();
        return new RunLoop(client, b.warehouse, stats, settings()).run();
    }

    private RunLoop.Settings settings() {
        return new RunLoop.Settings(
                List.copyOf(b.seeds),
                b.browse,
                b.userData,
                b.resume,
                b.maxRequests,
                b.maxDuration,
                b.concurrency,
                b.listener,
                b.clock);
    }

    /** Options of a crawl; setters reject bad values at once. */
    public static final class Builder {
        private SpotifyClient client;
        private Warehouse warehouse;
        private final List<String> seeds = new ArrayList<>();
        private boolean browse = true;
        private boolean userData;
        private boolean resume;
        private long maxRequests = Long.MAX_VALUE;
        private Duration maxDuration;
        private int concurrency = 8;
        private CrawlListener listener = CrawlListener.NONE;
        private Clock clock = Clock.systemUTC();

        private Builder() {}

        /** The API client (required). */
        public Builder client(SpotifyClient value) {
            this.client = require("client", value);
            return this;
        }

        /** The warehouse to crawl into (required); opened read-write. */
        public Builder warehouse(Warehouse value) {
            require("warehouse", value);
            if (value.isReadOnly()) {
                throw new IllegalArgumentException(
                        "warehouse " + value.url() + " is open read-only; the crawler writes");
            }
            this.warehouse = value;
            return this;
        }

        /** Seed search queries; each searches tracks, artists, albums and playlists. */
        public Builder seedQueries(List<String> queries) {
            for (String q : require("seedQueries", queries)) {
                if (q == null || q.isBlank()) {
                    throw new IllegalArgumentException(
                            "seed query must not be blank, got "
                                    + (q == null ? "null" : "'" + q + "'"));
                }
                seeds.add(q.strip());
            }
            return this;
        }

        /** Whether to seed from new releases and categories where the mode allows (true). */
        public Builder browse(boolean value) {
            this.browse = value;
            return this;
        }

        /** Whether the client is logged in as a user: seeds top items, saved tracks, playlists. */
        public Builder userData(boolean value) {
            this.userData = value;
            return this;
        }

        /** Continue the warehouse's unfinished crawl instead of requiring a finished one. */
        public Builder resume(boolean value) {
            this.resume = value;
            return this;
        }

        /** Stop starting rounds after this many requests (unbounded by default). */
        public Builder maxRequests(long value) {
            if (value < 1) {
                throw new IllegalArgumentException("maxRequests must be >= 1, got " + value);
            }
            this.maxRequests = value;
            return this;
        }

        /** Stop starting rounds after this long (unbounded by default). */
        public Builder maxDuration(Duration value) {
            if (value == null || value.isZero() || value.isNegative()) {
                throw new IllegalArgumentException(
                        "maxDuration must be a positive duration, got " + value);
            }
            this.maxDuration = value;
            return this;
        }

        /** The most frontier units fetched at once (8); halved on 429s, regrown by one a round. */
        public Builder concurrency(int value) {
            if (value < 1 || value > 256) {
                throw new IllegalArgumentException("concurrency must be 1-256, got " + value);
            }
            this.concurrency = value;
            return this;
        }

        /** Receives progress after each checkpoint. */
        public Builder listener(CrawlListener value) {
            this.listener = require("listener", value);
            return this;
        }

        /** The clock for durations (system UTC). */
        public Builder clock(Clock value) {
            this.clock = require("clock", value);
            return this;
        }

        /** {@return the crawler} @throws IllegalStateException without client or warehouse */
        public Crawler build() {
            if (client == null || warehouse == null) {
                throw new IllegalStateException("client and warehouse are required");
            }
            if (seeds.isEmpty() && !userData && !resume) {
                throw new IllegalStateException(
                        "give at least one seed query, userData(true) or resume(true)");
            }
            return new Crawler(this);
        }

        private static <T> T require(String name, T value) {
            if (value == null) {
                throw new IllegalArgumentException(name + " must not be null");
            }
            return value;
        }
    }
}
