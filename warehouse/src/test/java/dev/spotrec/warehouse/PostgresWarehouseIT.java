package dev.spotrec.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The warehouse contract on PostgreSQL, each test in its own schema. */
class PostgresWarehouseIT extends WarehouseContract {
    @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected WarehouseUrl freshUrl() {
        return schemas.freshUrl();
    }
}
