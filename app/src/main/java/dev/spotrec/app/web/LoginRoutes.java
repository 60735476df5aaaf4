package dev.spotrec.app.web;

import dev.spotrec.spotify.InvalidGrantException;
import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.Pkce;
import dev.spotrec.spotify.model.User;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;

/**
 * Login with Spotify: the authorization code flow with PKCE (S256), and the client secret too when
 * the app has one. {@code GET /login} stores a fresh {@code state} and PKCE verifier in the session
 * and redirects to the Accounts service; {@code GET /callback} checks the {@code state} in constant
 * time, exchanges the code through the Spotify client (which keeps the tokens server-side), and
 * then replaces the session by a new one (new id, new CSRF token) holding the user. The browser
 * sees only its session cookie; the code and tokens never appear in a page or a log line.
 */
final class LoginRoutes {
    private static final Duration LOGIN_TIMEOUT = Duration.ofMinutes(10);

    private final Web web;
    private final SpotifyAccess access;
    private final java.util.function.Supplier<URI> redirectUri;
    private final Clock clock;
    private final WebListener listener;

    LoginRoutes(
            Web web,
            SpotifyAccess access,
            java.util.function.Supplier<URI> redirectUri,
            Clock clock,
            WebListener listener) {
        this.web = web;
        this.access = access;
        this.redirectUri = redirectUri;
        this.clock = clock;
        this.listener = listener;
    }

    void register(RoutesConfig routes) {
        routes.get("/login", this::login);
        routes.get("/callback", this::callback);
        routes.post("/logout", this::logout);
    }

    private void login(Context ctx) {
        Session session = web.sessionOrNew(ctx);
        SpotifyClient spotify = access.newUserClient();
        String state = Secrets.token();
        Pkce pkce = Pkce.generate(Secrets.random());
        session.pending(new Session.PendingLogin(state, pkce, spotify, clock.instant()));
        URI authorize =
                spotify.authorization()
                        .authorizeUrl(redirectUri.get(), SpotifyAccess.SCOPES, state, pkce);
        ctx.header("Cache-Control", "no-store");
        ctx.redirect(authorize.toString());
    }

    private void callback(Context ctx) {
        Session session = web.session(ctx);
        Session.PendingLogin pending = session == null ? null : session.pending();
        if (pending == null || clock.instant().isAfter(pending.started().plus(LOGIN_TIMEOUT))) {
            throw WebException.forbidden(
                    "This login was not started here or took too long. Please log in again.");
        }
        if (!Secrets.same(pending.state(), ctx.queryParam("state"))) {
            session.pending(null);
            listener.event("warn", "login refused: the state parameter did not match");
            throw WebException.forbidden(
                    "The login answer did not match the login we started (state mismatch), so"
                            + " it was refused. Please log in again.");
        }
        session.pending(null);
        String error = ctx.queryParam("error");
        if (error != null) {
            throw new WebException(
                    401, "The login was cancelled at Spotify. Please log in again to continue.");
        }
        SpotifyClient spotify = pending.spotify();
        try {
            spotify.authorization()
                    .exchangeCode(ctx.queryParam("code"), redirectUri.get(), pending.pkce());
        } catch (InvalidGrantException | IllegalArgumentException e) {
            throw new WebException(
                    401,
                    "Spotify did not accept this login (it may have expired). Please log in again.");
        }
        User me = spotify.users().me();
        String name =
                me.displayName() == null || me.displayName().isBlank() ? me.id() : me.displayName();
        Session fresh = web.install(ctx, web.sessions().rotate(session));
        fresh.user(new Session.User(me.id(), name, spotify));
        listener.event("info", "user " + me.id() + " logged in");
        ctx.redirect("/playlists");
    }

    private void logout(Context ctx) {
        web.end(ctx);
        ctx.redirect("/");
    }
}
