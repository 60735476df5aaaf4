package dev.spotrec.app.web;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Server-side sessions in memory, keyed by a 256-bit random id. A session ends after {@code idle}
 * without requests or {@code maxAge} after it began. At most {@code capacity} live at once: beyond
 * that the expired ones are swept and then the least recently seen are dropped, so a flood of
 * cookie-less requests cannot exhaust memory. Lookup is O(1); a sweep is O(n log n), run at most
 * once per {@code capacity / 8} new sessions.
 */
final class Sessions {
    private final Map<String, Session> byId = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration idle;
    private final Duration maxAge;
    private final int capacity;

    Sessions(Clock clock, Duration idle, Duration maxAge, int capacity) {
        this.clock = clock;
        this.idle = idle;
        this.maxAge = maxAge;
        this.capacity = capacity;
    }

    /** {@return a new, empty session} */
    Session create() {
        if (byId.size() >= capacity) {
            sweep();
        }
        Session s = new Session(Secrets.token(), Secrets.token(), clock.instant());
        byId.put(s.id, s);
        return s;
    }

    /** {@return the live session with this id, marked as seen now} */
    Optional<Session> find(String id) {
        if (id == null || id.isEmpty()) {
            return Optional.empty();
        }
        Session s = byId.get(id);
        if (s == null) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        if (expired(s, now)) {
            byId.remove(id, s);
            return Optional.empty();
        }
        s.touch(now);
        return Optional.of(s);
    }

    /**
     * Replaces {@code old} by a new session with a new id and CSRF token, so that an id known
     * before the login is worthless after it (session fixation).
     */
    Session rotate(Session old) {
        if (old != null) {
            byId.remove(old.id, old);
        }
        return create();
    }

    void remove(Session s) {
        byId.remove(s.id, s);
    }

    int size() {
        return byId.size();
    }

    private boolean expired(Session s, Instant now) {
        return !now.isBefore(s.lastSeen().plus(idle)) || !now.isBefore(s.created.plus(maxAge));
    }

    private synchronized void sweep() {
        Instant now = clock.instant();
        byId.values().removeIf(s -> expired(s, now));
        int excess = byId.size() - capacity + Math.max(1, capacity / 8);
        if (excess > 0) {
            byId.values().stream()
                    .sorted(Comparator.comparing(Session::lastSeen))
                    .limit(excess)
                    .toList()
                    .forEach(this::remove);
        }
    }
}
