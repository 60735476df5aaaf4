package dev.spotrec.app.web;

import io.javalin.http.Context;
import java.time.Duration;

/**
 * Session cookie and CSRF handling shared by the page and REST routes. The cookie holds only the
 * random session id and is {@code HttpOnly; SameSite=Lax} ({@code Secure} when the public URL is
 * https). Every POST must carry the session's CSRF token: a {@code csrf} form field from a page, or
 * an {@code X-CSRF-Token} header from a script.
 */
final class Web {
    static final String COOKIE = "spotrec_session";
    static final String CSRF_HEADER = "X-CSRF-Token";
    private static final String SESSION_ATTR = "spotrec.session";

    private final Sessions sessions;
    private final boolean secure;
    private final Duration maxAge;

    Web(Sessions sessions, boolean secure, Duration maxAge) {
        this.sessions = sessions;
        this.secure = secure;
        this.maxAge = maxAge;
    }

    /** {@return the request's live session, or {@code null}} */
    Session session(Context ctx) {
        Session cached = ctx.attribute(SESSION_ATTR);
        if (cached != null) {
            return cached;
        }
        Session s = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        if (s != null) {
            ctx.attribute(SESSION_ATTR, s);
        }
        return s;
    }

    /** {@return the request's session, creating one (and its cookie) when there is none} */
    Session sessionOrNew(Context ctx) {
        Session s = session(ctx);
        return s != null ? s : install(ctx, sessions.create());
    }

    /** {@return the session of a logged-in user} @throws WebException 401 otherwise */
    Session loggedIn(Context ctx) {
        Session s = session(ctx);
        if (s == null || s.user() == null) {
            throw WebException.notLoggedIn();
        }
        return s;
    }

    /** Makes {@code s} the request's session and sends its cookie. */
    Session install(Context ctx, Session s) {
        ctx.attribute(SESSION_ATTR, s);
        ctx.header("Set-Cookie", cookie(s.id, maxAge.toSeconds()));
        return s;
    }

    /** Ends the request's session and clears the cookie. */
    void end(Context ctx) {
        Session s = session(ctx);
        if (s != null) {
            sessions.remove(s);
        }
        ctx.header("Set-Cookie", cookie("", 0));
    }

    Sessions sessions() {
        return sessions;
    }

    /** Refuses a POST whose CSRF token is missing or wrong (403). Run before every POST handler. */
    void checkCsrf(Context ctx) {
        Session s = session(ctx);
        String sent = ctx.header(CSRF_HEADER);
        if (sent == null && isForm(ctx)) {
            sent = ctx.formParam("csrf");
        }
        if (s == null || !Secrets.same(s.csrf, sent)) {
            throw WebException.forbidden(
                    "This form has expired or did not come from spotrec (missing or wrong CSRF"
                            + " token). Reload the page and try again.");
        }
    }

    private static boolean isForm(Context ctx) {
        String type = ctx.contentType();
        return type != null
                && (type.startsWith("application/x-www-form-urlencoded")
                        || type.startsWith("multipart/form-data"));
    }

    private String cookie(String value, long maxAgeSeconds) {
        return COOKIE
                + "="
                + value
                + "; Path=/; Max-Age="
                + maxAgeSeconds
                + "; HttpOnly; SameSite=Lax"
                + (secure ? "; Secure" : "");
    }
}
