package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.AuthenticationException;
import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.auth.Token;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Holds the current access token and renews it: ahead of expiry (allowing {@code skew} for clock
 * differences and request time) and after a 401. Renewal is single-flight: concurrent callers wait
 * for one refresh instead of each starting their own. A refresh reply without a refresh token keeps
 * the old one; user tokens are saved to the {@link dev.spotrec.spotify.auth.TokenStore}.
 */
public final class TokenManager {

    private final SpotifyAuth auth;
    private final AccountsClient accounts;
    private final Clock clock;
    private final Duration skew;
    private final ReentrantLock lock = new ReentrantLock();
    private volatile Token token;

    /**
     * Creates the manager.
     *
     * @param auth how to authenticate
     * @param accounts the token endpoint
     * @param clock the time source
     * @param skew renew this long before expiry
     */
    public TokenManager(SpotifyAuth auth, AccountsClient accounts, Clock clock, Duration skew) {
        this.auth = auth;
        this.accounts = accounts;
        this.clock = clock;
        this.skew = skew;
        if (auth instanceof SpotifyAuth.StaticToken fixed) {
            token = new Token(fixed.accessToken(), "Bearer", Instant.MAX, null, null);
        }
    }

    /** {@return a valid access token, renewing it first when it is about to expire} */
    public String accessToken() {
        Token current = token;
        if (current != null && !current.expiresWithin(skew, clock.instant())) {
            return current.accessToken();
        }
        lock.lock();
        try {
            current = token;
            if (current == null) {
                current = load();
            }
            if (current == null || current.expiresWithin(skew, clock.instant())) {
                current = renew(current);
            }
            return current.accessToken();
        } finally {
            lock.unlock();
        }
    }

    /** {@return whether a 401 can be answered by renewing the token} */
    public boolean canRenew() {
        return !(auth instanceof SpotifyAuth.StaticToken);
    }

    /**
     * Renews the token after Spotify rejected {@code rejected}, unless another caller already did.
     *
     * @param rejected the access token the 401 answered
     * @return the access token to retry with
     */
    public String renewAfterRejection(String rejected) {
        lock.lock();
        try {
            Token current = token;
            if (current != null && !current.accessToken().equals(rejected)) {
                return current.accessToken();
            }
            return renew(current).accessToken();
        } finally {
            lock.unlock();
        }
    }

    /** Saves a token set obtained by a login and makes it current. */
    public void install(Token fresh) {
        lock.lock();
        try {
            if (auth instanceof SpotifyAuth.UserAuthorization user) {
                user.store().save(fresh);
            }
            token = fresh;
        } finally {
            lock.unlock();
        }
    }

    private Token load() {
        if (auth instanceof SpotifyAuth.UserAuthorization user) {
            token = user.store().load().orElse(null);
        }
        return token;
    }

    private Token renew(Token current) {
        Token fresh =
                switch (auth) {
                    case SpotifyAuth.ClientCredentials cc ->
                            accounts.clientCredentials(cc.clientId(), cc.clientSecret());
                    case SpotifyAuth.UserAuthorization user -> refreshUser(user, current);
                    case SpotifyAuth.StaticToken fixed ->
                            throw new AuthenticationException(
                                    "the fixed access token was rejected or has expired; supply a fresh token, or configure "
                                            + "SpotifyAuth.clientCredentials(...) or SpotifyAuth.user(...) so the client can renew it",
                                    401,
                                    null,
                                    null);
                };
        token = fresh;
        return fresh;
    }

    private Token refreshUser(SpotifyAuth.UserAuthorization user, Token current) {
        if (current == null || current.refreshToken() == null) {
            throw new AuthenticationException(
                    "no user has logged in (the token store "
                            + user.store()
                            + " holds no refresh token); run the login flow first, e.g. "
                            + "client.authorization().loginWithLoopback(...)",
                    0,
                    null,
                    null);
        }
        Token refreshed =
                accounts.refresh(user.clientId(), user.clientSecret(), current.refreshToken());
        Token merged = current.merge(refreshed);
        user.store().save(merged);
        return merged;
    }
}
