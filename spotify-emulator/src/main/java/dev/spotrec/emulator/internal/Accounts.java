package dev.spotrec.emulator.internal;

import dev.spotrec.emulator.ClientApp;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The Accounts service's state: registered clients, authorization codes, access tokens and refresh
 * tokens, with lifetimes read from an injected clock. Secrets come from {@link SecureRandom}; none
 * is ever logged or put in an exception message.
 */
public final class Accounts {
    /** An access token: for an app alone ({@code userId} null) or acting for a user. */
    record AccessToken(String clientId, String userId, Set<String> scopes, Instant expiresAt) {}

    /** An authorization code waiting to be exchanged. */
    record Code(
            String clientId,
            String userId,
            String redirectUri,
            Set<String> scopes,
            String challenge,
            Instant expiresAt) {}

    /** A refresh token; it expires a fixed time after the user authorised the app. */
    record Refresh(
            String clientId,
            String userId,
            Set<String> scopes,
            Instant authorizedAt,
            boolean publicClient) {}

    private final Map<String, ClientApp> clients;
    private final Clock clock;
    private final Duration tokenLifetime;
    private final Duration refreshLifetime;
    private final Duration codeLifetime;
    private final SecureRandom random = new SecureRandom();
    private final ConcurrentHashMap<String, AccessToken> tokens = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Code> codes = new ConcurrentHashMap<>();
    private final ConcurrentHashMap<String, Refresh> refreshTokens = new ConcurrentHashMap<>();
    private final Set<String> revoked = ConcurrentHashMap.newKeySet();
    private final ConcurrentHashMap<String, Set<String>> appUsers = new ConcurrentHashMap<>();
    private final int maxAppUsers;

    Accounts(
            Map<String, ClientApp> clients,
            Clock clock,
            Duration tokenLifetime,
            Duration refreshLifetime,
            Duration codeLifetime,
            int maxAppUsers) {
        this.maxAppUsers = maxAppUsers;
        this.clients = new LinkedHashMap<>(clients);
        this.clock = clock;
        this.tokenLifetime = tokenLifetime;
        this.refreshLifetime = refreshLifetime;
        this.codeLifetime = codeLifetime;
    }

    ClientApp client(String id) {
        return id == null ? null : clients.get(id);
    }

    Clock clock() {
        return clock;
    }

    long tokenLifetimeSeconds() {
        return tokenLifetime.toSeconds();
    }

    AccessToken token(String value) {
        return value == null ? null : tokens.get(value);
    }

    boolean expired(AccessToken t) {
        return !clock.instant().isBefore(t.expiresAt());
    }

    String issueToken(String clientId, String userId, Set<String> scopes) {
        String value = secret("BQ", 48);
        tokens.put(
                value,
                new AccessToken(
                        clientId, userId, ordered(scopes), clock.instant().plus(tokenLifetime)));
        return value;
    }

    String issueCode(
            String clientId,
            String userId,
            String redirectUri,
            Set<String> scopes,
            String challenge) {
        String value = secret("AQ", 64);
        codes.put(
                value,
                new Code(
                        clientId,
                        userId,
                        redirectUri,
                        ordered(scopes),
                        challenge,
                        clock.instant().plus(codeLifetime)));
        return value;
    }

    /** Removes and returns the code: a code works once. */
    Code takeCode(String value) {
        return value == null ? null : codes.remove(value);
    }

    String issueRefresh(
            String clientId,
            String userId,
            Set<String> scopes,
            Instant authorizedAt,
            boolean publicClient) {
        String value = secret("AQ", 96);
        refreshTokens.put(
                value, new Refresh(clientId, userId, ordered(scopes), authorizedAt, publicClient));
        return value;
    }

    Refresh refresh(String value) {
        return value == null ? null : refreshTokens.get(value);
    }

    boolean revoked(String refreshToken) {
        return revoked.contains(refreshToken);
    }

    boolean refreshExpired(Refresh r) {
        return !clock.instant().isBefore(r.authorizedAt().plus(refreshLifetime));
    }

    /** Revokes one refresh token; returns whether it existed. */
    boolean revoke(String refreshToken) {
        if (refreshTokens.containsKey(refreshToken)) {
            revoked.add(refreshToken);
            return true;
        }
        return false;
    }

    /** Revokes every refresh token of the user (as when they remove the app); returns how many. */
    int revokeUser(String userId) {
        int n = 0;
        for (Map.Entry<String, Refresh> e : refreshTokens.entrySet()) {
            if (e.getValue().userId().equals(userId) && revoked.add(e.getKey())) {
                n++;
            }
        }
        return n;
    }

    /**
     * Registers the user as a user of the app while it has fewer than the development-mode maximum
     * (5); the first users to authorise an app are its registered users.
     */
    void registerAppUser(String clientId, String userId) {
        Set<String> users =
                appUsers.computeIfAbsent(clientId, k -> new java.util.LinkedHashSet<>());
        synchronized (users) {
            if (users.size() < maxAppUsers) {
                users.add(userId);
            }
        }
    }

    /**
     * Whether the user is one of the app's registered users (development mode allows only those).
     */
    boolean isAppUser(String clientId, String userId) {
        Set<String> users = appUsers.get(clientId);
        if (users == null) {
            return false;
        }
        synchronized (users) {
            return users.contains(userId);
        }
    }

    /** An unmodifiable copy keeping the order the scopes were granted in. */
    private static Set<String> ordered(Set<String> scopes) {
        return java.util.Collections.unmodifiableSet(new java.util.LinkedHashSet<>(scopes));
    }

    private String secret(String prefix, int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return prefix + Base64.getUrlEncoder().withoutPadding().encodeToString(b);
    }
}
