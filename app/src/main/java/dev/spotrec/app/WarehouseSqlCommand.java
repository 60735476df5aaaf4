package dev.spotrec.app;

import dev.spotrec.warehouse.QueryResult;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code spotrec warehouse sql QUERY --warehouse WH [--json] [--max-rows N]}. */
@Command(
        name = "sql",
        mixinStandardHelpOptions = true,
        description = "Runs one read-only SQL query and prints a table (or JSON).")
final class WarehouseSqlCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WarehouseOption warehouse;

    @Parameters(index = "0", paramLabel = "QUERY", description = "one SELECT statement")
    String query;

    @Option(
            names = "--max-rows",
            paramLabel = "N",
            defaultValue = "1000",
            description = "print at most N rows (default: ${DEFAULT-VALUE})")
    int maxRows;

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return CommandFailures.run(
                spec.commandLine().getErr(),
                () -> {
                    if (maxRows < 0) {
                        throw new IllegalArgumentException(
                                "--max-rows must be >= 0, got " + maxRows);
                    }
                    QueryResult r;
                    try (Warehouse wh = Warehouse.openReadOnly(warehouse.url)) {
                        r = wh.query(query, maxRows);
                    }
                    PrintWriter out = spec.commandLine().getOut();
                    if (json) {
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("columns", r.columns());
                        doc.put("rows", r.rows());
                        doc.put("truncated", r.truncated());
                        out.println(JsonMapper.builder().build().writeValueAsString(doc));
                    } else {
                        printTable(out, r);
                    }
                    out.flush();
                    return Main.OK;
                });
    }

    private static void printTable(PrintWriter out, QueryResult r) {
        int[] width = new int[r.columns().size()];
        for (int i = 0; i < width.length; i++) {
            width[i] = r.columns().get(i).length();
            for (List<Object> row : r.rows()) {
                width[i] = Math.max(width[i], String.valueOf(row.get(i)).length());
            }
        }
        line(out, r.columns().stream().map(Object.class::cast).toList(), width);
        StringBuilder rule = new StringBuilder();
        for (int w : width) {
            rule.append(rule.isEmpty() ? "" : "-+-").append("-".repeat(w));
        }
        out.println(rule);
        r.rows().forEach(row -> line(out, row, width));
        out.println("(" + r.rows().size() + " rows" + (r.truncated() ? ", truncated" : "") + ")");
    }

    private static void line(PrintWriter out, List<Object> values, int[] width) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < width.length; i++) {
            String v = String.valueOf(values.get(i));
            sb.append(i == 0 ? "" : " | ").append(v).append(" ".repeat(width[i] - v.length()));
        }
        out.println(sb.toString().stripTrailing());
    }
}
