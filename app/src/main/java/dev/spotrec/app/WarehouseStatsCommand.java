package dev.spotrec.app;

import dev.spotrec.warehouse.Warehouse;
import dev.spotrec.warehouse.WarehouseStats;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code spotrec warehouse stats --warehouse WH [--json]}: rows per table. */
@Command(name = "stats", mixinStandardHelpOptions = true, description = "Rows per table.")
final class WarehouseStatsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WarehouseOption warehouse;

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return CommandFailures.run(
                spec.commandLine().getErr(),
                () -> {
                    WarehouseStats s;
                    try (Warehouse wh = Warehouse.openReadOnly(warehouse.url)) {
                        s = wh.stats();
                    }
                    var out = spec.commandLine().getOut();
                    if (json) {
                        Map<String, Object> doc = new LinkedHashMap<>();
                        doc.put("warehouse", s.warehouse());
                        doc.put("schemaVersion", s.schemaVersion());
                        doc.put("tables", s.rows());
                        out.println(JsonMapper.builder().build().writeValueAsString(doc));
                    } else {
                        out.println(s.warehouse() + " (schema version " + s.schemaVersion() + ")");
                        s.rows().forEach((t, n) -> out.printf("  %-24s %,15d%n", t, n));
                    }
                    out.flush();
                    return Main.OK;
                });
    }
}
