package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.SpotifyEvent;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Semaphore;

/**
 * The last link: sends a request with {@link HttpClient} and reads the whole body. The calling
 * thread blocks in {@link HttpClient#send}, which parks a virtual thread cheaply. A semaphore
 * bounds the requests in flight across all callers of the client.
 *
 * <p>Throws {@link IOException} on connection failures, resets and timeouts ({@link
 * java.net.http.HttpTimeoutException}); {@link InterruptedIOException} when interrupted. Retries
 * nothing.
 */
public final class HttpTransport implements Pipeline.Transport {

    private final HttpClient http;
    private final Duration timeout;
    private final Semaphore inFlight;
    private final Events events;

    /**
     * Creates the transport.
     *
     * @param http the HTTP client
     * @param timeout the per-request timeout
     * @param maxInFlight the most requests in flight at once
     * @param events the event sink
     */
    public HttpTransport(HttpClient http, Duration timeout, int maxInFlight, Events events) {
        this.http = http;
        this.timeout = timeout;
        this.inFlight = new Semaphore(maxInFlight);
        this.events = events;
    }

    @Override
    public ApiResponse send(ApiRequest request) throws IOException {
        HttpRequest httpRequest = toHttpRequest(request);
        try {
            inFlight.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while waiting to send " + request.line());
        }
        try {
            if (events.enabled()) {
                events.emit(
                        new SpotifyEvent.RequestSent(
                                request.method(), Redactor.url(request.uri())));
            }
            long start = System.nanoTime();
            HttpResponse<byte[]> reply =
                    http.send(httpRequest, HttpResponse.BodyHandlers.ofByteArray());
            ApiResponse response =
                    new ApiResponse(reply.statusCode(), reply.headers(), reply.body(), false);
            if (events.enabled()) {
                events.emit(
                        new SpotifyEvent.ResponseReceived(
                                request.method(),
                                Redactor.url(request.uri()),
                                response.status(),
                                Duration.ofNanos(System.nanoTime() - start),
                                response.body().length));
            }
            return response;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted during " + request.line());
        } finally {
            inFlight.release();
        }
    }

    private HttpRequest toHttpRequest(ApiRequest request) {
        HttpRequest.BodyPublisher body =
                request.body() == null
                        ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofByteArray(request.body());
        HttpRequest.Builder builder =
                HttpRequest.newBuilder(request.uri())
                        .timeout(timeout)
                        .method(request.method(), body)
                        .header("Accept", "application/json");
        if ("http".equals(request.uri().getScheme())) {
            // Plain-text HTTP/2 needs an h2c upgrade that loopback servers rarely speak; use 1.1
            // there.
            builder.version(HttpClient.Version.HTTP_1_1);
        }
        if (request.contentType() != null) {
            builder.header("Content-Type", request.contentType());
        }
        for (Map.Entry<String, String> header : request.headers().entrySet()) {
            builder.header(header.getKey(), header.getValue());
        }
        return builder.build();
    }

    /**
     * A transport failure in words: its type and the first message along its causes ({@code
     * java.net.http} often throws a {@code ConnectException} without a message of its own).
     */
    public static String describe(IOException e) {
        String message = null;
        for (Throwable t = e; t != null && message == null; t = t.getCause()) {
            message = t.getMessage();
        }
        return e.getClass().getSimpleName() + (message == null ? "" : ": " + message);
    }
}
