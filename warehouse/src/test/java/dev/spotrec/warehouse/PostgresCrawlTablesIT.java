package dev.spotrec.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The crawl tables on PostgreSQL, each test in its own schema. */
class PostgresCrawlTablesIT extends CrawlTablesContract {
    @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected WarehouseUrl freshUrl() {
        return schemas.freshUrl();
    }
}
