package dev.spotrec.warehouse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Fresh PostgreSQL schemas for tests, on the server named by {@code SPOTREC_TEST_POSTGRES_URL}
 * (e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=spotrec}); tests skip without it.
 * Registered as an extension ({@code @RegisterExtension final PostgresSchemas schemas = new
 * PostgresSchemas();}), it drops the schemas {@link #freshUrl()} made after each test, once the
 * test's own {@code @AfterEach} methods have closed the warehouse.
 */
final class PostgresSchemas implements AfterEachCallback {
    static final String ENV = "SPOTREC_TEST_POSTGRES_URL";

    private final List<String> made = new ArrayList<>();
    private String server;

    /** A warehouse URL on a new schema of the test server; skips the test without a server. */
    WarehouseUrl freshUrl() {
        server = serverUrl();
        String[] schema = new String[1];
        WarehouseUrl url = WarehouseUrl.parse(freshSchemaUrl(server, schema));
        made.add(schema[0]);
        return url;
    }

    @Override
    public void afterEach(ExtensionContext context) throws SQLException {
        for (String schema : made) {
            drop(server, schema);
        }
        made.clear();
    }

    /** The server URL; skips the calling test when the variable is unset. */
    static String serverUrl() {
        String url = System.getenv(ENV);
        assumeTrue(
                url != null && !url.isBlank(),
                ENV
                        + " is not set: skipping the PostgreSQL "
                        + "warehouse tests (CI sets it; see DESIGN.md for a throwaway server)");
        return url;
    }

    /** A new schema name, and the warehouse URL that uses it. */
    static String freshSchemaUrl(String server, String[] schemaOut) {
        String schema = "t_" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1);
        schemaOut[0] = schema;
        return server + (server.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    static void drop(String server, String schema) throws SQLException {
        try (Connection c = DriverManager.getConnection(server);
                Statement s = c.createStatement()) {
            s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }
}
