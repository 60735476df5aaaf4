package dev.spotrec.app.report;

import dev.spotrec.warehouse.WarehouseException;
import dev.spotrec.warehouse.WarehouseUrl;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spotrec report --warehouse WH [--out DIR] [--evaluation FILE]... [--model DIR] [--json]}:
 * writes the HTML report and prints the path of its {@code index.html}. Exit codes: 0 written, 2
 * bad input (a missing file, corrupt JSON, a malformed warehouse URL, an output that is not a
 * report directory), 1 anything else.
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description = {
            "Write the HTML report: dataset and crawl, metrics by model with intervals,"
                    + " RecSys-2018 groups, popularity of recommendations, coverage and diversity,"
                    + " training loss and experiment results, with PNG charts beside it.",
            "For a duckdb:PATH warehouse, evaluation.json, model/ and report/ beside the file are"
                    + " the defaults (the layout 'spotrec demo' writes)."
        })
public final class ReportCommand implements Callable<Integer> {
    private static final int OK = 0;
    private static final int FAILURE = 1;
    private static final int USAGE = 2;

    @Spec CommandSpec spec;

    @Option(
            names = "--warehouse",
            paramLabel = "WH",
            defaultValue = WarehouseUrl.DEFAULT,
            description =
                    "duckdb:PATH or jdbc:postgresql://HOST:PORT/DB?user=NAME"
                            + " (default: ${DEFAULT-VALUE})")
    String warehouse;

    @Option(
            names = "--out",
            paramLabel = "DIR",
            description =
                    "report directory, replaced as a whole (default: report/ beside a duckdb"
                            + " warehouse)")
    Path out;

    @Option(
            names = "--evaluation",
            paramLabel = "FILE",
            description =
                    "evaluation JSON from 'spotrec evaluate --json FILE'; repeat for several"
                            + " (default: evaluation.json beside a duckdb warehouse)")
    List<Path> evaluations = new ArrayList<>();

    @Option(
            names = "--model",
            paramLabel = "DIR",
            description =
                    "model directory from 'spotrec train' (default: model/ beside a duckdb"
                            + " warehouse)")
    Path model;

    @Option(
            names = "--sample",
            paramLabel = "N",
            defaultValue = "" + ReportSources.SAMPLE,
            description =
                    "playlists sampled for the popularity profile (default: ${DEFAULT-VALUE})")
    int sample;

    @Option(names = "--json", description = "print one JSON document describing the report")
    boolean json;

    Clock clock = Clock.systemUTC();

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        try {
            if (sample < 1) {
                throw new ReportException("--sample must be >= 1, got " + sample, true);
            }
            ReportSources sources = ReportSources.resolve(warehouse, out, evaluations, model);
            sources.notes().forEach(n -> err.println("spotrec: " + n));
            ReportInputs inputs =
                    sources.gather(ReportInputs.builder().generatedAt(clock.instant()), sample)
                            .build();
            Path index = ReportWriter.write(inputs, sources.out());
            print(index, inputs);
            return OK;
        } catch (ReportException e) {
            err.println("spotrec: " + e.getMessage());
            return e.isBadInput() ? USAGE : FAILURE;
        } catch (WarehouseException e) {
            err.println("spotrec: " + e.getMessage());
            return e.isBadInput() ? USAGE : FAILURE;
        } finally {
            err.flush();
        }
    }

    private void print(Path index, ReportInputs in) {
        PrintWriter stdout = spec.commandLine().getOut();
        if (!json) {
            stdout.println(index);
            stdout.flush();
            return;
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("index", index.toString());
        doc.put("charts", charts(index.getParent()));
        Map<String, Boolean> parts = new LinkedHashMap<>();
        parts.put("dataset", in.dataset() != null);
        parts.put("evaluations", !in.evaluations().isEmpty());
        parts.put("popularity", in.popularity() != null);
        parts.put("training", !in.history().isEmpty());
        parts.put("experiment", in.experiment() != null && in.experiment().votes() > 0);
        doc.put("parts", parts);
        stdout.println(JsonMapper.builder().build().writeValueAsString(doc));
        stdout.flush();
    }

    private static List<String> charts(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.endsWith(".png"))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new ReportException("cannot list " + dir + ": " + e.getMessage(), false, e);
        }
    }
}
