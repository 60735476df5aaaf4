package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.SpotifyEvent;
import dev.spotrec.spotify.SpotifyEventListener;

/** Delivers events to the user's listener, shielding the pipeline from listener failures. */
public final class Events {

    private final SpotifyEventListener listener;

    /**
     * @param listener the user's listener
     */
    public Events(SpotifyEventListener listener) {
        this.listener = listener;
    }

    /** {@return whether anybody listens, so callers can skip building events} */
    public boolean enabled() {
        return listener != SpotifyEventListener.NONE;
    }

    /** Delivers {@code event}; a listener's exception is ignored. */
    public void emit(SpotifyEvent event) {
        try {
            listener.onEvent(event);
        } catch (RuntimeException ignored) {
            // A broken listener must not break the call it observes.
        }
    }
}
