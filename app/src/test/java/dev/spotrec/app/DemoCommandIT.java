package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.data.EvaluationJson;
import dev.spotrec.recommender.eval.EvaluationReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code spotrec demo} in a temporary directory on a small world, twice. */
class DemoCommandIT {
    static final String WORLD =
            "synthetic:seed=4,users=50,artists=30,tracks=300,playlists=150,length=12";

    @TempDir Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        return cli.execute(args);
    }

    @Test
    void crawlsTrainsEvaluatesAndReusesTheDataOnTheSecondRun() {
        Path data = dir.resolve("data");
        int code = run("demo", "--data-dir", data.toString(), "--world", WORLD);
        assertThat(code).as(err.toString()).isZero();
        assertThat(data.resolve("warehouse.duckdb")).isRegularFile();
        assertThat(data.resolve("model/model.properties")).isRegularFile();
        String log = err.toString();
        assertThat(log)
                .contains("crawled")
                .contains("trained hybrid")
                .contains("recall@10")
                .contains("most-popular")
                .contains("./spotrec serve --warehouse duckdb:" + data.resolve("warehouse.duckdb"))
                .doesNotContain("demo-secret");
        EvaluationReport report = EvaluationJson.read(data.resolve("evaluation.json"));
        assertThat(report.protocol()).isEqualTo("playlist-holdout");
        assertThat(report.model("hybrid").mean("versionLeak@10")).isZero();
        assertThat(report.model("hybrid").mean("recall@10"))
                .isGreaterThan(report.model("most-popular").mean("recall@10"));

        err.getBuffer().setLength(0);
        assertThat(run("demo", "--data-dir", data.toString(), "--world", WORLD))
                .as(err.toString())
                .isZero();
        assertThat(err.toString())
                .contains("reusing the warehouse")
                .contains("reusing the model")
                .doesNotContain("crawled");
    }
}
