package dev.spotrec.warehouse.internal;

import dev.spotrec.warehouse.WarehouseException;
import dev.spotrec.warehouse.WarehouseUrl;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Properties;
import org.duckdb.DuckDBConnection;

/**
 * Every difference between the two engines, in one place: connecting (and opening read-only), the
 * bulk staging path, streaming reads, ordering by id, and what their error messages mean. The
 * schema, the merge SQL and the read queries are otherwise the same text on both.
 */
public enum Dialect {
    DUCKDB {
        @Override
        Connection connect(WarehouseUrl url, boolean readOnly) throws SQLException {
            Path path = url.path();
            if (path != null) {
                checkFile(url, path, readOnly);
            }
            Properties props = new Properties();
            props.setProperty("jdbc_stream_results", "true");
            if (readOnly && path != null) {
                props.setProperty("duckdb.read_only", "true");
            }
            return DriverManager.getConnection(url.jdbcUrl(), props);
        }

        @Override
        public Stager stager(Connection conn) throws SQLException {
            return new DuckDbStager(conn.unwrap(DuckDBConnection.class));
        }

        @Override
        public Connection openReader(Connection main, WarehouseUrl url) throws SQLException {
            return main.unwrap(DuckDBConnection.class).duplicate();
        }

        @Override
        public Connection openWriter(Connection main, WarehouseUrl url) throws SQLException {
            return main.unwrap(DuckDBConnection.class).duplicate();
        }

        @Override
        public String orderKey(String column) {
            return column;
        }

        @Override
        WarehouseException classify(SQLException e, WarehouseUrl url, String doing) {
            String m = String.valueOf(e.getMessage());
            String where = "warehouse " + url;
            if (m.contains("Could not set lock") || m.contains("Conflicting lock")) {
                return WarehouseException.failure(
                        where
                                + " is in use by another process (a "
                                + "DuckDB file has one writer at a time); close it and retry",
                        e);
            }
            if (m.contains("read-only mode")
                    || m.contains("Permission denied")
                    || m.contains("Read-only file system")) {
                return WarehouseException.badInput(
                        where
                                + " cannot be written while "
                                + doing
                                + ": the file or its directory is read-only; make it writable or use a "
                                + "read-only command (warehouse stats, sql, export)",
                        e);
            }
            return null;
        }

        private void checkFile(WarehouseUrl url, Path path, boolean readOnly) {
            if (readOnly) {
                if (!Files.isRegularFile(path)) {
                    throw WarehouseException.badInput(
                            "no warehouse at "
                                    + path
                                    + "; create one "
                                    + "with 'spotrec import' or 'spotrec crawl' first",
                            null);
                }
                return;
            }
            if (Files.exists(path) && !ownerWritable(path)) {
                throw WarehouseException.badInput(
                        "warehouse "
                                + url
                                + " is a read-only file; "
                                + "make it writable (chmod u+w "
                                + path
                                + ") or use a read-only command "
                                + "(warehouse stats, sql, export)",
                        null);
            }
            try {
                Files.createDirectories(path.toAbsolutePath().getParent());
            } catch (IOException e) {
                throw WarehouseException.badInput(
                        "cannot create the directory of warehouse " + url + ": " + e.getMessage(),
                        e);
            }
        }

        private boolean ownerWritable(Path path) {
            try {
                return Files.getPosixFilePermissions(path)
                        .contains(PosixFilePermission.OWNER_WRITE);
            } catch (UnsupportedOperationException | IOException e) {
                return Files.isWritable(path);
            }
        }
    },

    POSTGRESQL {
        @Override
        Connection connect(WarehouseUrl url, boolean readOnly) throws SQLException {
            Connection c = DriverManager.getConnection(url.jdbcUrl());
            try (Statement s = c.createStatement()) {
                if (url.schema() != null && !readOnly) {
                    s.execute("CREATE SCHEMA IF NOT EXISTS " + url.schema());
                }
                if (readOnly) {
                    s.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY");
                }
            } catch (SQLException e) {
                c.close();
                throw e;
            }
            return c;
        }

        @Override
        public Stager stager(Connection conn) throws SQLException {
            return new PostgresCopyStager(conn);
        }

        @Override
        public Connection openReader(Connection main, WarehouseUrl url) throws SQLException {
            Connection c = DriverManager.getConnection(url.jdbcUrl());
            // The driver streams with a cursor only inside a transaction.
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.execute("SET TRANSACTION READ ONLY");
            }
            return c;
        }

        @Override
        public String orderKey(String column) {
            // Byte order, as DuckDB sorts; the database's locale collation would differ.
            return column + " COLLATE \"C\"";
        }

        @Override
        WarehouseException classify(SQLException e, WarehouseUrl url, String doing) {
            String state = String.valueOf(e.getSQLState());
            String where = "PostgreSQL warehouse " + url;
            if (state.startsWith("08")) {
                return WarehouseException.failure(
                        "cannot reach "
                                + where
                                + " while "
                                + doing
                                + ": "
                                + e.getMessage()
                                + "; is the server running and the host/port "
                                + "right?",
                        e);
            }
            if (state.startsWith("28") || state.equals("3D000")) {
                return WarehouseException.badInput(
                        where
                                + " refused the connection: "
                                + e.getMessage()
                                + "; check the user and database in the URL",
                        e);
            }
            if (state.equals("25006")) {
                return WarehouseException.badInput(
                        where + " is open read-only; " + doing + " needs a read-write connection",
                        e);
            }
            return null;
        }
    };

    /** The dialect of {@code url}'s engine. */
    public static Dialect of(WarehouseUrl url) {
        return url.engine() == WarehouseUrl.Engine.DUCKDB ? DUCKDB : POSTGRESQL;
    }

    /**
     * Connects; a read-only connection cannot write (DuckDB opens the file read-only, PostgreSQL
     * makes every transaction read-only).
     */
    public Connection open(WarehouseUrl url, boolean readOnly) {
        try {
            return connect(url, readOnly);
        } catch (SQLException e) {
            throw wrap(e, url, "opening it");
        }
    }

    abstract Connection connect(WarehouseUrl url, boolean readOnly) throws SQLException;

    /** The bulk staging path of this engine. */
    public abstract Stager stager(Connection conn) throws SQLException;

    /** A second connection for a streaming read; close it when done. */
    public abstract Connection openReader(Connection main, WarehouseUrl url) throws SQLException;

    /**
     * Another read-write connection to the same warehouse, for batches staged beside the main
     * connection's (DuckDB: a duplicate in this process, since a file has one writer process).
     */
    public Connection openWriter(Connection main, WarehouseUrl url) throws SQLException {
        return connect(url, false);
    }

    /** {@code column} as an ORDER BY term that sorts ids in the same (byte) order on both. */
    public abstract String orderKey(String column);

    /** Subfolder of engine-only migration steps. */
    public String folder() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Wraps a driver error once, naming the warehouse and what was being done. */
    public WarehouseException wrap(SQLException e, WarehouseUrl url, String doing) {
        WarehouseException known = classify(e, url, doing);
        if (known != null) {
            return known;
        }
        return WarehouseException.failure(
                "warehouse " + url + ": " + doing + " failed: " + firstLine(e.getMessage()), e);
    }

    abstract WarehouseException classify(SQLException e, WarehouseUrl url, String doing);

    private static String firstLine(String message) {
        if (message == null) {
            return "no message";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
