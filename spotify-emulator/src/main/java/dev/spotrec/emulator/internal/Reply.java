package dev.spotrec.emulator.internal;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
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
record Reply(
        int status,
        byte[] body,
        String contentType,
        Map<String, String> headers,
        String etagKey,
        List<byte[]> parts) {
    Reply(
            int status,
            byte[] body,
            String contentType,
            Map<String, String> headers,
            String etagKey) {
        this(status, body, contentType, headers, etagKey, null);
    }

    /**
     * Immutable catalog content written as a sequence of cached byte arrays, so that a batch of 50
     * tracks allocates no 100 KB body: the parts go straight to the socket buffers.
     */
    static Reply catalogParts(List<byte[]> parts, String key) {
        return new Reply(200, null, JSON, Map.of(), key, List.copyOf(parts));
    }

    /** The body length in bytes. */
    int length() {
        if (parts == null) {
            return body.length;
        }
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        return n;
    }

    /** The whole body as one array (assembled from the parts when there are parts). */
    byte[] bytes() {
        if (parts == null) {
            return body;
        }
        byte[] all = new byte[length()];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, all, at, p.length);
            at += p.length;
        }
        return all;
    }

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
        return new Reply(
                status,
                html.getBytes(StandardCharsets.UTF_8),
                "text/html; charset=utf-8",
                Map.of(),
                null);
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
        return new Reply(status, body, contentType, Map.copyOf(h), etagKey, parts);
    }
}
