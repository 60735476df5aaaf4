package dev.spotrec.recommender.internal;

import dev.spotrec.recommender.EpochStat;
import dev.spotrec.recommender.TrainingListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The fit-side of a {@link TrainingListener}: a model calls {@link #epoch} at the end of each epoch
 * or phase; the time since the previous call (or the start) is measured here, the event goes to the
 * listener and into the fit's history ({@link EpochStat}s, saved with the model). Not thread-safe:
 * one fit, one thread.
 */
public final class Progress {

    private final String model;
    private final TrainingListener listener;
    private final List<EpochStat> history = new ArrayList<>();
    private long last = System.nanoTime();
    private int own;

    /** Creates progress for a fit of {@code model} that reports to {@code listener}. */
    public Progress(String model, TrainingListener listener) {
        this.model = Objects.requireNonNull(model, "model");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    /** Reports epoch {@code epoch} of {@code epochs} of this model with its loss (NaN if none). */
    public void epoch(int epoch, int epochs, double loss) {
        own++;
        event(model, epoch, epochs, loss);
    }

    /**
     * Returns a listener for a component fitted inside this fit: its events are reported (and kept)
     * under {@code model + "." + alias}, and the time they took is not counted again here.
     */
    public TrainingListener component(String alias) {
        String name = model + "." + alias;
        return (m, e, n, loss, took) -> record(name, e, n, loss, took);
    }

    /** Returns how many events this model reported itself so far (components' not counted). */
    public int count() {
        return own;
    }

    /** Returns the events of this fit, in order. */
    public List<EpochStat> history() {
        return List.copyOf(history);
    }

    private void event(String name, int epoch, int epochs, double loss) {
        long now = System.nanoTime();
        record(name, epoch, epochs, loss, Duration.ofNanos(now - last));
    }

    private void record(String name, int epoch, int epochs, double loss, Duration took) {
        history.add(new EpochStat(name, epoch, loss, took.toNanos() / 1e9));
        listener.epoch(name, epoch, epochs, loss, took);
        last = System.nanoTime();
    }
}
