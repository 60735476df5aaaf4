package dev.spotrec.warehouse.internal;

import dev.spotrec.warehouse.WarehouseException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Versioned schema migrations. Migration N is the resource {@code migrations/V00N__name.sql}
 * (portable SQL for both engines) plus, when present, {@code migrations/<engine>/V00N__name.sql}.
 * Each runs in one transaction together with its row in {@code schema_migrations}, so a warehouse
 * is always at a whole version; applying them again does nothing.
 */
public final class Migrator {
    /** The migrations in order; the last one's version is the current schema version. */
    static final List<String> MIGRATIONS =
            List.of("V001__schema.sql", "V002__experiment.sql", "V003__saved_tracks.sql");

    private static final String TABLE =
            "CREATE TABLE IF NOT EXISTS schema_migrations ("
                    + "version INTEGER PRIMARY KEY, name VARCHAR NOT NULL, "
                    + "applied_at TIMESTAMP WITH TIME ZONE NOT NULL)";

    private Migrator() {}

    /** The schema version this code writes. */
    public static int latest() {
        return MIGRATIONS.size();
    }

    /** Applies every missing migration; returns how many it applied. */
    public static int migrate(Connection c, Dialect dialect, Clock clock) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(TABLE);
        }
        int current = version(c);
        if (current > latest()) {
            throw WarehouseException.failure(
                    "the warehouse schema is version "
                            + current
                            + " but this spotrec knows only up to "
                            + latest()
                            + "; use a newer spotrec",
                    null);
        }
        int applied = 0;
        for (int v = current + 1; v <= latest(); v++) {
            apply(c, dialect, v, clock);
            applied++;
        }
        return applied;
    }

    /** The applied version, 0 for an empty warehouse. */
    public static int version(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT max(version) FROM schema_migrations")) {
            rs.next();
            return rs.getInt(1);
        }
    }

    private static void apply(Connection c, Dialect dialect, int version, Clock clock)
            throws SQLException {
        String file = MIGRATIONS.get(version - 1);
        List<String> statements = new ArrayList<>(statements(file));
        String extra = dialect.folder() + "/" + file;
        if (Migrator.class.getResource(path(extra)) != null) {
            statements.addAll(statements(extra));
        }
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try (Statement s = c.createStatement()) {
            for (String sql : statements) {
                s.execute(sql);
            }
            try (PreparedStatement p =
                    c.prepareStatement(
                            "INSERT INTO schema_migrations (version, name, applied_at) VALUES (?, ?, ?)")) {
                p.setInt(1, version);
                p.setString(2, file);
                p.setObject(3, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
                p.executeUpdate();
            }
            c.commit();
        } catch (SQLException | RuntimeException e) {
            c.rollback();
            throw e;
        } finally {
            c.setAutoCommit(auto);
        }
    }

    /** The statements of a migration resource: comments dropped, split at semicolons. */
    static List<String> statements(String file) {
        String text;
        try (InputStream in = Migrator.class.getResourceAsStream(path(file))) {
            if (in == null) {
                throw new IllegalStateException("missing migration resource " + path(file));
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException("cannot read migration " + file, e);
        }
        StringBuilder sql = new StringBuilder();
        for (String line : text.split("\n")) {
            String t = line.strip();
            if (!t.startsWith("--")) {
                sql.append(line).append('\n');
            }
        }
        List<String> out = new ArrayList<>();
        for (String part : sql.toString().split(";")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String path(String file) {
        return "/dev/spotrec/warehouse/migrations/" + file;
    }
}
