package dev.spotrec.bench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's Web API on 127.0.0.1: batch and single track lookups and the items of one
 * playlist (through {@code /tracks}, 100 per page, and {@code /items}, 50 per page), each answered
 * after a fixed latency. Optionally a Spotify-like rate limit: at most {@code limit} accepted
 * requests in any rolling window of {@code window} ms; beyond it, 429 with {@code Retry-After} in
 * whole seconds until the oldest accepted request leaves the window (rejected requests are not
 * counted).
 *
 * <p>Control endpoints (no latency, not counted): {@code POST
 * /__reset?window_ms=W&limit=L&latency_ms=D} clears the counters and sets the limit (0 = none) and
 * latency; {@code GET /__stats} answers {@code requests throttled}.
 *
 * <p>Run alone: {@code java -cp ... dev.spotrec.bench.BenchServer [latencyMs] [tracks]}; it prints
 * {@code listening on http://127.0.0.1:PORT}.
 */
public final class BenchServer {

    private final BenchCatalog catalog;
    private volatile long latencyMs;
    private final AtomicLong requests = new AtomicLong();
    private final AtomicLong throttled = new AtomicLong();
    private final ArrayDeque<Long> accepted = new ArrayDeque<>();
    private long windowNanos;
    private int limit;
    private HttpServer server;

    BenchServer(BenchCatalog catalog, long latencyMs) {
        this.catalog = catalog;
        this.latencyMs = latencyMs;
    }

    /**
     * Starts a server and prints its address.
     *
     * @param args optional latency in ms (20) and number of tracks (10000)
     * @throws IOException when it cannot listen
     */
    public static void main(String[] args) throws IOException {
        long latency = args.length > 0 ? Long.parseLong(args[0]) : 20;
        int tracks = args.length > 1 ? Integer.parseInt(args[1]) : 10_000;
        BenchServer server = new BenchServer(new BenchCatalog(tracks, 2026), latency);
        int port = server.start();
        System.out.println("listening on http://127.0.0.1:" + port);
        System.out.flush();
    }

    int start() throws IOException {
        server =
                HttpServer.create(
                        new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 1024);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", this::handle);
        server.start();
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Map<String, String> query = query(exchange.getRequestURI().getRawQuery());
        exchange.getRequestBody().readAllBytes();
        if (path.startsWith("/__")) {
            control(exchange, path, query);
            return;
        }
        requests.incrementAndGet();
        long retryAfter = admit();
        sleep(latencyMs);
        if (retryAfter > 0) {
            throttled.incrementAndGet();
            exchange.getResponseHeaders().set("Retry-After", Long.toString(retryAfter));
            send(
                    exchange,
                    429,
                    "{\"error\":{\"status\":429,\"message\":\"API rate limit exceeded\"}}");
            return;
        }
        if (path.equals("/v1/tracks")) {
            send(exchange, 200, tracks(query.getOrDefault("ids", "")));
        } else if (path.startsWith("/v1/tracks/")) {
            int i = catalog.indexOf(path.substring("/v1/tracks/".length()));
            send(exchange, i < 0 ? 404 : 200, i < 0 ? error(404) : catalog.track(i));
        } else if (path.equals("/v1/playlists/" + BenchCatalog.PLAYLIST_ID + "/tracks")) {
            send(exchange, 200, page(path, query, 100));
        } else if (path.equals("/v1/playlists/" + BenchCatalog.PLAYLIST_ID + "/items")) {
            send(exchange, 200, page(path, query, 50));
        } else {
            send(exchange, 404, error(404));
        }
    }

    /** {@return 0 to serve, or the Retry-After seconds of a 429} */
    private synchronized long admit() {
        if (limit <= 0) {
            return 0;
        }
        long now = System.nanoTime();
        while (!accepted.isEmpty() && accepted.peekFirst() <= now - windowNanos) {
            accepted.pollFirst();
        }
        if (accepted.size() < limit) {
            accepted.addLast(now);
            return 0;
        }
        long until = accepted.peekFirst() + windowNanos - now;
        return Math.max(1, (until + 999_999_999L) / 1_000_000_000L);
    }

    private void control(HttpExchange exchange, String path, Map<String, String> query)
            throws IOException {
        if (path.equals("/__reset")) {
            synchronized (this) {
                windowNanos = Long.parseLong(query.getOrDefault("window_ms", "0")) * 1_000_000L;
                limit = Integer.parseInt(query.getOrDefault("limit", "0"));
                latencyMs =
                        Long.parseLong(query.getOrDefault("latency_ms", Long.toString(latencyMs)));
                accepted.clear();
            }
            requests.set(0);
            throttled.set(0);
            send(exchange, 200, "ok");
        } else {
            send(exchange, 200, requests.get() + " " + throttled.get());
        }
    }

    private byte[] tracks(String ids) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        out.writeBytes("{\"tracks\":[".getBytes(StandardCharsets.UTF_8));
        String[] parts = ids.split(",");
        for (int k = 0; k < parts.length; k++) {
            if (k > 0) {
                out.write(',');
            }
            int i = catalog.indexOf(parts[k]);
            out.writeBytes(i < 0 ? "null".getBytes(StandardCharsets.UTF_8) : catalog.track(i));
        }
        out.writeBytes("]}".getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private byte[] page(String path, Map<String, String> query, int maxLimit) {
        int total = catalog.ids().size();
        int offset = Integer.parseInt(query.getOrDefault("offset", "0"));
        int limit = Math.min(maxLimit, Integer.parseInt(query.getOrDefault("limit", "20")));
        String base = "https://api.spotify.com" + path;
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        out.writeBytes(
                ("{\"href\":\"" + base + "?offset=" + offset + "&limit=" + limit + "\",\"items\":[")
                        .getBytes(StandardCharsets.UTF_8));
        for (int i = offset; i < Math.min(total, offset + limit); i++) {
            if (i > offset) {
                out.write(',');
            }
            out.writeBytes(catalog.item(i));
        }
        String next =
                offset + limit < total
                        ? "\"" + base + "?offset=" + (offset + limit) + "&limit=" + limit + "\""
                        : "null";
        String previous =
                offset > 0
                        ? "\""
                                + base
                                + "?offset="
                                + Math.max(0, offset - limit)
                                + "&limit="
                                + limit
                                + "\""
                        : "null";
        out.writeBytes(
                ("],\"limit\":"
                                + limit
                                + ",\"next\":"
                                + next
                                + ",\"offset\":"
                                + offset
                                + ",\"previous\":"
                                + previous
                                + ",\"total\":"
                                + total
                                + "}")
                        .getBytes(StandardCharsets.UTF_8));
        return out.toByteArray();
    }

    private static byte[] error(int status) {
        return ("{\"error\":{\"status\":" + status + ",\"message\":\"Not found\"}}")
                .getBytes(StandardCharsets.UTF_8);
    }

    private static void send(HttpExchange exchange, int status, String body) throws IOException {
        send(exchange, status, body.getBytes(StandardCharsets.UTF_8));
    }

    private static void send(HttpExchange exchange, int status, byte[] body) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private static Map<String, String> query(String raw) {
        Map<String, String> out = new HashMap<>();
        if (raw == null) {
            return out;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                out.put(
                        pair.substring(0, eq),
                        java.net.URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return out;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
