package dev.spotrec.spotify.testing;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A scriptable Web API and Accounts service on 127.0.0.1 and an ephemeral port, in the manner of
 * MockWebServer: queued replies are served first, then the dispatcher; every request is recorded.
 * As a JUnit 5 extension ({@code @RegisterExtension}) it starts before and stops after each test.
 * The default dispatcher answers {@code POST /api/token} with a fresh client-credentials token
 * ({@code token-1}, {@code token-2}, ...) and everything else with 404.
 *
 * <p>Kept in test scope; the spotify-emulator module replaces it where a whole world is needed.
 */
public final class FakeSpotifyServer
        implements BeforeEachCallback, AfterEachCallback, AutoCloseable {

    private final ArrayDeque<FakeResponse> queue = new ArrayDeque<>();
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final AtomicInteger tokens = new AtomicInteger();
    private volatile Function<RecordedRequest, FakeResponse> dispatcher = request -> null;
    private volatile Clock clock = Clock.systemUTC();
    private HttpServer server;
    private ExecutorService executor;

    /** {@return this server, started} */
    public FakeSpotifyServer start() {
        try {
            server =
                    HttpServer.create(
                            new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 100);
        } catch (IOException e) {
            throw new IllegalStateException("cannot start the fake server", e);
        }
        executor = Executors.newVirtualThreadPerTaskExecutor();
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
        return this;
    }

    /** {@return the Web API base, {@code http://127.0.0.1:PORT/v1}} */
    public String apiBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** {@return the Accounts base, {@code http://127.0.0.1:PORT}} */
    public String accountsBase() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers requests the queue does not; return {@code null} to fall back to the default. */
    public void dispatcher(Function<RecordedRequest, FakeResponse> dispatcher) {
        this.dispatcher = dispatcher;
    }

    /** Queues replies served in order before the dispatcher. @param responses the replies */
    public synchronized void enqueue(FakeResponse... responses) {
        queue.addAll(List.of(responses));
    }

    /** Stamps recorded requests with this clock's time. @param clock e.g. a {@link FakeTime} */
    public void clock(Clock clock) {
        this.clock = clock;
    }

    /** {@return every request so far, in arrival order} */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * {@return the recorded requests to paths starting with {@code prefix}} @param prefix e.g.
     * {@code /v1/tracks}
     */
    public List<RecordedRequest> requests(String prefix) {
        return requests.stream().filter(r -> r.path().startsWith(prefix)).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        RecordedRequest request = record(exchange);
        FakeResponse response = next(request);
        try {
            if (!response.delay().isZero()) {
                Thread.sleep(response.delay());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (response.effect() == FakeResponse.Effect.DISCONNECT) {
            exchange.close();
            return;
        }
        response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
        boolean empty = response.body().length == 0;
        exchange.sendResponseHeaders(response.status(), empty ? -1 : response.body().length);
        try (OutputStream out = exchange.getResponseBody()) {
            if (!empty) {
                out.write(response.body());
            }
        }
    }

    private RecordedRequest record(HttpExchange exchange) throws IOException {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
            body = in.readAllBytes();
        }
        Map<String, List<String>> headers = new HashMap<>();
        exchange.getRequestHeaders()
                .forEach((k, v) -> headers.put(k.toLowerCase(Locale.ROOT), List.copyOf(v)));
        URI uri = exchange.getRequestURI();
        RecordedRequest request =
                new RecordedRequest(
                        exchange.getRequestMethod(),
                        uri.getRawPath(),
                        uri.getRawQuery(),
                        headers,
                        body,
                        clock.instant());
        requests.add(request);
        return request;
    }

    private FakeResponse next(RecordedRequest request) {
        synchronized (this) {
            if (!queue.isEmpty()) {
                return queue.poll();
            }
        }
        FakeResponse custom = dispatcher.apply(request);
        if (custom != null) {
            return custom;
        }
        if (request.method().equals("POST") && request.path().equals("/api/token")) {
            return FakeResponse.ok(
                    "{\"access_token\":\"token-"
                            + tokens.incrementAndGet()
                            + "\",\"token_type\":\"Bearer\",\"expires_in\":3600}");
        }
        return FakeResponse.error(404, "Service not found");
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        close();
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(0);
            executor.close();
            server = null;
        }
    }
}
