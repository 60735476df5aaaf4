package dev.spotrec.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a handler answers: status, body and headers. The pipeline adds the ETag, honours {@code
 * If-None-Match} and applies fault effects when it writes the reply.
 *
 * @param status the HTTP status
 * @param body the body bytes; empty for none
 * @param contentType the content type, or null for none
 * @param headers extra headers
 * @param etagKey a stable key for the ETag of immutable content (e.g. the request URL), or null to
 *     hash the body
 */
record Reply(int status, byte[] body, String contentType, Map<String, String> headers,
        String etagKey) {
    static final String JSON = "application/json; charset=utf-8";
    private static final byte[] EMPTY = new byte[0];

    static Reply json(byte[] body) {
        return new Reply(200, body, JSON, Map.of(), null);
    }

    static Reply json(int status, byte[] body) {
        return new Reply(status, body, JSON, Map.of(), null);
    }

    /** Immutable catalog content: the ETag derives from {@code key} instead of hashing the body. */
    static Reply catalog(byte[] body, String key) {
        return new Reply(200, body, JSON, Map.of(), key);
    }

    static Reply empty(int status) {
        return new Reply(status, EMPTY, null, Map.of(), null);
    }

    static Reply html(int status, String html) {
        return new Reply(status, html.getBytes(StandardCharsets.UTF_8), "text/html; charset=utf-8",
                Map.of(), null);
    }

    static Reply redirect(String location) {
        return new Reply(303, EMPTY, null, Map.of("Location", location), null);
    }

    static Reply error(ApiError e) {
        Reply r = json(e.status, e.body());
        if (e.retryAfterSeconds >= 0) {
            r = r.withHeader("Retry-After", Long.toString(e.retryAfterSeconds));
        }
        return r;
    }

    Reply withHeader(String name, String value) {
        Map<String, String> h = new LinkedHashMap<>(headers);
        h.put(name, value);
        return new Reply(status, body, contentType, Map.copyOf(h), etagKey);
    }
}
