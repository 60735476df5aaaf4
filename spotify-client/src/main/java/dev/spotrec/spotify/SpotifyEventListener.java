package dev.spotrec.spotify;

import java.lang.System.Logger.Level;

/**
 * Receives the client's {@link SpotifyEvent}s: requests, retries, throttling, cache hits, token
 * refreshes and mode detection. Logging, metrics and progress bars subscribe here. Listeners are
 * called synchronously on the calling thread and must be thread-safe and fast; an exception a
 * listener throws is ignored.
 */
@FunctionalInterface
public interface SpotifyEventListener {

    /** A listener that ignores every event. */
    SpotifyEventListener NONE = event -> {};

    /**
     * Receives one event.
     *
     * @param event the event
     */
    void onEvent(SpotifyEvent event);

    /**
     * A listener that logs through {@link System.Logger} {@code dev.spotrec.spotify} (which SLF4J
     * and others can bridge): requests, replies and cache hits at DEBUG; retries, throttling, token
     * refreshes and mode changes at INFO. Events hold only redacted URLs, so no secret is logged.
     *
     * @return the logging listener
     */
    static SpotifyEventListener logging() {
        return logging(System.getLogger("dev.spotrec.spotify"));
    }

    /**
     * A listener that logs to {@code logger} as {@link #logging()} does.
     *
     * @param logger the logger
     * @return the logging listener
     */
    static SpotifyEventListener logging(System.Logger logger) {
        return event -> {
            Level level =
                    switch (event) {
                        case SpotifyEvent.RequestSent e -> Level.DEBUG;
                        case SpotifyEvent.ResponseReceived e -> Level.DEBUG;
                        case SpotifyEvent.CacheHit e -> Level.DEBUG;
                        default -> Level.INFO;
                    };
            if (logger.isLoggable(level)) {
                logger.log(level, event.toString());
            }
        };
    }

    /**
     * A listener that passes each event to this one and then to {@code next}.
     *
     * @param next the second listener
     * @return the combined listener
     */
    default SpotifyEventListener andThen(SpotifyEventListener next) {
        return event -> {
            onEvent(event);
            next.onEvent(event);
        };
    }
}
