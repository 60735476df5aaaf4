package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.SpotifyEvent;
import java.io.IOException;

/**
 * Conditional GETs: remembers each GET reply's {@code ETag} and body, sends {@code If-None-Match}
 * next time, and on {@code 304 Not Modified} returns the cached body as a 200. Retries nothing and
 * throws nothing of its own; other methods pass through.
 */
public final class ConditionalGetInterceptor implements Interceptor {

    private final EtagCache cache;
    private final Events events;

    /**
     * Creates the link.
     *
     * @param cache the cache
     * @param events the event sink
     */
    public ConditionalGetInterceptor(EtagCache cache, Events events) {
        this.cache = cache;
        this.events = events;
    }

    @Override
    public ApiResponse intercept(Chain chain) throws IOException {
        ApiRequest request = chain.request();
        if (!cache.enabled() || !"GET".equals(request.method())) {
            return chain.proceed(request);
        }
        String key = request.uri().toString();
        EtagCache.Entry cached = cache.get(key);
        ApiResponse response =
                chain.proceed(
                        cached == null
                                ? request
                                : request.withHeader("If-None-Match", cached.etag()));
        if (response.status() == 304 && cached != null) {
            events.emit(new SpotifyEvent.CacheHit(Redactor.url(request.uri())));
            return new ApiResponse(200, response.headers(), cached.body(), true);
        }
        if (response.status() == 200) {
            response.header("ETag").ifPresent(etag -> cache.put(key, etag, response.body()));
        }
        return response;
    }
}
