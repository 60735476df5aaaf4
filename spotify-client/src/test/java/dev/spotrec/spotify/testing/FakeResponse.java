package dev.spotrec.spotify.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the fake server answers: a status, headers and body, or a named fault effect.
 *
 * @param status HTTP status
 * @param headers response headers
 * @param body the body
 * @param effect a fault instead of (or before) the reply
 * @param delay how long to stall before answering
 */
public record FakeResponse(
        int status, Map<String, String> headers, byte[] body, Effect effect, Duration delay) {

    /** Fault effects. */
    public enum Effect {
        /** Answer normally. */
        NONE,
        /** Close the connection without a reply, as a reset would. */
        DISCONNECT
    }

    /** {@return a JSON reply} @param status the status @param json the body */
    public static FakeResponse json(int status, String json) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put("Content-Type", "application/json");
        return new FakeResponse(
                status, headers, json.getBytes(StandardCharsets.UTF_8), Effect.NONE, Duration.ZERO);
    }

    /** {@return a 200 JSON reply} @param json the body */
    public static FakeResponse ok(String json) {
        return json(200, json);
    }

    /** {@return a Web API error reply} @param status the status @param message Spotify's message */
    public static FakeResponse error(int status, String message) {
        return json(
                status, "{\"error\":{\"status\":" + status + ",\"message\":\"" + message + "\"}}");
    }

    /** {@return a 429 with {@code Retry-After}} @param seconds the delay */
    public static FakeResponse tooManyRequests(long seconds) {
        return error(429, "API rate limit exceeded").header("Retry-After", Long.toString(seconds));
    }

    /** {@return an empty reply with only a status} @param status the status */
    public static FakeResponse status(int status) {
        return new FakeResponse(
                status, new LinkedHashMap<>(), new byte[0], Effect.NONE, Duration.ZERO);
    }

    /** {@return a dropped connection} */
    public static FakeResponse disconnect() {
        return new FakeResponse(0, Map.of(), new byte[0], Effect.DISCONNECT, Duration.ZERO);
    }

    /** {@return this reply with one more header} @param name header @param value value */
    public FakeResponse header(String name, String value) {
        Map<String, String> copy = new LinkedHashMap<>(headers);
        copy.put(name, value);
        return new FakeResponse(status, copy, body, effect, delay);
    }

    /** {@return this reply after a stall} @param stall how long */
    public FakeResponse after(Duration stall) {
        return new FakeResponse(status, headers, body, effect, stall);
    }
}
