package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.ApiMode;
import dev.spotrec.spotify.AuthenticationException;
import dev.spotrec.spotify.EndpointUnavailableException;
import dev.spotrec.spotify.RateLimitException;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyError;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/** Maps every non-2xx reply of the Web API to the client's exception family, in one place. */
public final class ErrorMapper {

    private ErrorMapper() {}

    /**
     * Maps a failed reply.
     *
     * @param request the request
     * @param response the reply (status 300 or above)
     * @param mode the client's mode, for messages
     * @param clock the time source for resume instants
     * @return the exception to throw
     */
    public static SpotifyApiException map(
            ApiRequest request, ApiResponse response, ApiMode mode, Clock clock) {
        SpotifyError error = parse(response.body(), response.status());
        int status = response.status();
        String spotifySays =
                error.message() == null ? "" : " (Spotify says: " + error.message() + ")";
        Endpoint endpoint = request.endpoint();
        if (endpoint != null
                && endpoint.closure() != null
                && status == endpoint.closure().status()) {
            return closed(endpoint, mode, status, error, request.line());
        }
        return switch (status) {
            case 401 ->
                    new AuthenticationException(
                            "Spotify rejected the access token for "
                                    + request.line()
                                    + spotifySays
                                    + " even after renewing it; log in again or check the app's credentials",
                            status,
                            error,
                            request.line());
            case 403 ->
                    new SpotifyApiException(
                            "Spotify refused "
                                    + request.line()
                                    + spotifySays
                                    + ": the token may lack a scope, or (in development mode) the user must own or collaborate"
                                    + " on the playlist and be listed in the app's user allowlist",
                            status,
                            error,
                            null,
                            request.line(),
                            null);
            case 404 ->
                    new SpotifyApiException(
                            "not found: " + request.line() + spotifySays + "; check the id",
                            status,
                            error,
                            null,
                            request.line(),
                            null);
            case 429 -> {
                Duration wait = RateLimitInterceptor.retryAfter(response);
                Duration d = wait == null ? Duration.ofSeconds(1) : wait;
                yield new RateLimitException(
                        "Spotify kept answering 429 to "
                                + request.line()
                                + spotifySays
                                + "; retry after "
                                + clock.instant().plus(d),
                        error,
                        d,
                        clock.instant().plus(d),
                        request.line());
            }
            default ->
                    new SpotifyApiException(
                            "Spotify answered "
                                    + status
                                    + " to "
                                    + request.line()
                                    + spotifySays
                                    + (status >= 500
                                            ? "; the client retried; try again later"
                                            : ""),
                            status,
                            error,
                            RateLimitInterceptor.retryAfter(response),
                            request.line(),
                            null);
        };
    }

    /** {@return the exception for a 429 whose pause exceeds the ceiling} */
    static RateLimitException rateLimited(
            ApiRequest request,
            ApiResponse response,
            Duration wait,
            Instant resumeAt,
            Duration ceiling) {
        SpotifyError error = parse(response.body(), 429);
        String quota =
                "QUOTA_EXCEEDED".equals(error.reason())
                        ? " (QUOTA_EXCEEDED: the app's quota is used up)"
                        : "";
        return new RateLimitException(
                "Spotify asked to wait "
                        + wait.toSeconds()
                        + " s after "
                        + request.line()
                        + quota
                        + ", longer than the ceiling of "
                        + ceiling.toSeconds()
                        + " s; retry after "
                        + resumeAt,
                error,
                wait,
                resumeAt,
                request.line());
    }

    /** {@return the exception for an endpoint closed to this app} */
    public static EndpointUnavailableException closed(
            Endpoint endpoint, ApiMode mode, int status, SpotifyError error, String line) {
        Endpoint.Closure closure = endpoint.closure();
        ApiMode shown = closure.developmentOnly() ? ApiMode.DEVELOPMENT : mode;
        return new EndpointUnavailableException(
                endpoint.describe(),
                closure.on(),
                closure.alternative(),
                shown,
                status,
                error,
                line);
    }

    /**
     * {@return the error body in either of Spotify's two shapes; fields are null when unreadable}
     */
    public static SpotifyError parse(byte[] body, int status) {
        if (body.length == 0) {
            return new SpotifyError(status, null, null);
        }
        try {
            JsonNode root = Json.MAPPER.readTree(body);
            JsonNode error = root.path("error");
            if (error.isObject()) {
                return new SpotifyError(
                        error.path("status").asInt(status),
                        text(error, "message"),
                        text(error, "reason"));
            }
            if (error.isString()) {
                return new SpotifyError(status, text(root, "error_description"), error.asString());
            }
        } catch (JacksonException notJson) {
            // A proxy's HTML error page: keep the status only.
        }
        return new SpotifyError(status, null, null);
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asString();
    }
}
