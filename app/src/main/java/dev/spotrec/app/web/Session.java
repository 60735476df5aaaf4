package dev.spotrec.app.web;

import dev.spotrec.spotify.SpotifyClient;
import dev.spotrec.spotify.auth.Pkce;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One browser's server-side state. The cookie carries only {@link #id}; the Spotify client, and
 * with it the user's tokens, stay here. {@code toString()} shows no id, token or secret.
 */
final class Session {
    final String id;
    final String csrf;
    final Instant created;
    private volatile Instant lastSeen;
    private volatile PendingLogin pending;
    private volatile User user;

    /** Trials this session started, by id, so that votes and ratings name only its own. */
    final Map<String, TrialState> trials = new ConcurrentHashMap<>();

    /** Short-lived copies of Spotify reads (playlist contents, top items) for this user. */
    final Map<String, Cached> cache = new ConcurrentHashMap<>();

    Session(String id, String csrf, Instant now) {
        this.id = id;
        this.csrf = csrf;
        this.created = now;
        this.lastSeen = now;
    }

    /** A login in progress: the {@code state} sent to the Accounts service and the PKCE pair. */
    record PendingLogin(String state, Pkce pkce, SpotifyClient spotify, Instant started) {
        @Override
        public String toString() {
            return "PendingLogin[started=" + started + "]";
        }
    }

    /** The logged-in Spotify user and a client holding their tokens. */
    record User(String id, String displayName, SpotifyClient spotify) {
        @Override
        public String toString() {
            return "User[id=" + id + "]";
        }
    }

    /** A value read at {@code at}. */
    record Cached(Object value, Instant at) {}

    Instant lastSeen() {
        return lastSeen;
    }

    void touch(Instant now) {
        lastSeen = now;
    }

    PendingLogin pending() {
        return pending;
    }

    void pending(PendingLogin login) {
        pending = login;
    }

    User user() {
        return user;
    }

    void user(User value) {
        user = value;
    }

    /** {@return the logged-in user} @throws WebException 401 when nobody is logged in */
    User requireUser() {
        User u = user;
        if (u == null) {
            throw WebException.notLoggedIn();
        }
        return u;
    }

    /** Forgets the user (their login expired or was revoked). */
    void logOut() {
        user = null;
        cache.clear();
        trials.clear();
    }

    @Override
    public String toString() {
        return "Session[created=" + created + ", user=" + user + "]";
    }
}
