package dev.spotrec.warehouse;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Shared-dataset imports into an embedded DuckDB file (heavier: an IT). */
class DuckDbSharedDatasetsIT extends SharedDatasetImportContract {
    @TempDir Path dir;

    @Override
    protected WarehouseUrl freshUrl() {
        return WarehouseUrl.parse("duckdb:" + dir.resolve("wh.duckdb"));
    }
}
