package dev.spotrec.crawler;

import dev.spotrec.spotify.SpotifyEvent;
import dev.spotrec.spotify.SpotifyEventListener;
import java.util.concurrent.atomic.AtomicLong;

/** Counts the client's requests, retries and 429s; thread-safe. */
final class ClientStats implements SpotifyEventListener {
    final AtomicLong requests = new AtomicLong();
    final AtomicLong retries = new AtomicLong();
    final AtomicLong throttled = new AtomicLong();

    @Override
    public void onEvent(SpotifyEvent event) {
        switch (event) {
            case SpotifyEvent.RequestSent r -> requests.incrementAndGet();
            case SpotifyEvent.Retrying r -> retries.incrementAndGet();
            case SpotifyEvent.Throttled t -> throttled.incrementAndGet();
            default -> {}
        }
    }
}
