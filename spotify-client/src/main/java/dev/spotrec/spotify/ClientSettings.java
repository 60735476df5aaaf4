package dev.spotrec.spotify;

import dev.spotrec.spotify.auth.SpotifyAuth;
import dev.spotrec.spotify.internal.EtagCache;
import dev.spotrec.spotify.internal.Events;
import dev.spotrec.spotify.internal.ModeState;
import dev.spotrec.spotify.internal.RateLimiter;
import dev.spotrec.spotify.internal.TokenManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;

/** The validated settings of one client; {@link SpotifyClient.Builder} checks every value. */
record ClientSettings(
        SpotifyAuth auth,
        URI apiBaseUrl,
        URI accountsBaseUrl,
        ApiMode mode,
        String market,
        int maxConcurrentRequests,
        Duration connectTimeout,
        Duration requestTimeout,
        int maxRetries,
        Duration retryBaseDelay,
        Duration retryMaxDelay,
        Duration rateLimitCeiling,
        int maxRateLimitPauses,
        Duration tokenRefreshSkew,
        long etagCacheBytes,
        SpotifyEventListener listener,
        Clock clock,
        Sleeper sleeper,
        long seed) {

    /**
     * The stateful parts a derived client may share with its parent; {@code null} parts are built
     * fresh.
     */
    record Shared(
            HttpClient http,
            RateLimiter limiter,
            EtagCache cache,
            ModeState mode,
            TokenManager tokens,
            Events events) {

        Shared withTokens(TokenManager tokens) {
            return new Shared(http, limiter, cache, mode, tokens, events);
        }
    }

    @Override
    public String toString() {
        return "api="
                + apiBaseUrl
                + ", accounts="
                + accountsBaseUrl
                + ", auth="
                + auth
                + ", mode="
                + (mode == null ? "detect" : mode)
                + ", market="
                + market
                + ", maxConcurrentRequests="
                + maxConcurrentRequests;
    }
}
