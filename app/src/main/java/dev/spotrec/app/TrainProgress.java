package dev.spotrec.app;

import dev.spotrec.recommender.TrainingListener;
import java.time.Duration;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * Training progress on stderr: one bar step per epoch (or phase), with the loss and the epoch's
 * time. Silent when stderr is not a terminal.
 */
final class TrainProgress implements TrainingListener, AutoCloseable {
    private final boolean enabled;
    private ProgressBar bar;
    private String current;

    private TrainProgress(boolean enabled) {
        this.enabled = enabled;
    }

    static TrainProgress forTerminal() {
        return new TrainProgress(Terminal.isInteractive());
    }

    @Override
    public void epoch(String model, int epoch, int epochs, double loss, Duration took) {
        if (!enabled) {
            return;
        }
        if (bar == null || !model.equals(current)) {
            close();
            current = model;
            bar =
                    new ProgressBarBuilder()
                            .setTaskName("train " + model)
                            .setInitialMax(Math.max(1, epochs))
                            .setUnit(" epochs", 1)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err))
                            .build();
        }
        bar.stepTo(epoch);
        bar.setExtraMessage(
                Double.isNaN(loss)
                        ? String.format(Locale.ROOT, " %.1f s", took.toMillis() / 1e3)
                        : String.format(
                                Locale.ROOT, " loss %.4g, %.1f s", loss, took.toMillis() / 1e3));
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
