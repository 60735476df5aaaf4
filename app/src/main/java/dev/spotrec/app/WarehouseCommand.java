package dev.spotrec.app;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code spotrec warehouse stats|export|sql}. */
@Command(
        name = "warehouse",
        mixinStandardHelpOptions = true,
        description = "Inspects the warehouse: row counts, Parquet export, read-only SQL.",
        subcommands = {
            WarehouseStatsCommand.class,
            WarehouseExportCommand.class,
            WarehouseSqlCommand.class
        })
final class WarehouseCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
    }
}
