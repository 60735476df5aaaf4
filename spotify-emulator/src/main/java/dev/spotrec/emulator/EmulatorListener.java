package dev.spotrec.emulator;

/**
 * Observes a running emulator; logging and metrics subscribe here instead of the emulator printing.
 * Methods run on request threads and must be quick; every one defaults to nothing.
 */
public interface EmulatorListener {
    /** The server listens at {@code baseUrl}. */
    default void started(String baseUrl) {}

    /** A request was answered (or cut, or reset); secrets are already masked. */
    default void served(RecordedRequest request) {}

    /** A handler failed unexpectedly; the client got a 500. */
    default void failed(String method, String path, Throwable error) {}

    /** The server stopped. */
    default void stopped() {}
}
