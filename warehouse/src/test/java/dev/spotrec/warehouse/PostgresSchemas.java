package dev.spotrec.warehouse;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Fresh PostgreSQL schemas for tests, on the server named by {@code SPOTREC_TEST_POSTGRES_URL}
 * (e.g. {@code jdbc:postgresql://127.0.0.1:55432/postgres?user=spotrec}); tests skip without it.
 */
final class PostgresSchemas {
    static final String ENV = "SPOTREC_TEST_POSTGRES_URL";

    private PostgresSchemas() {}

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
