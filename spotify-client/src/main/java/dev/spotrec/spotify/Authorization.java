package dev.spotrec.spotify;

import dev.spotrec.spotify.auth.Pkce;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.Token;
import dev.spotrec.spotify.internal.AccountsClient;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.LoopbackReceiver;
import dev.spotrec.spotify.internal.TokenManager;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

/**
 * The OAuth flows of the Accounts service: the authorize URL, the code exchange (with PKCE S256 for
 * apps without a secret), a complete loopback login, and client credentials. Tokens from a login
 * are saved to the client's {@link dev.spotrec.spotify.auth.TokenStore} and used from then on.
 * Redirect URIs must be https, or loopback as {@code http://127.0.0.1:PORT} or {@code
 * http://[::1]:PORT}; Spotify refuses {@code localhost}.
 */
public final class Authorization {

    private final ClientSettings settings;
    private final AccountsClient accounts;
    private final TokenManager tokens;
    private final SecureRandom random = new SecureRandom();

    Authorization(ClientSettings settings, AccountsClient accounts, TokenManager tokens) {
        this.settings = settings;
        this.accounts = accounts;
        this.tokens = tokens;
    }

    /**
     * The URL to send the user to.
     *
     * @param redirectUri the registered redirect URI
     * @param scopes the scopes to ask for, e.g. {@code playlist-read-private}
     * @param state an unguessable value the redirect must echo
     * @param pkce the PKCE pair, or {@code null} for a confidential app
     * @return the authorize URL
     */
    public URI authorizeUrl(URI redirectUri, Collection<String> scopes, String state, Pkce pkce) {
        StringBuilder url =
                new StringBuilder(accounts.authorizeUrl().toString()).append("?response_type=code");
        param(url, "client_id", user().clientId());
        param(url, "redirect_uri", checkRedirect(redirectUri).toString());
        param(url, "state", state);
        if (scopes != null && !scopes.isEmpty()) {
            param(url, "scope", String.join(" ", scopes));
        }
        if (pkce != null) {
            param(url, "code_challenge_method", "S256");
            param(url, "code_challenge", pkce.challenge());
        }
        return URI.create(url.toString());
    }

    /**
     * Exchanges an authorization code for the user's tokens and saves them.
     *
     * @param code the code from the redirect
     * @param redirectUri the same redirect URI as in the authorize URL
     * @param pkce the PKCE pair of the authorize URL, or {@code null}
     * @return the tokens
     * @throws InvalidGrantException when the code was used or expired
     */
    public Token exchangeCode(String code, URI redirectUri, Pkce pkce) {
        SpotifyAuth.UserAuthorization user = user();
        if (code == null || code.isBlank()) {
            throw new IllegalArgumentException("code must not be blank");
        }
        Token token =
                accounts.authorizationCode(
                        user.clientId(),
                        user.clientSecret(),
                        code,
                        checkRedirect(redirectUri),
                        pkce == null ? null : pkce.verifier());
        tokens.install(token);
        return token;
    }

    /**
     * Runs the whole login: listens on {@code http://127.0.0.1:PORT/callback}, shows the authorize
     * URL (PKCE when the app has no secret), waits for the redirect, checks {@code state},
     * exchanges the code and saves the tokens.
     *
     * @param port the registered port, or 0 for any free port (then register that redirect)
     * @param scopes the scopes to ask for
     * @param showUrl receives the authorize URL, to print it or open a browser
     * @param timeout how long the user has
     * @return the tokens
     * @throws AuthenticationException when the user declined, the state did not match or time ran
     *     out
     */
    public Token loginWithLoopback(
            int port, Collection<String> scopes, Consumer<URI> showUrl, Duration timeout) {
        SpotifyAuth.UserAuthorization user = user();
        Pkce pkce = user.pkce() ? Pkce.generate(random) : null;
        byte[] bytes = new byte[24];
        random.nextBytes(bytes);
        String state = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        try (LoopbackReceiver receiver = LoopbackReceiver.start(port)) {
            URI redirect = receiver.redirectUri();
            showUrl.accept(authorizeUrl(redirect, scopes, state, pkce));
            Map<String, String> reply = receiver.await(timeout);
            if (reply.containsKey("error")) {
                throw new AuthenticationException(
                        "the login was not completed: Spotify redirected with error "
                                + reply.get("error")
                                + "; start the login again and accept",
                        0,
                        null,
                        null);
            }
            if (!state.equals(reply.get("state"))) {
                throw new AuthenticationException(
                        "the login redirect carried the wrong state (possible cross-site "
                                + "request forgery); start the login again",
                        0,
                        null,
                        null);
            }
            return exchangeCode(reply.get("code"), redirect, pkce);
        } catch (TimeoutException e) {
            throw new AuthenticationException(
                    "nobody completed the login within "
                            + timeout.toSeconds()
                            + " s; start it again",
                    0,
                    null,
                    null);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AuthenticationException("the login was interrupted", 0, null, null);
        }
    }

    /**
     * {@return a fresh app token from the client credentials grant (client must use client
     * credentials)}
     */
    public Token clientCredentials() {
        if (!(settings.auth() instanceof SpotifyAuth.ClientCredentials cc)) {
            throw new IllegalStateException(
                    "the client was built with "
                            + settings.auth()
                            + ", not SpotifyAuth.clientCredentials(...)");
        }
        Token token = accounts.clientCredentials(cc.clientId(), cc.clientSecret());
        tokens.install(token);
        return token;
    }

    /**
     * Checks a redirect URI against Spotify's rules.
     *
     * @param redirectUri the URI
     * @return the URI
     * @throws IllegalArgumentException naming the URI when it is not https or a loopback IP
     */
    public static URI checkRedirect(URI redirectUri) {
        if (redirectUri == null) {
            throw new IllegalArgumentException("redirectUri must not be null");
        }
        String scheme = redirectUri.getScheme();
        String host = redirectUri.getHost();
        boolean loopback =
                "http".equals(scheme) && ("127.0.0.1".equals(host) || "[::1]".equals(host));
        if ("https".equals(scheme) && host != null || loopback && redirectUri.getPort() > 0) {
            return redirectUri;
        }
        String hint =
                "localhost".equals(host)
                        ? "Spotify refuses localhost: use http://127.0.0.1:PORT/callback"
                        : "use https, or http://127.0.0.1:PORT/... or http://[::1]:PORT/...";
        throw new IllegalArgumentException(
                "redirect URI \"" + redirectUri + "\" is not allowed: " + hint);
    }

    private SpotifyAuth.UserAuthorization user() {
        if (!(settings.auth() instanceof SpotifyAuth.UserAuthorization user)) {
            throw new IllegalStateException(
                    "the authorization code flow needs a client built with "
                            + "SpotifyAuth.user(id, secret, store) or SpotifyAuth.userPkce(id, store), not "
                            + settings.auth());
        }
        return user;
    }

    private static void param(StringBuilder url, String name, String value) {
        url.append('&').append(name).append('=');
        Call.encodeQueryValue(value, url);
    }
}
