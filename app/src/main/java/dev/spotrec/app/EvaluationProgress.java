package dev.spotrec.app;

import dev.spotrec.recommender.eval.EvaluationListener;
import dev.spotrec.recommender.eval.SeedRun;
import dev.spotrec.recommender.eval.Task;
import dev.spotrec.recommender.eval.Trial;
import java.util.Locale;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * An evaluation's progress on stderr: one step per fitted grid point and per test run, with the
 * last model, seed and validation objective. Silent when stderr is not a terminal.
 */
final class EvaluationProgress implements EvaluationListener, AutoCloseable {
    private final ProgressBar bar;

    private EvaluationProgress(boolean enabled, long steps) {
        this.bar =
                enabled
                        ? new ProgressBarBuilder()
                                .setTaskName("evaluate")
                                .setInitialMax(steps)
                                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                                .build()
                        : null;
    }

    /** A bar over {@code steps} events (grid points plus test runs), when on a terminal. */
    static EvaluationProgress forTerminal(long steps) {
        return new EvaluationProgress(Terminal.isInteractive(), steps);
    }

    @Override
    public void splitReady(long seed, Task task) {
        message(" seed " + seed + " " + task.sizes());
    }

    @Override
    public void trialDone(String model, long seed, Trial trial) {
        step(
                String.format(
                        Locale.ROOT,
                        " %s seed %d valid %.4f (fit %.1f s)",
                        model,
                        seed,
                        trial.objective(),
                        trial.fitSeconds()));
    }

    @Override
    public void testDone(String model, SeedRun run) {
        step(String.format(Locale.ROOT, " %s seed %d tested", model, run.seed()));
    }

    private void step(String message) {
        if (bar != null) {
            bar.step();
            bar.setExtraMessage(message);
        }
    }

    private void message(String message) {
        if (bar != null) {
            bar.setExtraMessage(message);
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
