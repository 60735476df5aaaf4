package dev.spotrec.warehouse;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Playlist items on an embedded DuckDB file (packed staging). */
class DuckDbPlaylistItemsTest extends PlaylistItemsContract {
    @TempDir Path dir;
    private int files;

    @Override
    protected WarehouseUrl freshUrl() {
        return WarehouseUrl.parse("duckdb:" + dir.resolve("wh" + files++ + ".duckdb"));
    }
}
