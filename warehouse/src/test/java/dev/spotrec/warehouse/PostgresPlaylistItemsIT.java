package dev.spotrec.warehouse;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;

/** Playlist items on PostgreSQL (a COPY row per item), each warehouse in its own schema. */
class PostgresPlaylistItemsIT extends PlaylistItemsContract {
    private final List<String> schemas = new ArrayList<>();
    private String server;

    @Override
    protected WarehouseUrl freshUrl() {
        server = PostgresSchemas.serverUrl();
        String[] schema = new String[1];
        WarehouseUrl url = WarehouseUrl.parse(PostgresSchemas.freshSchemaUrl(server, schema));
        schemas.add(schema[0]);
        return url;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        closeWarehouse();
        wh = null;
        for (String s : schemas) {
            PostgresSchemas.drop(server, s);
        }
    }
}
