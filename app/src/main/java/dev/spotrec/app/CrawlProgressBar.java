package dev.spotrec.app;

import dev.spotrec.crawler.CrawlListener;
import dev.spotrec.crawler.CrawlProgress;
import java.util.stream.Collectors;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;

/**
 * The crawl's progress on stderr: requests (the bar, open-ended), the request rate, entities per
 * type and 429s. Silent when stderr is not a terminal.
 */
final class CrawlProgressBar implements CrawlListener, AutoCloseable {
    private final ProgressBar bar;

    private CrawlProgressBar(boolean enabled) {
        this.bar =
                enabled
                        ? new ProgressBarBuilder()
                                .setTaskName("crawl")
                                .setInitialMax(-1)
                                .setUnit(" req", 1)
                                .setConsumer(new ConsoleProgressBarConsumer(System.err))
                                .build()
                        : null;
    }

    static CrawlProgressBar forTerminal() {
        return new CrawlProgressBar(Terminal.isInteractive());
    }

    @Override
    public void progress(CrawlProgress p) {
        if (bar == null) {
            return;
        }
        bar.stepTo(p.requests());
        bar.setExtraMessage(line(p));
    }

    static String line(CrawlProgress p) {
        String types =
                p.entities().entrySet().stream()
                        .map(e -> e.getKey() + " " + e.getValue())
                        .collect(Collectors.joining(", "));
        return String.format(
                " %.0f req/s, %d×429, x%d | %s",
                p.requestsPerSecond(), p.throttled(), p.concurrency(), types);
    }

    @Override
    public void close() {
        if (bar != null) {
            bar.close();
        }
    }
}
