package dev.spotrec.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.data.EvaluationJson;
import dev.spotrec.app.experiment.Design;
import dev.spotrec.app.experiment.Experiment;
import dev.spotrec.app.experiment.Trial;
import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.app.service.PlaylistInput;
import dev.spotrec.warehouse.Warehouse;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code spotrec report} on the demo's layout: warehouse, model and evaluation.json side by side.
 */
class ReportCommandIT {
    @TempDir static Path dir;

    static ReportWorld world;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @BeforeAll
    static void demoLayout() throws Exception {
        world = ReportWorld.create(dir);
        EvaluationJson.write(world.holdout(), dir.resolve("evaluation.json"));
        oneVote();
    }

    /** One listener compares the two lists once, through the experiment's own API. */
    private static void oneVote() {
        List<String> tracks = List.of(world.data.items().key(0), world.data.items().key(1));
        List<ContinuationItem> ours = items(world.data.items().key(2), world.data.items().key(3));
        List<ContinuationItem> base = items(world.data.items().key(4), world.data.items().key(5));
        try (Warehouse wh = Warehouse.open(world.warehouseUrl)) {
            Experiment exp = Experiment.open(wh, new SplittableRandom(3), Clock.systemUTC());
            Trial trial =
                    exp.start(
                            "listener-1",
                            new PlaylistInput("pl-1", "mix", "listener-1", tracks),
                            ours,
                            base,
                            "most-popular",
                            Design.SIDE_BY_SIDE);
            exp.vote(trial.id(), "listener-1", 1);
        }
    }

    private static List<ContinuationItem> items(String... ids) {
        List<ContinuationItem> out = new java.util.ArrayList<>();
        for (int i = 0; i < ids.length; i++) {
            out.add(
                    new ContinuationItem(
                            i + 1,
                            ids[i],
                            ids[i],
                            List.of("a"),
                            "album",
                            1.0 - i,
                            "why",
                            List.of()));
        }
        return out;
    }

    private int run(String... args) {
        ReportCommand command = new ReportCommand();
        command.clock = Clock.fixed(Instant.parse("2026-11-27T12:00:00Z"), ZoneOffset.UTC);
        CommandLine cli = new CommandLine(command);
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void findsEveryInputBesideTheWarehouseAndPrintsThePage() throws Exception {
        assertThat(run("--warehouse", world.warehouseUrl, "--sample", "40")).isZero();
        Path index = dir.resolve("report").resolve("index.html").toAbsolutePath().normalize();
        assertThat(out.toString().strip()).isEqualTo(index.toString());
        assertThat(err.toString()).contains("evaluation.json", "beside the warehouse");
        String html = Files.readString(index);
        assertThat(html)
                .contains("playlist-holdout on synthetic")
                .contains("Generated 2026-11-27 12:00:00 UTC")
                .contains("Training loss per epoch")
                .contains("1 participants started 1 trials and gave 1 votes")
                .doesNotContain("class=\"missing\">No evaluation results")
                .doesNotContain("class=\"missing\">No model to sample");
    }

    @Test
    void jsonDescribesTheReport() throws Exception {
        Path target = dir.resolve("elsewhere");
        assertThat(
                        run(
                                "--warehouse",
                                world.warehouseUrl,
                                "--out",
                                target.toString(),
                                "--evaluation",
                                dir.resolve("evaluation.json").toString(),
                                "--model",
                                world.modelDir.toString(),
                                "--sample",
                                "40",
                                "--json"))
                .isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out.toString());
        assertThat(doc.path("index").asString()).endsWith("elsewhere/index.html");
        assertThat(doc.path("charts")).hasSize(4);
        for (JsonNode chart : doc.path("charts")) {
            assertThat(target.resolve(chart.asString())).exists();
        }
        assertThat(doc.path("parts").path("dataset").asBoolean()).isTrue();
        assertThat(doc.path("parts").path("evaluations").asBoolean()).isTrue();
        assertThat(doc.path("parts").path("popularity").asBoolean()).isTrue();
        assertThat(doc.path("parts").path("training").asBoolean()).isTrue();
        assertThat(doc.path("parts").path("experiment").asBoolean()).isTrue();
    }
}
