package dev.spotrec.app;

import dev.spotrec.warehouse.ImportSource;
import dev.spotrec.warehouse.ImportSummary;
import dev.spotrec.warehouse.Importer;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code spotrec import mpd|hetrec|spotify-csv PATH --warehouse WH}. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Imports a dataset into the warehouse through the datasets readers.",
            "Idempotent and resumable by file: files already imported are skipped."
        })
final class ImportCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Parameters(
            index = "0",
            paramLabel = "SOURCE",
            converter = SourceConverter.class,
            description = "mpd, hetrec or spotify-csv")
    ImportSource source;

    @Parameters(index = "1", paramLabel = "PATH", description = "dataset file or directory")
    Path path;

    @Mixin WarehouseOption warehouse;

    @Option(
            names = "--rows-per-batch",
            paramLabel = "N",
            defaultValue = "500000",
            description = "commit MPD files once a batch holds N rows (default: ${DEFAULT-VALUE})")
    long rowsPerBatch;

    @Override
    public Integer call() throws Exception {
        var err = spec.commandLine().getErr();
        return CommandFailures.run(
                err,
                "fix or remove the file and rerun (files already imported are skipped)",
                () -> {
                    try (Warehouse wh = Warehouse.open(warehouse.url);
                            ImportProgress progress = ImportProgress.forTerminal(source)) {
                        ImportSummary s =
                                Importer.builder(wh)
                                        .listener(progress)
                                        .rowsPerBatch(rowsPerBatch)
                                        .build()
                                        .run(source, path);
                        progress.close();
                        err.printf(
                                "imported %s from %s into %s: %d files, %d skipped as already "
                                        + "imported, %,d rows in %d transactions%n",
                                source,
                                path,
                                wh.url(),
                                s.filesImported(),
                                s.filesSkipped(),
                                s.rows(),
                                s.batches());
                    }
                    return Main.OK;
                });
    }

    /** Converts the SOURCE argument, naming the bad value. */
    static final class SourceConverter implements picocli.CommandLine.ITypeConverter<ImportSource> {
        @Override
        public ImportSource convert(String value) {
            return ImportSource.fromCliName(value);
        }
    }
}
