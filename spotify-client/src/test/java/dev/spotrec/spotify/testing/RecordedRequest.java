package dev.spotrec.spotify.testing;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request the fake server received.
 *
 * @param method HTTP method
 * @param path the path, e.g. {@code /v1/tracks}
 * @param rawQuery the raw query, or {@code null}
 * @param headers request headers (lower-case names)
 * @param body the body
 * @param receivedAt the server clock's time of arrival
 */
public record RecordedRequest(
        String method,
        String path,
        String rawQuery,
        Map<String, List<String>> headers,
        byte[] body,
        Instant receivedAt) {

    /** {@return the decoded query parameters} */
    public Map<String, String> params() {
        return decode(rawQuery);
    }

    /** {@return one decoded query parameter, or {@code null}} @param name its name */
    public String param(String name) {
        return params().get(name);
    }

    /** {@return the first value of a header, or {@code null}} @param name its name */
    public String header(String name) {
        List<String> values = headers.get(name.toLowerCase(java.util.Locale.ROOT));
        return values == null || values.isEmpty() ? null : values.get(0);
    }

    /** {@return the body as text} */
    public String bodyText() {
        return new String(body, StandardCharsets.UTF_8);
    }

    /** {@return the decoded form fields of a form body} */
    public Map<String, String> form() {
        return decode(bodyText());
    }

    private static Map<String, String> decode(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.isEmpty()) {
            return out;
        }
        for (String pair : query.split("&")) {
            int eq = pair.indexOf('=');
            String name = eq < 0 ? pair : pair.substring(0, eq);
            String value = eq < 0 ? "" : pair.substring(eq + 1);
            out.put(
                    URLDecoder.decode(name, StandardCharsets.UTF_8),
                    URLDecoder.decode(value, StandardCharsets.UTF_8));
        }
        return out;
    }

    @Override
    public String toString() {
        return method + " " + path + (rawQuery == null ? "" : "?" + rawQuery);
    }
}
