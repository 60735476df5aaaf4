package dev.spotrec.app;

import dev.spotrec.warehouse.ExportedFile;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;

/** {@code spotrec warehouse export --out DIR [--tables T,...] [--matrices M,...]}. */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = {
            "Writes tables and interaction matrices as Parquet files DIR/NAME.parquet (Spark's",
            "input). Without --tables or --matrices, exports everything."
        })
final class WarehouseExportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin WarehouseOption warehouse;

    @Option(names = "--out", paramLabel = "DIR", required = true, description = "output directory")
    Path out;

    @Option(names = "--tables", paramLabel = "T", split = ",", description = "tables to export")
    List<String> tables = new ArrayList<>();

    @Option(
            names = "--matrices",
            paramLabel = "M",
            split = ",",
            description = "playlist_track, user_artist, user_playlist_follow")
    List<String> matrices = new ArrayList<>();

    @Option(names = "--json", description = "print one JSON document")
    boolean json;

    @Override
    public Integer call() throws Exception {
        return CommandFailures.run(
                spec.commandLine().getErr(),
                () -> {
                    List<String> names = new ArrayList<>(tables);
                    names.addAll(matrices);
                    List<ExportedFile> files;
                    try (Warehouse wh = Warehouse.openReadOnly(warehouse.url)) {
                        files = wh.export(out, names);
                    }
                    var w = spec.commandLine().getOut();
                    if (json) {
                        List<Map<String, Object>> list = new ArrayList<>();
                        for (ExportedFile f : files) {
                            Map<String, Object> m = new LinkedHashMap<>();
                            m.put("name", f.name());
                            m.put("file", f.file().toString());
                            m.put("rows", f.rows());
                            list.add(m);
                        }
                        w.println(
                                JsonMapper.builder()
                                        .build()
                                        .writeValueAsString(Map.of("files", list)));
                    } else {
                        files.forEach(
                                f ->
                                        w.printf(
                                                "%-24s %,15d rows  %s%n",
                                                f.name(), f.rows(), f.file()));
                    }
                    w.flush();
                    return Main.OK;
                });
    }
}
