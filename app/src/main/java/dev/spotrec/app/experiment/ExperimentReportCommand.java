package dev.spotrec.app.experiment;

import dev.spotrec.app.Main;
import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseException;
import dev.spotrec.warehouse.WarehouseUrl;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code spotrec experiment report --warehouse WH [--json]}: win rate with its 95% Wilson interval,
 * sign-test p-value, like rate per arm and participants. The table goes to stderr; with {@code
 * --json} one document goes to stdout (NaN, for "no data yet", is written as null).
 */
@Command(
        name = "report",
        mixinStandardHelpOptions = true,
        description =
                "Win rate of the recommender against the baseline (95%% Wilson interval, exact "
                        + "sign test), like rate per arm and participants.")
final class ExperimentReportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Option(
            names = "--warehouse",
            paramLabel = "WH",
            defaultValue = WarehouseUrl.DEFAULT,
            description =
                    "duckdb:PATH or jdbc:postgresql://HOST:PORT/DB?user=NAME "
                            + "(default: ${DEFAULT-VALUE})")
    String warehouse;

    @Option(names = "--json", description = "Print one JSON document on stdout.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        ExperimentResults r;
        String where;
        try (Warehouse wh = open(warehouse)) {
            where = wh.url().toString();
            // Reading results needs no randomness and writes nothing.
            r = Experiment.open(wh, new SplittableRandom(0), Clock.systemUTC()).results();
        } catch (WarehouseException e) {
            err.println("spotrec: " + e.getMessage());
            err.flush();
            return e.isBadInput() ? Main.USAGE : Main.FAILURE;
        }
        if (json) {
            PrintWriter out = spec.commandLine().getOut();
            out.println(toJson(where, r));
            out.flush();
        } else {
            printTable(err, where, r);
            err.flush();
        }
        return Main.OK;
    }

    /**
     * Opens {@code url} read-only. Within one process DuckDB cannot open a file read-only while it
     * is open read-write (a server in the same JVM, as in the end-to-end test), so a DuckDB failure
     * that is not the user's input falls back to sharing that read-write instance; across processes
     * that fails again with DuckDB's lock message, which is the right one to show.
     */
    static Warehouse open(String url) {
        WarehouseUrl parsed = WarehouseUrl.parse(url);
        try {
            return Warehouse.openReadOnly(url);
        } catch (WarehouseException e) {
            if (e.isBadInput() || parsed.engine() != WarehouseUrl.Engine.DUCKDB) {
                throw e;
            }
            return Warehouse.open(url);
        }
    }

    static String toJson(String where, ExperimentResults r) {
        JsonMapper mapper = JsonMapper.builder().build();
        ObjectNode doc = mapper.createObjectNode();
        doc.put("warehouse", where);
        doc.put("participants", r.participants());
        doc.put("trials", r.trials());
        doc.put("votes", r.votes());
        doc.put("decisiveVotes", r.decisiveVotes());
        doc.put("oursWins", r.oursWins());
        doc.put("baselineWins", r.baselineWins());
        share(doc, "winRate", r.winRate());
        share(doc, "winLow", r.winLow());
        share(doc, "winHigh", r.winHigh());
        share(doc, "signTestP", r.signTestP());
        share(doc, "oursLikeRate", r.oursLikeRate());
        share(doc, "baselineLikeRate", r.baselineLikeRate());
        doc.put("oursRatings", r.oursRatings());
        doc.put("baselineRatings", r.baselineRatings());
        return mapper.writeValueAsString(doc);
    }

    private static void share(ObjectNode doc, String name, double value) {
        if (Double.isNaN(value)) {
            doc.putNull(name);
        } else {
            doc.put(name, value);
        }
    }

    static void printTable(PrintWriter out, String where, ExperimentResults r) {
        out.println("Experiment in " + where);
        out.printf(
                Locale.ROOT,
                "  %-22s %d in %d trials%n",
                "participants",
                r.participants(),
                r.trials());
        out.printf(
                Locale.ROOT,
                "  %-22s %d (%d decisive: ours %d, baseline %d)%n",
                "votes",
                r.votes(),
                r.decisiveVotes(),
                r.oursWins(),
                r.baselineWins());
        out.printf(
                Locale.ROOT,
                "  %-22s %s  [95%% Wilson %.3f, %.3f]%n",
                "win rate of ours",
                percent(r.winRate()),
                r.winLow(),
                r.winHigh());
        out.printf(Locale.ROOT, "  %-22s %.4g%n", "sign test p", r.signTestP());
        out.printf(
                Locale.ROOT,
                "  %-22s ours %s of %d, baseline %s of %d%n",
                "like rate",
                percent(r.oursLikeRate()),
                r.oursRatings(),
                percent(r.baselineLikeRate()),
                r.baselineRatings());
        if (r.decisiveVotes() == 0) {
            out.println("  (no decisive votes yet: run trials in the web app, spotrec serve)");
        }
    }

    private static String percent(double share) {
        return Double.isNaN(share) ? "n/a" : String.format(Locale.ROOT, "%.1f%%", 100 * share);
    }
}
