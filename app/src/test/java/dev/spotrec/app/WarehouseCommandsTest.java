package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.MpdWriter;
import dev.spotrec.datasets.WorldSpec;
import dev.spotrec.datasets.Worlds;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The import and warehouse commands, run in-process. */
class WarehouseCommandsTest {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    private String wh() {
        return "duckdb:" + dir.resolve("wh.duckdb");
    }

    private Path mpd(int playlists) {
        Path mpd = dir.resolve("mpd");
        try (MpdWriter w = MpdWriter.builder(mpd).sliceSize(5).build()) {
            Worlds.stream(
                    WorldSpec.parse(
                            "synthetic:seed=2,users=10,artists=10,tracks=40,"
                                    + "playlists="
                                    + playlists
                                    + ",length=5"),
                    w);
        }
        return mpd;
    }

    @Test
    void everyCommandHasHelp() {
        assertThat(run("import", "--help")).isZero();
        assertThat(out.toString()).contains("mpd, hetrec or spotify-csv").contains("--warehouse");
        assertThat(run("warehouse", "--help")).isZero();
        assertThat(out.toString()).contains("stats").contains("export").contains("sql");
        for (String sub : new String[] {"stats", "export", "sql"}) {
            assertThat(run("warehouse", sub, "--help")).isZero();
        }
    }

    @Test
    void aMalformedWarehouseUrlExitsTwoNamingIt() {
        assertThat(run("warehouse", "stats", "--warehouse", "sqlite:/tmp/x.db")).isEqualTo(2);
        assertThat(err.toString().lines().toList())
                .singleElement()
                .asString()
                .contains("malformed warehouse URL 'sqlite:/tmp/x.db'");
    }

    @Test
    void anUnknownImportSourceIsBadUsage() {
        assertThat(run("import", "lastfm", dir.toString())).isEqualTo(2);
        assertThat(err.toString()).contains("lastfm");
    }

    @Test
    void importsThenReportsStatsAsJson() throws Exception {
        assertThat(run("import", "mpd", mpd(12).toString(), "--warehouse", wh())).isZero();
        assertThat(err.toString()).contains("3 files");
        assertThat(run("warehouse", "stats", "--warehouse", wh(), "--json")).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.get("warehouse").asString()).isEqualTo(wh());
        assertThat(doc.get("schemaVersion").asInt())
                .isEqualTo(dev.spotrec.warehouse.Warehouse.latestSchemaVersion());
        assertThat(doc.get("tables").get("playlists").asLong()).isEqualTo(12);
        assertThat(doc.get("tables").get("users").asLong()).isEqualTo(1);
        assertThat(doc.get("tables").get("user_saved_tracks").asLong()).isZero();
        assertThat(doc.get("tables").size())
                .isEqualTo(dev.spotrec.warehouse.Warehouse.exportableTables().size());
    }

    @Test
    void aCorruptImportFileFailsWithAMessageAndStoresNoPartialBatch() throws Exception {
        Path mpd = mpd(10);
        Path second = mpd.resolve("mpd.slice.5-9.json");
        Files.writeString(second, "{\"info\": {}, \"playlists\": [ {\"name\": ");
        assertThat(run("import", "mpd", mpd.toString(), "--warehouse", wh())).isEqualTo(2);
        assertThat(err.toString()).contains(second.toString()).contains("corrupt input");
        out.getBuffer().setLength(0);
        assertThat(
                        run(
                                "warehouse",
                                "sql",
                                "SELECT count(*) AS n FROM playlists",
                                "--json",
                                "--warehouse",
                                wh()))
                .isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.get("rows").get(0).get(0).asLong()).isZero();
    }

    @Test
    void exportsAMatrixAndRunsSqlAsATable() throws Exception {
        assertThat(run("import", "mpd", mpd(5).toString(), "--warehouse", wh())).isZero();
        assertThat(
                        run(
                                "warehouse",
                                "export",
                                "--warehouse",
                                wh(),
                                "--out",
                                dir.resolve("out").toString(),
                                "--matrices",
                                "playlist_track",
                                "--tables",
                                "tracks",
                                "--json"))
                .isZero();
        JsonNode files = JsonMapper.builder().build().readTree(out.toString()).get("files");
        assertThat(files.size()).isEqualTo(2);
        assertThat(dir.resolve("out/playlist_track.parquet")).isRegularFile();
        out.getBuffer().setLength(0);
        assertThat(run("warehouse", "sql", "SELECT id FROM users", "--warehouse", wh())).isZero();
        assertThat(out.toString()).contains("id").contains("mpd").contains("(1 rows)");
        assertThat(run("warehouse", "sql", "DELETE FROM users", "--warehouse", wh())).isEqualTo(2);
    }

    @Test
    void statsOfAMissingWarehouseIsBadInput() {
        assertThat(run("warehouse", "stats", "--warehouse", wh())).isEqualTo(2);
        assertThat(err.toString()).contains("no warehouse at");
    }
}
