package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.Worlds;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code spotrec train --engine spark} in {@code local[2]}: the model it saves serves {@code
 * recommend} like a locally trained one, Spark's batch scores land beside it, the export is cleaned
 * up, and bad Spark input is refused before any work.
 */
class TrainSparkIT {
    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    /** {@code train --model als --engine spark} on {@code wh}, then {@code extra}. */
    private int sparkAls(String wh, String... extra) {
        List<String> args =
                new ArrayList<>(
                        List.of("train", "--warehouse", wh, "--model", "als", "--engine", "spark"));
        args.addAll(List.of(extra));
        return run(args.toArray(String[]::new));
    }

    @Test
    void trainsOnSparkAndTheModelServesRecommend() {
        var world = Worlds.load("synthetic:seed=5,users=30,artists=25,tracks=250,playlists=100");
        String wh = "duckdb:" + dir.resolve("wh.duckdb");
        try (Warehouse w = Warehouse.open(wh)) {
            w.write(world::writeTo);
        }
        Path model = dir.resolve("model");

        int code =
                sparkAls(
                        wh,
                        "--out",
                        model.toString(),
                        "--master",
                        "local[2]",
                        "--set",
                        "rank=8",
                        "--set",
                        "maxIter=5");

        assertThat(code).as(err.toString()).isZero();
        assertThat(model.resolve("model.properties")).as(listing()).isRegularFile();
        assertThat(model.resolve("recommendations.parquet")).exists();
        assertThat(dir.resolve("model.spark-export")).doesNotExist();
        assertThat(err.toString()).contains("Spark (local[2])");

        String playlist = world.playlists().get(0).id();
        out.getBuffer().setLength(0);
        int rec =
                run(
                        "recommend",
                        "--model",
                        model.toString(),
                        "--warehouse",
                        wh,
                        "--playlist",
                        playlist,
                        "--n",
                        "5",
                        "--json");
        assertThat(rec).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"trackId\"");
    }

    private String listing() {
        try (var files = Files.walk(dir, 3)) {
            return err + "\n" + files.map(Path::toString).toList();
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }

    @Test
    void badMasterOrModelIsAUsageErrorBeforeAnyWork() throws Exception {
        String wh = "duckdb:" + dir.resolve("absent.duckdb");

        assertThat(sparkAls(wh, "--master", "mesos://nowhere")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("mesos://nowhere");
        assertThat(run("train", "--warehouse", wh, "--model", "item-knn", "--engine", "spark"))
                .isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("only --model als");
        assertThat(sparkAls(wh, "--set", "colour=blue")).isEqualTo(Main.USAGE);
        assertThat(err.toString()).contains("colour");
        assertThat(Files.exists(dir.resolve("absent.duckdb"))).isFalse();
    }
}
