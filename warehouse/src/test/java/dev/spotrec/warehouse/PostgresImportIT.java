package dev.spotrec.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Importers into PostgreSQL, each test in its own schema. */
class PostgresImportIT extends ImportContract {
    @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected WarehouseUrl freshUrl() {
        return schemas.freshUrl();
    }
}
