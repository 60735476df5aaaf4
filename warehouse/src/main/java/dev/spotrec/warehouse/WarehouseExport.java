package dev.spotrec.warehouse;

import dev.spotrec.warehouse.internal.Dialect;
import dev.spotrec.warehouse.internal.ParquetExporter;
import dev.spotrec.warehouse.internal.ReadSql;
import dev.spotrec.warehouse.internal.Tables;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Parquet export of tables and interaction matrices, one file per name. */
final class WarehouseExport {
    private final Warehouse wh;
    private final Connection conn;
    private final Dialect dialect;
    private final WarehouseUrl url;

    WarehouseExport(Warehouse wh, Connection conn, Dialect dialect, WarehouseUrl url) {
        this.wh = wh;
        this.conn = conn;
        this.dialect = dialect;
        this.url = url;
    }

    List<ExportedFile> export(Path dir, List<String> names) {
        Map<String, String> queries = resolve(names);
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw WarehouseException.badInput(
                    "cannot create export directory " + dir + ": " + e.getMessage(), e);
        }
        List<ExportedFile> out = new ArrayList<>();
        for (Map.Entry<String, String> q : queries.entrySet()) {
            Path file = dir.resolve(q.getKey() + ".parquet").toAbsolutePath();
            try {
                Files.deleteIfExists(file);
                out.add(new ExportedFile(q.getKey(), file, write(q.getValue(), file, dir)));
            } catch (SQLException e) {
                throw wh.wrap(e, "exporting " + q.getKey() + " to " + file);
            } catch (IOException e) {
                throw WarehouseException.badInput(
                        "cannot replace " + file + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private long write(String sql, Path file, Path dir) throws SQLException, IOException {
        try (Connection reader = dialect.openReader(conn, url)) {
            if (dialect == Dialect.DUCKDB) {
                return ParquetExporter.copyFromDuckDb(reader, sql, file);
            }
            Path tmp = Files.createTempDirectory(dir, ".spotrec-export");
            try {
                return ParquetExporter.copyFromJdbc(reader, sql, file, tmp);
            } finally {
                try (var files = Files.walk(tmp)) {
                    files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
                }
                reader.rollback();
            }
        }
    }

    private Map<String, String> resolve(List<String> names) {
        Map<String, String> out = new LinkedHashMap<>();
        if (names.isEmpty()) {
            Tables.ALL.forEach(t -> out.put(t, ReadSql.table(t)));
            for (InteractionMatrix m : InteractionMatrix.values()) {
                out.put(m.exportName(), ReadSql.interactions(m, dialect));
            }
            return out;
        }
        for (String name : names) {
            String n = name.strip();
            if (Tables.ALL.contains(n)) {
                out.put(n, ReadSql.table(n));
                continue;
            }
            InteractionMatrix m = matrix(n);
            if (m == null) {
                throw WarehouseException.badInput(
                        "unknown table or matrix '"
                                + n
                                + "'; known: tables "
                                + Tables.ALL
                                + ", matrices "
                                + List.of(InteractionMatrix.values()).stream()
                                        .map(InteractionMatrix::exportName)
                                        .toList(),
                        null);
            }
            out.put(n, ReadSql.interactions(m, dialect));
        }
        return out;
    }

    private static InteractionMatrix matrix(String name) {
        for (InteractionMatrix m : InteractionMatrix.values()) {
            if (m.exportName().equals(name)) {
                return m;
            }
        }
        return null;
    }
}
