package dev.spotrec.app.experiment;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The experiment on an embedded DuckDB file. */
class ExperimentTest extends ExperimentContract {
    @TempDir Path dir;

    @Override
    protected String url() {
        return "duckdb:" + dir.resolve("wh.duckdb");
    }

    @Override
    protected String otherUrl() {
        return "duckdb:" + dir.resolve("other.duckdb");
    }
}
