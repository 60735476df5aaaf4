package dev.spotrec.warehouse;

import org.junit.jupiter.api.extension.RegisterExtension;

/** The experiment tables on PostgreSQL, each test in its own schema; skips without a server. */
class PostgresExperimentStoreIT extends ExperimentStoreContract {
    @RegisterExtension final PostgresSchemas schemas = new PostgresSchemas();

    @Override
    protected WarehouseUrl freshUrl() {
        return schemas.freshUrl();
    }
}
