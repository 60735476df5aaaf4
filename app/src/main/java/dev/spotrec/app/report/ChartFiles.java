package dev.spotrec.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jfree.chart.JFreeChart;

/** Saves the page's charts as numbered PNG files in the report directory being written. */
final class ChartFiles {
    private final Path dir;
    private final List<String> names = new ArrayList<>();

    ChartFiles(Path dir) {
        this.dir = dir;
    }

    /**
     * Saves {@code chart} as {@code NN-name.png} and returns the file name, relative to the page.
     */
    String add(String name, JFreeChart chart) {
        String file = String.format(java.util.Locale.ROOT, "%02d-%s.png", names.size() + 1, name);
        try {
            Charts.savePng(chart, dir.resolve(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + dir.resolve(file), e);
        }
        names.add(file);
        return file;
    }

    /** The files written so far, in order. */
    List<String> names() {
        return List.copyOf(names);
    }
}
