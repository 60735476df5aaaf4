package dev.spotrec.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.data.EvaluationJson;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
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
        assertThat(doc.path("charts")).hasSize(3);
        for (JsonNode chart : doc.path("charts")) {
            assertThat(target.resolve(chart.asString())).exists();
        }
        assertThat(doc.path("parts").path("dataset").asBoolean()).isTrue();
        assertThat(doc.path("parts").path("evaluations").asBoolean()).isTrue();
        assertThat(doc.path("parts").path("popularity").asBoolean()).isTrue();
        assertThat(doc.path("parts").path("training").asBoolean()).isTrue();
    }
}
