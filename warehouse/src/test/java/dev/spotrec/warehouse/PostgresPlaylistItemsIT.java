package dev.spotrec.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Playlist items on PostgreSQL (a COPY row per item), each warehouse in its own schema. */
class PostgresPlaylistItemsIT extends PlaylistItemsContract {
    @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected WarehouseUrl freshUrl() {
        return schemas.freshUrl();
    }
}
