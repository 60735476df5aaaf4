package dev.spotrec.emulator.internal;

import io.javalin.http.HandlerType;

/**
 * One Web API endpoint: method, Javalin path, handler, and what development mode does to it.
 *
 * @param method the HTTP method
 * @param path the path with {@code {param}} segments
 * @param handler the handler
 * @param closure how development mode answers it instead of calling the handler
 */
record Route(HandlerType method, String path, Handler handler, Closure closure) {
    static Route get(String path, Handler h) {
        return new Route(HandlerType.GET, path, h, Closure.OPEN);
    }

    static Route post(String path, Handler h) {
        return new Route(HandlerType.POST, path, h, Closure.OPEN);
    }

    static Route put(String path, Handler h) {
        return new Route(HandlerType.PUT, path, h, Closure.OPEN);
    }

    static Route delete(String path, Handler h) {
        return new Route(HandlerType.DELETE, path, h, Closure.OPEN);
    }

    /** The same route, closed in development mode. */
    Route closed(Closure c) {
        return new Route(method, path, handler, c);
    }

    /** Handles one authenticated call. */
    @FunctionalInterface
    interface Handler {
        Reply handle(Call call);
    }

    /** What development mode answers for an endpoint Spotify closed to it. */
    enum Closure {
        /** Open in both modes. */
        OPEN,
        /**
         * Closed with {@code 403 Forbidden} (audio features and analysis since 27 Nov 2024; the
         * endpoints removed on 11 Feb 2026).
         */
        FORBIDDEN,
        /** Closed with 404 (recommendations, related artists, featured and category playlists). */
        NOT_FOUND
    }
}
