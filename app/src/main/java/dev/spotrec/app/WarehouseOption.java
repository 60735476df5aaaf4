package dev.spotrec.app;

import dev.spotrec.warehouse.WarehouseUrl;
import picocli.CommandLine.Option;

/** The {@code --warehouse WH} option shared by the warehouse commands. */
final class WarehouseOption {
    @Option(
            names = "--warehouse",
            paramLabel = "WH",
            defaultValue = WarehouseUrl.DEFAULT,
            description =
                    "duckdb:PATH or jdbc:postgresql://HOST:PORT/DB?user=NAME "
                            + "(default: ${DEFAULT-VALUE})")
    String url;
}
