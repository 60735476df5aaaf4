package dev.spotrec.spotify.internal;

import java.net.URI;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * One HTTP request as it travels down the interceptor pipeline.
 *
 * @param method HTTP method
 * @param uri absolute URI
 * @param headers extra headers (never logged)
 * @param body the body, or {@code null}
 * @param contentType the body's content type, or {@code null}
 * @param endpoint the endpoint called, or {@code null} for Accounts and raw calls
 * @param idempotent whether resending it is safe (GET, PUT, DELETE; token grants marked so)
 * @param authenticated whether the auth link adds the bearer token
 */
public record ApiRequest(
        String method,
        URI uri,
        Map<String, String> headers,
        byte[] body,
        String contentType,
        Endpoint endpoint,
        boolean idempotent,
        boolean authenticated) {

    /** Validates and freezes the request. */
    public ApiRequest {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(uri, "uri");
        headers = headers == null ? Map.of() : Map.copyOf(headers);
    }

    /** {@return whether HTTP says resending {@code method} is safe} */
    public static boolean idempotentMethod(String method) {
        return switch (method) {
            case "GET", "HEAD", "PUT", "DELETE", "OPTIONS" -> true;
            default -> false;
        };
    }

    /** {@return this request with one more header} */
    public ApiRequest withHeader(String name, String value) {
        Map<String, String> copy = new HashMap<>(headers);
        copy.put(name, value);
        return new ApiRequest(
                method, uri, copy, body, contentType, endpoint, idempotent, authenticated);
    }

    /** {@return the redacted request line, safe to log} */
    public String line() {
        return method + " " + Redactor.url(uri);
    }

    @Override
    public String toString() {
        return "ApiRequest[" + line() + "]";
    }
}
