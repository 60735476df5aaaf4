package dev.spotrec.spotify.internal;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JavaType;

/**
 * Builds one request to an {@link Endpoint}: path values fill the path template in order, query
 * values are percent-encoded, and only parameters the endpoint declares are accepted (the contract
 * test checks those against the OpenAPI description).
 */
public final class Call {

    private final Api api;
    private final Endpoint endpoint;
    private final StringBuilder path = new StringBuilder();
    private final StringBuilder query = new StringBuilder();
    private int templateAt;
    private byte[] body;

    Call(Api api, Endpoint endpoint) {
        this.api = api;
        this.endpoint = endpoint;
    }

    /** Fills the next {@code {placeholder}} of the path with {@code value}, percent-encoded. */
    public Call path(String value) {
        String template = endpoint.path();
        int open = template.indexOf('{', templateAt);
        if (open < 0) {
            throw new IllegalStateException(endpoint + " has no further path placeholder");
        }
        path.append(template, templateAt, open);
        encode(value, path, false);
        templateAt = template.indexOf('}', open) + 1;
        return this;
    }

    /** Adds {@code name=value}; a {@code null} value is skipped. */
    public Call query(String name, Object value) {
        if (value == null) {
            return this;
        }
        if (!endpoint.params().contains(name) && !recommendationTunable(name)) {
            throw new IllegalStateException(endpoint + " declares no query parameter " + name);
        }
        query.append(query.isEmpty() ? '?' : '&').append(name).append('=');
        encode(value.toString(), query, true);
        return this;
    }

    /** Adds the client's default market, when it has one and the endpoint takes it. */
    public Call market() {
        return endpoint.params().contains("market") ? query("market", api.market()) : this;
    }

    /** Sets a JSON body. */
    public Call json(Object value) {
        this.body = Json.write(value);
        return this;
    }

    /** {@return the request} */
    public ApiRequest request() {
        String template = endpoint.path();
        if (template.indexOf('{', templateAt) >= 0) {
            throw new IllegalStateException(endpoint + " needs more path values");
        }
        URI uri = URI.create(api.base() + path + template.substring(templateAt) + query);
        return new ApiRequest(
                endpoint.method(),
                uri,
                null,
                body,
                body == null ? null : "application/json",
                endpoint,
                ApiRequest.idempotentMethod(endpoint.method()),
                true);
    }

    /** Sends the request (refusing endpoints closed to the mode) and returns the 2xx reply. */
    public ApiResponse send() {
        api.checkOpen(endpoint);
        return api.execute(request());
    }

    /** {@return the reply body read as {@code type}} */
    public <T> T fetch(JavaType type) {
        return fetchField(null, type);
    }

    /** {@return the reply's top-level {@code field} read as {@code type}} */
    public <T> T fetchField(String field, JavaType type) {
        api.checkOpen(endpoint);
        ApiRequest request = request();
        return api.parse(request, api.execute(request), field, type);
    }

    private boolean recommendationTunable(String name) {
        return endpoint == Endpoint.RECOMMENDATIONS
                && (name.startsWith("min_")
                        || name.startsWith("max_")
                        || name.startsWith("target_"));
    }

    /** Percent-encodes a query value into {@code out}. */
    public static void encodeQueryValue(String value, StringBuilder out) {
        encode(value, out, false);
    }

    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    /**
     * Percent-encodes all but unreserved characters (and {@code ,:} in queries, which Spotify lists
     * use).
     */
    static void encode(String value, StringBuilder out, boolean inQuery) {
        for (int i = 0; i < value.length(); ) {
            int c = value.codePointAt(i);
            i += Character.charCount(c);
            if (c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == '.'
                    || c == '_'
                    || c == '~'
                    || inQuery && (c == ',' || c == ':')) {
                out.append((char) c);
            } else {
                for (byte b : Character.toString(c).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(HEX[(b >> 4) & 0xF]).append(HEX[b & 0xF]);
                }
            }
        }
    }
}
