package dev.spotrec.spotify.internal;

import java.net.http.HttpHeaders;
import java.util.Optional;

/**
 * One HTTP reply with its whole body.
 *
 * @param status HTTP status
 * @param headers headers
 * @param body the body, never {@code null}
 * @param cached whether the body came from the ETag cache after a 304
 */
public record ApiResponse(int status, HttpHeaders headers, byte[] body, boolean cached) {

    /** Normalises a missing body. */
    public ApiResponse {
        body = body == null ? new byte[0] : body;
    }

    /** {@return the first value of the header {@code name}} */
    public Optional<String> header(String name) {
        return headers.firstValue(name);
    }

    /** {@return whether the status is 2xx} */
    public boolean successful() {
        return status >= 200 && status < 300;
    }

    @Override
    public String toString() {
        return "ApiResponse[status="
                + status
                + ", bytes="
                + body.length
                + (cached ? ", cached" : "")
                + "]";
    }
}
