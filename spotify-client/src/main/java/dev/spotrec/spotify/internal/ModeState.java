package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.ApiMode;
import dev.spotrec.spotify.SpotifyEvent;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The app's mode: set explicitly, or unknown until the first batch 403 shows development mode. */
public final class ModeState {

    private final AtomicReference<ApiMode> mode;
    private final boolean explicit;
    private final Events events;

    /**
     * Creates the state.
     *
     * @param mode the explicit mode, or {@code null} to detect it
     * @param events the event sink
     */
    public ModeState(ApiMode mode, Events events) {
        this.mode = new AtomicReference<>(mode);
        this.explicit = mode != null;
        this.events = events;
    }

    /** {@return the mode, or empty while undetected} */
    public Optional<ApiMode> get() {
        return Optional.ofNullable(mode.get());
    }

    /** {@return whether the app is known to be in development mode} */
    public boolean development() {
        return mode.get() == ApiMode.DEVELOPMENT;
    }

    /** {@return whether the mode may still be detected} */
    public boolean detecting() {
        return !explicit && mode.get() == null;
    }

    /** Records a detected mode once; later detections and explicit modes are kept. */
    public void detected(ApiMode detected, String reason) {
        if (!explicit && mode.compareAndSet(null, detected)) {
            events.emit(new SpotifyEvent.ModeDetected(detected, reason));
        }
    }
}
