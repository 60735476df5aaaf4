package dev.spotrec.emulator.internal;

/**
 * A Web API error, answered as Spotify does: {@code {"error":{"status":N,"message":"..."}}}, plus
 * {@code reason} when Spotify gives one. Thrown by handlers; the pipeline turns it into the reply.
 */
final class ApiError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    final int status;
    final String reason;
    final long retryAfterSeconds;

    ApiError(int status, String message) {
        this(status, message, null, -1);
    }

    ApiError(int status, String message, String reason, long retryAfterSeconds) {
        super(message, null, false, false);
        this.status = status;
        this.reason = reason;
        this.retryAfterSeconds = retryAfterSeconds;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message);
    }

    static ApiError notFound() {
        return new ApiError(404, Messages.NOT_FOUND);
    }

    static ApiError forbidden(String message) {
        return new ApiError(403, message);
    }

    byte[] body() {
        JsonOut out = new JsonOut(96);
        out.raw("{\"error\":{\"status\":").num(status).raw(",\"message\":").str(getMessage());
        if (reason != null) {
            out.raw(",\"reason\":").str(reason);
        }
        return out.raw("}}").toBytes();
    }
}
