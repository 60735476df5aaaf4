package dev.spotrec.crawler;

import dev.spotrec.spotify.ApiMode;
import dev.spotrec.spotify.AuthenticationException;
import dev.spotrec.spotify.EndpointUnavailableException;
import dev.spotrec.spotify.RateLimitException;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.warehouse.Batch;
import dev.spotrec.warehouse.CrawlRun;
import dev.spotrec.warehouse.FrontierEntry;
import dev.spotrec.warehouse.FrontierStatus;
import dev.spotrec.warehouse.Warehouse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * The crawl loop. Each round takes the lowest-depth pending type from the frontier, cuts it into
 * units of the per-call maximum, fetches up to {@link Adaptive#width()} units at once on virtual
 * threads, then writes the rows, the newly discovered entries, the settled entries and the run's
 * progress in ONE warehouse transaction. A kill between commits loses only the round in flight,
 * whose entries are still pending, so a resume re-fetches exactly those. The frontier's unique key
 * makes discovery idempotent: each entity is fetched once per crawl. O(entities) rounds' work plus
 * one frontier query a round.
 */
final class RunLoop {
    private static final int MAX_ATTEMPTS = 4;

    record Settings(
            List<String> seeds,
            boolean browse,
            boolean userData,
            boolean resume,
            long maxRequests,
            Duration maxDuration,
            int concurrency,
            CrawlListener listener,
            Clock clock) {}

    private final SpotifyClient client;
    private final Warehouse wh;
    private final ClientStats stats;
    private final Settings s;
    private final Adaptive width;
    private final Map<String, Long> entities = new TreeMap<>();
    private final Map<String, Long> skipped = new TreeMap<>();
    private final Map<String, String> skipReasons = new TreeMap<>();
    private long failed;
    private long runId;
    private Instant started;

    RunLoop(SpotifyClient client, Warehouse wh, ClientStats stats, Settings s) {
        this.client = client;
        this.wh = wh;
        this.stats = stats;
        this.s = s;
        this.width = new Adaptive(s.concurrency());
    }

    CrawlSummary run() {
        started = s.clock().instant();
        runId = wh.crawlRuns().stream().mapToLong(CrawlRun::runId).max().orElse(0) + 1;
        start();
        Expander expander = new Expander(client, runId);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            while (true) {
                if (stats.requests.get() >= s.maxRequests() || overTime()) {
                    return finish("limit", null);
                }
                List<FrontierEntry> pending = wh.frontier(FrontierStatus.PENDING, 4096);
                if (pending.isEmpty()) {
                    return finish("completed", null);
                }
                Instant quota = round(pool, expander, pending);
                if (quota != null) {
                    return finish("quota", quota);
                }
            }
        }
    }

    private void start() {
        boolean unfinished = wh.frontierCount(FrontierStatus.PENDING) > 0;
        if (unfinished && !s.resume()) {
            throw CrawlException.badInput(
                    "warehouse "
                            + wh.url()
                            + " holds an unfinished crawl; pass --resume to continue it");
        }
        try (Batch batch = wh.newBatch()) {
            if (!s.resume() || (!unfinished && wh.crawlRuns().isEmpty())) {
                for (String q : s.seeds()) {
                    batch.frontier(FrontierEntry.pending(Kind.SEARCH, q, 0));
                }
                if (s.browse()) {
                    batch.discover(FrontierEntry.pending(Kind.BROWSE, "new_releases", 0));
                    batch.discover(FrontierEntry.pending(Kind.BROWSE, "categories", 0));
                }
                if (s.userData()) {
                    MeExpander.PARTS.forEach(
                            p -> batch.discover(FrontierEntry.pending(Kind.ME, p, 0)));
                }
            }
            batch.crawlRun(runRow("running", null, null));
            batch.commit();
        }
    }

    /** One round; returns when to resume if a long 429 stopped it, else null. */
    private Instant round(ExecutorService pool, Expander expander, List<FrontierEntry> window) {
        List<FrontierEntry> pending = socialInDegreeOrder(window);
        String type = pickType(pending);
        int size = Kind.unitSize(type);
        List<List<FrontierEntry>> units = new ArrayList<>();
        List<FrontierEntry> current = new ArrayList<>();
        for (FrontierEntry e : pending) {
            if (!e.entityType().equals(type)) {
                continue;
            }
            current.add(e);
            if (current.size() == size) {
                units.add(current);
                current = new ArrayList<>();
                if (units.size() == width.width()) {
                    break;
                }
            }
        }
        if (!current.isEmpty() && units.size() < width.width()) {
            units.add(current);
        }
        long throttledBefore = stats.throttled.get();
        List<Future<Outcome>> futures = new ArrayList<>();
        for (List<FrontierEntry> unit : units) {
            futures.add(pool.submit(() -> expander.fetch(type, unit)));
        }
        Instant quota = null;
        List<Outcome> outcomes = new ArrayList<>();
        Throwable transport = null;
        int transportFailures = 0;
        for (int i = 0; i < units.size(); i++) {
            try {
                outcomes.add(futures.get(i).get());
            } catch (ExecutionException ex) {
                Throwable cause = ex.getCause();
                if (cause instanceof RateLimitException rl) {
                    quota = quota == null || rl.resumeAt().isAfter(quota) ? rl.resumeAt() : quota;
                } else {
                    if (isTransport(cause)) {
                        transport = cause;
                        transportFailures++;
                    }
                    outcomes.add(failedUnit(units.get(i), cause));
                }
            } catch (InterruptedException ex) {
                Thread.currentThread().interrupt();
                throw CrawlException.failure("interrupted while crawling", ex);
            }
        }
        if (transportFailures == units.size()) {
            // Nothing got through after the client's retries: the API is down or unreachable.
            // Stop without marking attempts, so a later --resume starts where this left off.
            throw CrawlException.failure(
                    "Spotify is unreachable: "
                            + transport.getMessage()
                            + "; check --api-url, --accounts-url and the network, then rerun with"
                            + " --resume",
                    transport);
        }
        checkpoint(outcomes);
        width.roundDone(stats.throttled.get() > throttledBefore);
        s.listener().progress(progress(type));
        return quota;
    }

    /**
     * The window without the social entries (seeds, playlists, users) deeper than its shallowest
     * social entry. A user's degree is fixed when it is first discovered, so the social graph is
     * expanded in degree order, like a breadth-first search (a 0-1 BFS: a user's playlists keep its
     * degree, a playlist's owner is one more): every owner is then first discovered at its least
     * degree, and owners up to {@link Kind#MAX_SOCIAL_DEGREE} have their playlists read whatever
     * order the rounds and their retries take. A round also never mixes degrees, so two discoveries
     * of one user in one batch agree. The window is in depth order, so its shallowest social entry
     * is the frontier's. O(window).
     */
    static List<FrontierEntry> socialInDegreeOrder(List<FrontierEntry> window) {
        int min = Integer.MAX_VALUE;
        for (FrontierEntry e : window) {
            if (Kind.isSocial(e.entityType())) {
                min = Math.min(min, e.depth());
            }
        }
        List<FrontierEntry> out = new ArrayList<>(window.size());
        for (FrontierEntry e : window) {
            if (!Kind.isSocial(e.entityType()) || e.depth() == min) {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * The type whose round runs the most units, full units first: batch types wait until they fill
     * a unit while other work is pending, so lookups stay near the per-call maxima. Ties go to the
     * lowest depth (the window is in depth order).
     */
    private String pickType(List<FrontierEntry> pending) {
        Map<String, Integer> counts = new java.util.LinkedHashMap<>();
        pending.forEach(e -> counts.merge(e.entityType(), 1, Integer::sum));
        String best = null;
        long bestScore = -1;
        for (Map.Entry<String, Integer> c : counts.entrySet()) {
            int unit = Kind.unitSize(c.getKey());
            long full = Math.min(c.getValue() / unit, width.width());
            // full units count double; a lone partial unit scores 1
            long score = full > 0 ? 2 * full : 1;
            if (score > bestScore) {
                best = c.getKey();
                bestScore = score;
            }
        }
        return best;
    }

    private static boolean isTransport(Throwable t) {
        return t instanceof SpotifyApiException api
                && !(t instanceof EndpointUnavailableException)
                && (api.status() == 0 || api.status() >= 500);
    }

    private Outcome failedUnit(List<FrontierEntry> unit, Throwable cause) {
        if (cause instanceof AuthenticationException a) {
            throw CrawlException.failure("authentication failed: " + a.getMessage(), a);
        }
        Outcome out = new Outcome();
        for (FrontierEntry e : unit) {
            if (cause instanceof EndpointUnavailableException u) {
                out.settle(e.with(FrontierStatus.SKIPPED, u.getMessage(), runId));
            } else if (cause instanceof SpotifyApiException api
                    && (api.status() == 404 || api.status() == 400)) {
                out.settle(e.with(FrontierStatus.FAILED, api.getMessage(), runId));
            } else if (e.attempts() + 1 >= MAX_ATTEMPTS) {
                out.settle(
                        new FrontierEntry(
                                e.entityType(),
                                e.entityId(),
                                FrontierStatus.FAILED,
                                e.depth(),
                                e.attempts() + 1,
                                String.valueOf(cause.getMessage()),
                                runId));
            } else {
                out.settle(
                        new FrontierEntry(
                                e.entityType(),
                                e.entityId(),
                                FrontierStatus.PENDING,
                                e.depth(),
                                e.attempts() + 1,
                                String.valueOf(cause.getMessage()),
                                runId));
            }
        }
        return out;
    }

    private void checkpoint(List<Outcome> outcomes) {
        try (Batch batch = wh.newBatch()) {
            for (Outcome o : outcomes) {
                o.applyTo(batch);
            }
            batch.crawlRun(runRow("running", null, null));
            batch.commit();
        }
        for (Outcome o : outcomes) {
            o.storedTypes().forEach(t -> entities.merge(t, 1L, Long::sum));
            for (FrontierEntry e : o.settled()) {
                if (e.status() == FrontierStatus.SKIPPED) {
                    skipped.merge(e.entityType(), 1L, Long::sum);
                    skipReasons.putIfAbsent(e.entityType(), e.reason());
                } else if (e.status() == FrontierStatus.FAILED) {
                    failed++;
                }
            }
        }
    }

    private CrawlSummary finish(String status, Instant resumeAt) {
        long pending = wh.frontierCount(FrontierStatus.PENDING);
        CrawlSummary summary =
                new CrawlSummary(
                        runId,
                        status,
                        mode(),
                        stats.requests.get(),
                        stats.retries.get(),
                        stats.throttled.get(),
                        entities,
                        skipped,
                        skipReasons,
                        failed,
                        pending,
                        resumeAt,
                        Duration.between(started, s.clock().instant()).toMillis());
        try (Batch batch = wh.newBatch()) {
            batch.crawlRun(runRow(status, s.clock().instant(), summary.toJson()));
            batch.commit();
        }
        return summary;
    }

    private CrawlRun runRow(String status, Instant finished, String summary) {
        return new CrawlRun(
                runId,
                started,
                finished,
                status,
                mode(),
                client.apiBaseUrl().toString(),
                stats.requests.get(),
                entities.values().stream().mapToLong(Long::longValue).sum(),
                summary);
    }

    private String mode() {
        return client.mode()
                .map(m -> m == ApiMode.DEVELOPMENT ? "development" : "extended")
                .orElse(null);
    }

    private boolean overTime() {
        return s.maxDuration() != null
                && Duration.between(started, s.clock().instant()).compareTo(s.maxDuration()) >= 0;
    }

    private CrawlProgress progress(String type) {
        double secs =
                Math.max(1e-3, Duration.between(started, s.clock().instant()).toMillis() / 1e3);
        return new CrawlProgress(
                stats.requests.get(),
                stats.requests.get() / secs,
                stats.throttled.get(),
                width.width(),
                entities,
                type);
    }
}
