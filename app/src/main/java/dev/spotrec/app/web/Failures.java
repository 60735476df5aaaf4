package dev.spotrec.app.web;

import dev.spotrec.app.web.view.Chrome;
import dev.spotrec.app.web.view.ErrorView;
import dev.spotrec.spotify.AuthenticationException;
import dev.spotrec.spotify.RateLimitException;
import dev.spotrec.spotify.SpotifyApiException;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns every failure into a friendly answer: an HTML page for the browser, a JSON error under
 * {@code /api}. Never a stack trace: the page shows a message meant for the user, and the log gets
 * the exception's class and (already redacted) message.
 *
 * <ul>
 *   <li>expired, revoked or missing login: 401, "please log in again" (the session forgets the
 *       user);
 *   <li>Spotify rate limiting: 429 with when to retry, from {@link RateLimitException#resumeAt()};
 *   <li>unknown playlist or page: 404; refused form (CSRF, OAuth {@code state}): 403;
 *   <li>anything else: 500 (502 when Spotify failed).
 * </ul>
 */
final class Failures {
    static final String RENDERED = "spotrec.rendered";
    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private final Templates templates;
    private final Web web;
    private final Clock clock;
    private final WebListener listener;

    Failures(Templates templates, Web web, Clock clock, WebListener listener) {
        this.templates = templates;
        this.web = web;
        this.clock = clock;
        this.listener = listener;
    }

    /** Answers for an exception thrown by a handler. */
    void handle(Exception e, Context ctx) {
        ErrorView view = view(e, ctx);
        if (view.status() >= 500) {
            listener.event(
                    "warn",
                    ctx.method()
                            + " "
                            + ctx.path()
                            + " failed: "
                            + e.getClass().getSimpleName()
                            + ": "
                            + e.getMessage());
        }
        answer(ctx, view);
    }

    /** Answers for a status without a body (an unknown path or method). */
    void status(Context ctx) {
        if (ctx.attribute(RENDERED) != null) {
            return;
        }
        int status = ctx.statusCode();
        answer(
                ctx,
                status == 404
                        ? new ErrorView(
                                404,
                                "Not found",
                                "There is no page at " + ctx.path() + ".",
                                false,
                                null,
                                0)
                        : new ErrorView(
                                status,
                                "Not allowed",
                                "This page does not answer " + ctx.method() + " requests.",
                                false,
                                null,
                                0));
    }

    private ErrorView view(Exception e, Context ctx) {
        if (e instanceof WebException w) {
            if (w.status() == 401) {
                forgetUser(ctx);
            }
            return new ErrorView(
                    w.status(), heading(w.status()), w.getMessage(), w.status() == 401, null, 0);
        }
        if (e instanceof RateLimitException r) {
            Instant at = r.resumeAt() != null ? r.resumeAt() : clock.instant().plus(r.retryAfter());
            long seconds = Math.max(1, Duration.between(clock.instant(), at).toSeconds());
            return new ErrorView(
                    429,
                    "Spotify asks us to slow down",
                    "Spotify is rate limiting this app right now.",
                    false,
                    TIME.format(at),
                    seconds);
        }
        if (e instanceof AuthenticationException
                || e instanceof SpotifyApiException s && s.status() == 401) {
            forgetUser(ctx);
            return new ErrorView(
                    401,
                    heading(401),
                    "Your Spotify login has expired or was revoked. Please log in again.",
                    true,
                    null,
                    0);
        }
        if (e instanceof SpotifyApiException s && s.status() == 404) {
            return new ErrorView(
                    404, heading(404), "Spotify does not know this item.", false, null, 0);
        }
        if (e instanceof SpotifyApiException) {
            return new ErrorView(
                    502,
                    "Spotify did not answer as expected",
                    "Spotify could not complete this request. Please try again in a moment.",
                    false,
                    null,
                    0);
        }
        return new ErrorView(
                500,
                heading(500),
                "Something went wrong on our side. Please try again; if it keeps happening,"
                        + " the server log says why.",
                false,
                null,
                0);
    }

    private void forgetUser(Context ctx) {
        Session s = web.session(ctx);
        if (s != null) {
            s.logOut();
        }
    }

    private static String heading(int status) {
        return switch (status) {
            case 400 -> "That did not work";
            case 401 -> "Please log in again";
            case 403 -> "Refused";
            case 404 -> "Not found";
            default -> "Something went wrong";
        };
    }

    void answer(Context ctx, ErrorView view) {
        ctx.attribute(RENDERED, Boolean.TRUE);
        ctx.status(view.status());
        if (view.retryAt() != null) {
            ctx.header("Retry-After", Long.toString(view.retryAfterSeconds()));
        }
        if (ctx.path().startsWith("/api/")) {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("status", view.status());
            error.put("message", view.message());
            if (view.retryAt() != null) {
                error.put("retryAfterSeconds", view.retryAfterSeconds());
            }
            if (view.loginAgain()) {
                error.put("login", "/login");
            }
            ctx.json(Map.of("error", error));
            return;
        }
        Session s = web.session(ctx);
        Chrome chrome =
                new Chrome(
                        view.heading(),
                        s == null || s.user() == null ? null : s.user().displayName(),
                        s == null ? null : s.csrf);
        ctx.html(templates.render("error", Map.of("chrome", chrome, "error", view)));
    }
}
