package dev.spotrec.app.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Writes the report: one HTML page, {@code index.html}, with its charts as PNG files beside it.
 *
 * <p>The report is written into a fresh temporary directory next to {@code outDir}, then moved into
 * place, so a failure leaves either the previous report or none, never half of one. An existing
 * {@code outDir} is replaced only when it is a report (holds {@code index.html}) or empty; any
 * other directory is refused rather than deleted.
 */
public final class ReportWriter {
    private static final DateTimeFormatter STAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'").withZone(ZoneOffset.UTC);

    private ReportWriter() {}

    /**
     * Writes the report for {@code inputs} to {@code outDir} and returns the path of its {@code
     * index.html}.
     *
     * @throws ReportException when {@code outDir} is not a directory or holds something other than
     *     a report (bad input), or when writing fails
     */
    public static Path write(ReportInputs inputs, Path outDir) {
        return write(inputs, outDir, ReportWriter::writeInto);
    }

    /** Renders a report's files into a directory (the hook tests use to fail mid-write). */
    @FunctionalInterface
    interface Renderer {
        void render(ReportInputs inputs, Path dir) throws IOException;
    }

    static Path write(ReportInputs inputs, Path outDir, Renderer renderer) {
        Path out = outDir.toAbsolutePath().normalize();
        checkTarget(out);
        Path parent = out.getParent();
        Path temp = null;
        try {
            Files.createDirectories(parent);
            temp = Files.createTempDirectory(parent, "." + out.getFileName() + ".tmp-");
            renderer.render(inputs, temp);
            replace(temp, out);
            temp = null;
            return out.resolve("index.html");
        } catch (IOException | UncheckedIOException e) {
            throw new ReportException(
                    "cannot write the report to " + out + ": " + e.getMessage(), false, e);
        } finally {
            if (temp != null) {
                deleteTree(temp);
            }
        }
    }

    /** Renders every section into {@code dir}: charts first, then the page that shows them. */
    static void writeInto(ReportInputs in, Path dir) throws IOException {
        ChartFiles charts = new ChartFiles(dir);
        Page page = new Page();
        SummarySection.render(page, in);
        DatasetSection.render(page, in.dataset());
        MetricsSection.render(page, in.evaluations(), charts);
        CoverageSection.render(page, in.evaluations());
        PopularitySection.render(page, in.popularity(), charts);
        TrainingSection.render(page, in.history(), charts);
        ExperimentSection.render(page, in.experiment(), charts);
        String html =
                page.render(
                        in.title(), "Generated " + STAMP.format(in.generatedAt()) + " by spotrec.");
        Files.writeString(dir.resolve("index.html"), html, StandardCharsets.UTF_8);
    }

    private static void checkTarget(Path out) {
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ReportException(
                    "report output " + out + " is a file; pass a directory for --out", true);
        }
        if (Files.isDirectory(out) && !Files.exists(out.resolve("index.html"))) {
            try (Stream<Path> entries = Files.list(out)) {
                if (entries.findAny().isPresent()) {
                    throw new ReportException(
                            "report output "
                                    + out
                                    + " is a non-empty directory without index.html; pass an"
                                    + " empty or new directory (it is replaced as a whole)",
                            true);
                }
            } catch (IOException e) {
                throw new ReportException("cannot read " + out + ": " + e.getMessage(), true, e);
            }
        }
        if (out.getParent() == null) {
            throw new ReportException("report output " + out + " has no parent directory", true);
        }
    }

    /**
     * Moves {@code temp} to {@code out}, swapping out an old report only once the new one is
     * complete.
     */
    private static void replace(Path temp, Path out) throws IOException {
        Path old = null;
        if (Files.exists(out)) {
            old = Files.createTempDirectory(out.getParent(), "." + out.getFileName() + ".old-");
            Files.delete(old);
            move(out, old);
        }
        try {
            move(temp, out);
        } catch (IOException e) {
            if (old != null) {
                move(old, out);
            }
            throw e;
        }
        if (old != null) {
            deleteTree(old);
        }
    }

    private static void move(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(from, to);
        }
    }

    private static void deleteTree(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // Best effort: a leftover hidden temp directory does not harm the report.
        }
    }
}
