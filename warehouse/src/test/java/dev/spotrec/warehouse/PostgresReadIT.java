package dev.spotrec.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Streaming reads and export on PostgreSQL, each test in its own schema. */
class PostgresReadIT extends ReadContract {
    @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected WarehouseUrl freshUrl() {
        return schemas.freshUrl();
    }
}
