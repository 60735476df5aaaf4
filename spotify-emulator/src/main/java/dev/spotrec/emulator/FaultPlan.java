package dev.spotrec.emulator;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Named, seeded fault effects, like MockWebServer's socket effects, applied to requests whose path
 * starts with {@link #paths()}. Each request draws, in this order, a connection reset, a truncated
 * body, a stall, a 5xx and the start of a 429 burst, each with its own rate; the first that fires
 * is applied. Added latency applies to every selected request. After {@link #limit()} faults the
 * emulator behaves, so {@code 5xx=1,limit=2} fails exactly the next two requests.
 *
 * <p>The spec form (for {@code --faults} and the admin endpoint) is comma-separated {@code
 * key=value} pairs, or {@code none}:
 *
 * <pre>
 * seed=7            seed of the draws (default 1); the same seed and request order give the same faults
 * 5xx=0.1           rate of 500/502/503 answers with Spotify's error body
 * 429=0.05x5        rate at which a burst of 429s starts, and its length in requests (default 1)
 * retry-after=2     Retry-After seconds of burst 429s (default 1)
 * latency=50ms      added latency, fixed or a range such as 20ms..80ms
 * stall=0.01/10s    rate of stalls and how long the server then stays silent (default 30s)
 * truncate=0.05     rate of bodies cut in half, the connection closed mid-body
 * reset=0.02        rate of connections reset (TCP RST) before any response
 * limit=3           at most this many faults in total (default unlimited)
 * paths=/v1/tracks  only requests whose path starts with this (default /v1/)
 * </pre>
 *
 * Rates are decimals in [0, 1] or percentages such as {@code 10%}.
 *
 * @param seed seed of the random draws
 * @param serverErrorRate rate of 5xx answers
 * @param burstRate rate at which a 429 burst starts
 * @param burstLength requests in each 429 burst
 * @param retryAfterSeconds Retry-After of burst 429s
 * @param latencyMin smallest added latency
 * @param latencyMax largest added latency
 * @param stallRate rate of stalls
 * @param stall how long a stall lasts
 * @param truncateRate rate of truncated bodies
 * @param resetRate rate of connection resets
 * @param limit most faults in total
 * @param paths path prefix of affected requests
 */
public record FaultPlan(
        long seed,
        double serverErrorRate,
        double burstRate,
        int burstLength,
        int retryAfterSeconds,
        Duration latencyMin,
        Duration latencyMax,
        double stallRate,
        Duration stall,
        double truncateRate,
        double resetRate,
        long limit,
        String paths) {
    private static final FaultPlan NONE =
            new FaultPlan(
                    1,
                    0,
                    0,
                    1,
                    1,
                    Duration.ZERO,
                    Duration.ZERO,
                    0,
                    Duration.ofSeconds(30),
                    0,
                    0,
                    Long.MAX_VALUE,
                    "/v1/");
    private static final String KEYS =
            "seed, 5xx, 429, retry-after, latency, stall, truncate, reset, limit, paths";

    /** Validates the arguments. */
    public FaultPlan {
        rate("5xx", serverErrorRate);
        rate("429", burstRate);
        rate("stall", stallRate);
        rate("truncate", truncateRate);
        rate("reset", resetRate);
        if (burstLength < 1) {
            throw new IllegalArgumentException(
                    "faults: 429 burst length must be >= 1, got " + burstLength);
        }
        if (retryAfterSeconds < 0) {
            throw new IllegalArgumentException(
                    "faults: retry-after must be >= 0 seconds, got " + retryAfterSeconds);
        }
        if (latencyMin == null
                || latencyMax == null
                || latencyMin.isNegative()
                || latencyMax.compareTo(latencyMin) < 0) {
            throw new IllegalArgumentException(
                    "faults: latency range must be 0 <= min <= max, got "
                            + latencyMin
                            + ".."
                            + latencyMax);
        }
        if (stall == null || stall.isNegative()) {
            throw new IllegalArgumentException("faults: stall duration must be >= 0, got " + stall);
        }
        if (limit < 0) {
            throw new IllegalArgumentException("faults: limit must be >= 0, got " + limit);
        }
        if (paths == null || !paths.startsWith("/")) {
            throw new IllegalArgumentException(
                    "faults: paths must start with '/', got '" + paths + "'");
        }
    }

    /** No faults at all. */
    public static FaultPlan none() {
        return NONE;
    }

    /** Whether this plan can affect anything. */
    public boolean isNone() {
        return serverErrorRate == 0
                && burstRate == 0
                && stallRate == 0
                && truncateRate == 0
                && resetRate == 0
                && latencyMax.isZero();
    }

    /**
     * Parses the spec form described above.
     *
     * @throws IllegalArgumentException naming the bad key or value
     */
    public static FaultPlan parse(String spec) {
        if (spec == null || spec.isBlank() || spec.strip().equalsIgnoreCase("none")) {
            return NONE;
        }
        Map<String, String> kv = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            if (part.isBlank()) {
                continue;
            }
            int eq = part.indexOf('=');
            if (eq < 0) {
                throw new IllegalArgumentException(
                        "faults '"
                                + spec
                                + "': '"
                                + part.strip()
                                + "' is not KEY=VALUE; keys are "
                                + KEYS);
            }
            String key = part.substring(0, eq).strip().toLowerCase(Locale.ROOT);
            if (kv.put(key, part.substring(eq + 1).strip()) != null) {
                throw new IllegalArgumentException(
                        "faults '" + spec + "': key '" + key + "' given twice");
            }
        }
        return new SpecReader(spec, kv).read();
    }

    /** The canonical spec, which parses back to an equal plan. */
    @Override
    public String toString() {
        if (this.equals(NONE)) {
            return "none";
        }
        StringBuilder sb = new StringBuilder("seed=").append(seed);
        if (serverErrorRate > 0) {
            sb.append(",5xx=").append(serverErrorRate);
        }
        if (burstRate > 0) {
            sb.append(",429=").append(burstRate).append('x').append(burstLength);
        }
        sb.append(",retry-after=").append(retryAfterSeconds);
        if (!latencyMax.isZero()) {
            sb.append(",latency=")
                    .append(latencyMin.toMillis())
                    .append("ms..")
                    .append(latencyMax.toMillis())
                    .append("ms");
        }
        if (stallRate > 0) {
            sb.append(",stall=")
                    .append(stallRate)
                    .append('/')
                    .append(stall.toMillis())
                    .append("ms");
        }
        if (truncateRate > 0) {
            sb.append(",truncate=").append(truncateRate);
        }
        if (resetRate > 0) {
            sb.append(",reset=").append(resetRate);
        }
        if (limit != Long.MAX_VALUE) {
            sb.append(",limit=").append(limit);
        }
        return sb.append(",paths=").append(paths).toString();
    }

    private static void rate(String key, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(
                    "faults: " + key + " rate must be in [0, 1], got " + value);
        }
    }

    /** Typed reads of the pairs, with errors naming the key and the spec. */
    private record SpecReader(String spec, Map<String, String> kv) {
        FaultPlan read() {
            long seed = integer("seed", 1);
            double err = rate("5xx", kv.remove("5xx"));
            String burst = kv.remove("429");
            double burstRate = 0;
            int burstLength = 1;
            if (burst != null) {
                int x = burst.toLowerCase(Locale.ROOT).indexOf('x');
                burstRate = rate("429", x < 0 ? burst : burst.substring(0, x));
                burstLength = x < 0 ? 1 : (int) parseLong("429", burst.substring(x + 1));
            }
            int retryAfter = (int) integer("retry-after", 1);
            Duration[] latency = latency(kv.remove("latency"));
            String stallValue = kv.remove("stall");
            double stallRate = 0;
            Duration stall = Duration.ofSeconds(30);
            if (stallValue != null) {
                int slash = stallValue.indexOf('/');
                stallRate = rate("stall", slash < 0 ? stallValue : stallValue.substring(0, slash));
                if (slash >= 0) {
                    stall = duration("stall", stallValue.substring(slash + 1));
                }
            }
            double truncate = rate("truncate", kv.remove("truncate"));
            double reset = rate("reset", kv.remove("reset"));
            long limit = integer("limit", Long.MAX_VALUE);
            String paths = kv.containsKey("paths") ? kv.remove("paths") : "/v1/";
            if (!kv.isEmpty()) {
                throw new IllegalArgumentException(
                        "faults '"
                                + spec
                                + "': unknown key '"
                                + kv.keySet().iterator().next()
                                + "'; keys are "
                                + KEYS);
            }
            try {
                return new FaultPlan(
                        seed,
                        err,
                        burstRate,
                        burstLength,
                        retryAfter,
                        latency[0],
                        latency[1],
                        stallRate,
                        stall,
                        truncate,
                        reset,
                        limit,
                        paths);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("faults '" + spec + "': " + e.getMessage(), e);
            }
        }

        private long integer(String key, long dflt) {
            String v = kv.remove(key);
            return v == null ? dflt : parseLong(key, v);
        }

        private long parseLong(String key, String v) {
            try {
                return Long.parseLong(v.strip());
            } catch (NumberFormatException e) {
                throw bad(key, "an integer", v);
            }
        }

        private double rate(String key, String v) {
            if (v == null) {
                return 0;
            }
            try {
                String s = v.strip();
                double r =
                        s.endsWith("%")
                                ? Double.parseDouble(s.substring(0, s.length() - 1)) / 100
                                : Double.parseDouble(s);
                if (!(r >= 0 && r <= 1)) {
                    throw bad(key, "a rate in [0, 1] or a percentage", v);
                }
                return r;
            } catch (NumberFormatException e) {
                throw bad(key, "a rate such as 0.1 or 10%", v);
            }
        }

        private Duration[] latency(String v) {
            if (v == null) {
                return new Duration[] {Duration.ZERO, Duration.ZERO};
            }
            int dots = v.indexOf("..");
            Duration lo = duration("latency", dots < 0 ? v : v.substring(0, dots));
            Duration hi = dots < 0 ? lo : duration("latency", v.substring(dots + 2));
            return new Duration[] {lo, hi};
        }

        private Duration duration(String key, String v) {
            String s = v.strip().toLowerCase(Locale.ROOT);
            try {
                if (s.endsWith("ms")) {
                    return Duration.ofMillis(Long.parseLong(s.substring(0, s.length() - 2)));
                } else if (s.endsWith("s")) {
                    return Duration.ofMillis(
                            Math.round(Double.parseDouble(s.substring(0, s.length() - 1)) * 1000));
                } else if (s.endsWith("m")) {
                    return Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)));
                }
            } catch (NumberFormatException e) {
                throw bad(key, "a duration such as 250ms, 2s or 1m", v);
            }
            throw bad(key, "a duration such as 250ms, 2s or 1m", v);
        }

        private IllegalArgumentException bad(String key, String what, String value) {
            return new IllegalArgumentException(
                    "faults '"
                            + spec
                            + "': key '"
                            + key
                            + "' must be "
                            + what
                            + ", got '"
                            + value
                            + "'");
        }
    }
}
