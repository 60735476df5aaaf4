package dev.spotrec.spotify.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A one-shot HTTP listener on {@code http://127.0.0.1:PORT/callback} (never {@code localhost},
 * which Spotify refuses) that receives the authorization redirect. It answers the browser with a
 * short page and hands the query parameters to the waiting login.
 */
public final class LoopbackReceiver implements AutoCloseable {

    private final HttpServer server;
    private final CompletableFuture<Map<String, String>> callback = new CompletableFuture<>();

    private LoopbackReceiver(int port) throws IOException {
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        server = HttpServer.create(new InetSocketAddress(loopback, port), 0);
        server.createContext("/callback", this::handle);
        server.start();
    }

    /**
     * Starts listening.
     *
     * @param port the port, or 0 for any free port
     * @return the receiver
     */
    public static LoopbackReceiver start(int port) {
        try {
            return new LoopbackReceiver(port);
        } catch (IOException e) {
            throw new UncheckedIOException(
                    "cannot listen on 127.0.0.1:"
                            + port
                            + " for the login redirect ("
                            + e.getMessage()
                            + "); choose another port",
                    e);
        }
    }

    /** {@return the redirect URI to register and send, {@code http://127.0.0.1:PORT/callback}} */
    public URI redirectUri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/callback");
    }

    /**
     * Waits for the redirect.
     *
     * @param timeout how long the user has to log in
     * @return the query parameters of the redirect
     * @throws TimeoutException when nobody logged in in time
     * @throws InterruptedException when interrupted
     */
    public Map<String, String> await(Duration timeout)
            throws TimeoutException, InterruptedException {
        try {
            return callback.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        Map<String, String> params = parse(exchange.getRequestURI().getRawQuery());
        boolean ok = params.containsKey("code");
        byte[] page =
                (ok
                                ? "Logged in to spotrec. You can close this tab."
                                : "Login failed: "
                                        + params.getOrDefault("error", "no code")
                                        + ". You can close this tab.")
                        .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(ok ? 200 : 400, page.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(page);
        }
        callback.complete(params);
    }

    private static Map<String, String> parse(String query) {
        Map<String, String> params = new HashMap<>();
        if (query == null) {
            return params;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                params.put(
                        URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return params;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
