package dev.spotrec.warehouse;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where a warehouse lives, in the command-line form {@code WH}: {@code duckdb:PATH} (an embedded
 * DuckDB file, created on first write; {@code duckdb::memory:} for a throw-away in-memory one) or
 * {@code jdbc:postgresql://HOST[:PORT]/DB[?user=...]} (a PostgreSQL server, or Amazon Redshift
 * through its PostgreSQL endpoint). {@link #toString()} hides a {@code password} parameter.
 *
 * @param engine which engine
 * @param path the DuckDB file; null for PostgreSQL and for in-memory DuckDB
 * @param jdbcUrl the JDBC URL the driver receives (contains any password: never log it)
 * @param schema PostgreSQL {@code currentSchema} parameter, created when missing; null otherwise
 */
public record WarehouseUrl(Engine engine, Path path, String jdbcUrl, String schema) {
    /** The default warehouse, {@code duckdb:./spotrec-data/warehouse.duckdb}. */
    public static final String DEFAULT = "duckdb:./spotrec-data/warehouse.duckdb";

    private static final String FORMS =
            "expected duckdb:PATH or jdbc:postgresql://HOST:PORT/DB?user=NAME";
    private static final Pattern POSTGRES =
            Pattern.compile(
                    "jdbc:postgresql://([^/:?#]+|\\[[0-9a-fA-F:]+])(?::([^/?#]*))?/([^?#]*)(\\?.*)?");
    private static final Pattern SCHEMA = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,62}");

    /** The two engines. */
    public enum Engine {
        DUCKDB,
        POSTGRESQL
    }

    /** Validates the parts. */
    public WarehouseUrl {
        if (engine == null || jdbcUrl == null) {
            throw new IllegalArgumentException(
                    "warehouse url: engine and jdbcUrl must not be null");
        }
    }

    /**
     * Parses {@code WH}.
     *
     * @throws WarehouseException (bad input) naming the URL and the expected forms
     */
    public static WarehouseUrl parse(String text) {
        if (text == null || text.isBlank()) {
            throw bad("", "the warehouse URL is empty; " + FORMS);
        }
        String s = text.strip();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.startsWith("duckdb:")) {
            return duckdb(s, s.substring("duckdb:".length()));
        }
        if (lower.startsWith("jdbc:postgresql:")) {
            return postgres(s);
        }
        if (lower.startsWith("postgresql:") || lower.startsWith("postgres:")) {
            throw bad(s, "JDBC form needed: write jdbc:postgresql://HOST:PORT/DB?user=NAME");
        }
        if (lower.startsWith("jdbc:redshift:")) {
            throw bad(
                    s,
                    "Redshift is reached through its PostgreSQL endpoint: write "
                            + "jdbc:postgresql://CLUSTER:5439/DB?user=NAME&ssl=true");
        }
        throw bad(s, "unknown scheme; " + FORMS);
    }

    /** The URL as the user wrote it, with any password replaced by {@code ***}. */
    @Override
    public String toString() {
        if (engine == Engine.DUCKDB) {
            return path == null ? "duckdb::memory:" : "duckdb:" + path;
        }
        return jdbcUrl.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
    }

    private static WarehouseUrl duckdb(String text, String rest) {
        String p = rest.strip();
        if (p.isEmpty()) {
            throw bad(
                    text, "duckdb: needs a file path, e.g. duckdb:./spotrec-data/warehouse.duckdb");
        }
        if (p.equals(":memory:")) {
            return new WarehouseUrl(Engine.DUCKDB, null, "jdbc:duckdb:", null);
        }
        if (p.contains("?")) {
            throw bad(text, "duckdb: takes a plain file path without ?options");
        }
        try {
            Path path = Path.of(p).toAbsolutePath().normalize();
            return new WarehouseUrl(Engine.DUCKDB, path, "jdbc:duckdb:" + path, null);
        } catch (InvalidPathException e) {
            throw bad(text, "not a valid file path: " + e.getReason());
        }
    }

    private static WarehouseUrl postgres(String text) {
        Matcher m = POSTGRES.matcher(text);
        if (!m.matches()) {
            throw bad(text, FORMS);
        }
        String port = m.group(2);
        if (port != null && !port.isEmpty()) {
            int n;
            try {
                n = Integer.parseInt(port);
            } catch (NumberFormatException e) {
                n = -1;
            }
            if (n < 1 || n > 65535) {
                throw bad(text, "port must be a number from 1 to 65535, got '" + port + "'");
            }
        }
        if (m.group(3).isBlank()) {
            throw bad(text, "the database name after the host is missing; " + FORMS);
        }
        Map<String, String> params = params(text, m.group(4));
        String schema = params.get("currentschema");
        if (schema != null && !SCHEMA.matcher(schema).matches()) {
            throw bad(text, "currentSchema must be one plain SQL identifier, got '" + schema + "'");
        }
        return new WarehouseUrl(Engine.POSTGRESQL, null, text, schema);
    }

    private static Map<String, String> params(String text, String query) {
        Map<String, String> out = new LinkedHashMap<>();
        if (query == null || query.length() <= 1) {
            return out;
        }
        for (String kv : query.substring(1).split("&")) {
            int eq = kv.indexOf('=');
            if (eq <= 0) {
                throw bad(
                        text,
                        "parameter '"
                                + kv.replaceAll("(?i)password.*", "password")
                                + "' is not KEY=VALUE");
            }
            out.put(kv.substring(0, eq).toLowerCase(Locale.ROOT), kv.substring(eq + 1));
        }
        return out;
    }

    private static WarehouseException bad(String text, String problem) {
        String shown = text.replaceAll("(?i)([?&]password=)[^&]*", "$1***");
        return WarehouseException.badInput(
                "malformed warehouse URL '" + shown + "': " + problem, null);
    }
}
