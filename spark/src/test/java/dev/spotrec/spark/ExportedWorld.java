package dev.spotrec.spark;

import dev.spotrec.datasets.World;
import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import dev.spotrec.warehouse.InteractionMatrix;
import dev.spotrec.warehouse.Warehouse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A small synthetic world written into a DuckDB warehouse and exported to Parquet, with the
 * training data read back from the same warehouse (as the app's train command does).
 */
record ExportedWorld(TrainingData data, Path exportDir) {

    static ExportedWorld create(Path dir, String spec) {
        World world = Worlds.generate((WorldSpec.Synthetic) WorldSpec.parse(spec));
        try (Warehouse wh = Warehouse.open("duckdb:" + dir.resolve("warehouse.duckdb"))) {
            wh.write(world::writeTo);
            Path export = dir.resolve("export");
            wh.export(export, List.of(InteractionMatrix.PLAYLIST_TRACK.exportName()));
            TrainingDataBuilder b = TrainingData.builder();
            wh.forEachInteraction(
                    InteractionMatrix.PLAYLIST_TRACK, (r, c, w) -> b.interaction(r, c, (float) w));
            wh.forEachTrack(t -> b.item(t.id(), t.primaryArtistId(), t.name(), null));
            return new ExportedWorld(b.build(), export);
        }
    }

    /**
     * Writes a copy of the export holding only the rows that still have interactions in {@code
     * train} (a hold-out split removes the held-out playlists' rows) into {@code dir}.
     */
    Path exportOf(TrainingData train, Path dir) throws Exception {
        Files.createDirectories(dir);
        Path source = exportDir.resolve("playlist_track.parquet");
        Path target = dir.resolve("playlist_track.parquet");
        CsrMatrix m = train.interactions();
        try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kept (row_id VARCHAR)");
            try (PreparedStatement p = c.prepareStatement("INSERT INTO kept VALUES (?)")) {
                for (int r = 0; r < m.rows(); r++) {
                    if (m.rowLength(r) > 0) {
                        p.setString(1, train.rows().key(r));
                        p.addBatch();
                    }
                }
                p.executeBatch();
            }
            s.execute(
                    "COPY (SELECT * FROM read_parquet('"
                            + source
                            + "') WHERE row_id IN (SELECT row_id FROM kept)) TO '"
                            + target
                            + "' (FORMAT parquet)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot split " + source + ": " + e.getMessage(), e);
        }
        return dir;
    }
}
