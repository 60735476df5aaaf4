package dev.spotrec.app.web;

import io.javalin.http.Handler;
import java.util.List;

/**
 * One REST endpoint: how it is routed and how the OpenAPI document describes it. The routes and the
 * document are both made from the same list, so every route is described.
 *
 * @param method {@code GET} or {@code POST}
 * @param path the Javalin path, e.g. {@code /api/playlists/{id}/continuation}
 * @param summary one line for the document
 * @param query names of the optional integer query parameters
 * @param request the request body schema name, or {@code null}
 * @param response the success schema name
 * @param status the success status
 * @param handler the handler
 */
record ApiEndpoint(
        String method,
        String path,
        String summary,
        List<String> query,
        String request,
        String response,
        int status,
        Handler handler) {
    /** Validates. */
    ApiEndpoint {
        if (!"GET".equals(method) && !"POST".equals(method)) {
            throw new IllegalArgumentException("method must be GET or POST, got " + method);
        }
        if (!path.startsWith("/api/")) {
            throw new IllegalArgumentException("path must start with /api/, got " + path);
        }
        query = List.copyOf(query);
    }

    static ApiEndpoint get(String path, String summary, String response, Handler handler) {
        return new ApiEndpoint("GET", path, summary, List.of(), null, response, 200, handler);
    }

    static ApiEndpoint getN(String path, String summary, String response, Handler handler) {
        return new ApiEndpoint("GET", path, summary, List.of("n"), null, response, 200, handler);
    }

    static ApiEndpoint post(
            String path,
            String summary,
            String request,
            String response,
            int status,
            Handler handler) {
        return new ApiEndpoint(
                "POST", path, summary, List.of(), request, response, status, handler);
    }
}
