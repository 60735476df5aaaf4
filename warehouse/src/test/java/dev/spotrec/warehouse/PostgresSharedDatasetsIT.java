package dev.spotrec.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** Shared-dataset imports into PostgreSQL, each test in its own schema. */
class PostgresSharedDatasetsIT extends SharedDatasetImportContract {
    @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected WarehouseUrl freshUrl() {
        return schemas.freshUrl();
    }
}
