package dev.spotrec.spotify.internal;

import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Bodies of GET replies that carried an {@code ETag}, keyed by URL, bounded by total body bytes.
 *
 * <p>Design: least-recently-used eviction with an access-ordered {@link LinkedHashMap}; O(1) per
 * get and put, evictions amortised O(1). A body larger than an eighth of the budget is not cached,
 * so one huge reply cannot flush everything else.
 */
public final class EtagCache {

    private final long maxBytes;
    private final ReentrantLock lock = new ReentrantLock();
    private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);
    private long bytes;

    /**
     * @param maxBytes the budget for cached bodies; 0 disables the cache
     */
    public EtagCache(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** {@return whether the cache stores anything} */
    public boolean enabled() {
        return maxBytes > 0;
    }

    /** {@return the cached entry for {@code url}, or {@code null}} */
    public Entry get(String url) {
        lock.lock();
        try {
            return entries.get(url);
        } finally {
            lock.unlock();
        }
    }

    /** Stores {@code body} with its {@code etag}, evicting the least recently used entries. */
    public void put(String url, String etag, byte[] body) {
        if (body.length > maxBytes / 8) {
            return;
        }
        lock.lock();
        try {
            Entry old = entries.put(url, new Entry(etag, body));
            bytes += body.length - (old == null ? 0 : old.body().length);
            Iterator<Map.Entry<String, Entry>> eldest = entries.entrySet().iterator();
            while (bytes > maxBytes && eldest.hasNext()) {
                bytes -= eldest.next().getValue().body().length;
                eldest.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    /**
     * A cached reply.
     *
     * @param etag the validator
     * @param body the body
     */
    public record Entry(String etag, byte[] body) {}
}
