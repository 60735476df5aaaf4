package dev.spotrec.app.experiment;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

/**
 * The experiment on PostgreSQL ({@code SPOTREC_TEST_POSTGRES_URL}, each test in fresh schemas);
 * skips without a server.
 */
class ExperimentPostgresIT extends ExperimentContract {
    private static final String ENV = "SPOTREC_TEST_POSTGRES_URL";

    private String server;
    private String schema;
    private final List<String> schemas = new ArrayList<>();

    @BeforeEach
    void pickSchema() {
        server = System.getenv(ENV);
        assumeTrue(
                server != null && !server.isBlank(),
                ENV + " is not set: skipping the PostgreSQL experiment tests (CI sets it)");
        schema = "exp_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
    }

    @Override
    protected String url() {
        return inSchema(schema);
    }

    @Override
    protected String otherUrl() {
        return inSchema(schema + "_other");
    }

    private String inSchema(String name) {
        schemas.add(name);
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + name;
    }

    @AfterEach
    void dropSchemas() throws Exception {
        if (server == null || server.isBlank()) {
            return;
        }
        closeAll();
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            for (String name : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + name + " CASCADE");
            }
        }
    }
}
