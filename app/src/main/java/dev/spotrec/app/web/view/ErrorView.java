package dev.spotrec.app.web.view;

/**
 * A friendly error page.
 *
 * @param status the HTTP status
 * @param heading a short heading
 * @param message what happened and what to do
 * @param loginAgain whether to offer the login link
 * @param retryAt when to retry (rate limiting), formatted, or {@code null}
 * @param retryAfterSeconds seconds until then, or 0
 */
public record ErrorView(
        int status,
        String heading,
        String message,
        boolean loginAgain,
        String retryAt,
        long retryAfterSeconds) {}
