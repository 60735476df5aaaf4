package dev.spotrec.warehouse;

import org.junit.jupiter.api.AfterEach;

/** The crawl tables on PostgreSQL, each test in its own schema. */
class PostgresCrawlTablesIT extends CrawlTablesContract {
    private final String[] schema = new String[1];
    private String server;

    @Override
    protected WarehouseUrl freshUrl() {
        server = PostgresSchemas.serverUrl();
        return WarehouseUrl.parse(PostgresSchemas.freshSchemaUrl(server, schema));
    }

    @AfterEach
    void dropSchema() throws Exception {
        if (schema[0] != null) {
            closeWarehouse();
            wh = null;
            PostgresSchemas.drop(server, schema[0]);
        }
    }
}
