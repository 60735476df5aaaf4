package dev.spotrec.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A request the emulator received, for tests to assert on. Secrets are masked: the {@code
 * Authorization} header keeps only its scheme, and the form fields {@code client_secret}, {@code
 * code}, {@code code_verifier} and {@code refresh_token} read {@code ***}.
 *
 * @param sequence 0-based arrival order
 * @param method the HTTP method
 * @param path the path, e.g. {@code /v1/tracks}
 * @param query query parameters in arrival order
 * @param headers request headers, names in lower case, secrets masked
 * @param body the request body as text (form fields masked); empty when there was none
 * @param status the status answered, or 0 when the connection was reset or cut
 * @param fault the fault effect applied ({@code 5xx}, {@code 429}, {@code stall}, {@code truncate},
 *     {@code reset}), or null
 * @param clientId the client the token or credentials belong to, or null
 * @param userId the user the token acts for, or null
 * @param receivedAt when it arrived, by the emulator's clock
 */
public record RecordedRequest(
        long sequence,
        String method,
        String path,
        Map<String, List<String>> query,
        Map<String, String> headers,
        String body,
        int status,
        String fault,
        String clientId,
        String userId,
        Instant receivedAt) {
    /** Copies the collections. */
    public RecordedRequest {
        query = Map.copyOf(query);
        headers = Map.copyOf(headers);
    }

    /** The first value of a query parameter, or null. */
    public String queryParam(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    /** A header by case-insensitive name, or null. */
    public String header(String name) {
        return headers.get(name.toLowerCase(java.util.Locale.ROOT));
    }
}
