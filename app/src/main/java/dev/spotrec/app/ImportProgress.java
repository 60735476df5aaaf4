package dev.spotrec.app;

import dev.spotrec.warehouse.ImportListener;
import dev.spotrec.warehouse.ImportSource;
import java.nio.file.Path;
import java.util.List;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * A progress bar over the bytes of the files being imported, on stderr; silent when stderr is not a
 * terminal (CI logs, pipes).
 */
final class ImportProgress implements ImportListener, AutoCloseable {
    private final ImportSource source;
    private final boolean enabled;
    private ProgressBar bar;
    private long rows;

    private ImportProgress(ImportSource source, boolean enabled) {
        this.source = source;
        this.enabled = enabled;
    }

    static ImportProgress forTerminal(ImportSource source) {
        return new ImportProgress(source, Terminal.isInteractive());
    }

    @Override
    public void planned(ImportSource s, List<Path> files, long totalBytes) {
        if (enabled) {
            bar =
                    new ProgressBarBuilder()
                            .setTaskName("import " + source)
                            .setInitialMax(Math.max(1, totalBytes))
                            .setUnit(" MB", 1 << 20)
                            .setConsumer(new ConsoleProgressBarConsumer(System.err))
                            .showSpeed()
                            .build();
        }
    }

    @Override
    public void fileSkipped(Path file, long bytes, String reason) {
        if (bar != null) {
            bar.stepBy(bytes);
        }
    }

    @Override
    public void fileStaged(Path file, long bytes, long staged) {
        rows += staged;
        if (bar != null) {
            bar.stepBy(bytes);
            bar.setExtraMessage(String.format(" %,d rows", rows));
        }
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
            bar = null;
        }
    }
}
