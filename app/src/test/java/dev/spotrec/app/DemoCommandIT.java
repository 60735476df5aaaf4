package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.data.EvaluationJson;
import dev.spotrec.recommender.eval.EvaluationReport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code spotrec demo} in a temporary directory on a small world, then again with {@code --serve},
 * reusing the data and serving the web app.
 */
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
    void crawlsTrainsEvaluatesThenServesReusingTheData() throws Exception {
        Path data = dir.resolve("data");
        int code = run("demo", "--data-dir", data.toString(), "--world", WORLD);
        assertThat(code).as(err.toString()).isZero();
        assertThat(data.resolve("warehouse.duckdb")).isRegularFile();
        assertThat(data.resolve("model/model.properties")).isRegularFile();
        assertThat(data.resolve("report/index.html")).isRegularFile();
        try (var charts = Files.list(data.resolve("report"))) {
            assertThat(charts.filter(p -> p.toString().endsWith(".png")).count()).isPositive();
        }
        String log = err.toString();
        assertThat(log)
                .contains("crawled")
                .contains("trained hybrid")
                .contains("recall@10")
                .contains("most-popular")
                .contains("./spotrec demo --serve --data-dir " + data)
                .doesNotContain("demo-secret")
                // the crawl without login still has a social graph (follows from owners' lists)
                .containsPattern("training data: .*links=[1-9]");
        EvaluationReport report = EvaluationJson.read(data.resolve("evaluation.json"));
        assertThat(report.protocol()).isEqualTo("playlist-holdout");
        assertThat(report.model("hybrid").mean("versionLeak@10")).isZero();
        assertThat(report.model("hybrid").mean("recall@10"))
                .isGreaterThan(report.model("most-popular").mean("recall@10"));

        err.getBuffer().setLength(0);
        CommandLine cli = Main.commandLine();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        DemoCommand demo = (DemoCommand) cli.getSubcommands().get("demo").getCommand();
        CompletableFuture<Integer> serving =
                CompletableFuture.supplyAsync(
                        () ->
                                cli.execute(
                                        "demo",
                                        "--data-dir",
                                        data.toString(),
                                        "--world",
                                        WORLD,
                                        "--serve",
                                        "--port",
                                        "0"));
        String url = awaitListening(serving);
        HttpResponse<String> home =
                HttpClient.newHttpClient()
                        .send(
                                HttpRequest.newBuilder(URI.create(url + "/")).build(),
                                HttpResponse.BodyHandlers.ofString());
        demo.stop.countDown();
        assertThat(serving.get(30, TimeUnit.SECONDS)).as(err.toString()).isZero();
        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(url).startsWith("http://127.0.0.1:");
        assertThat(err.toString())
                .contains("reusing the warehouse")
                .contains("reusing the model")
                .doesNotContain("crawled");
    }

    /** Waits (bounded) for the served URL that {@code demo --serve} prints. */
    private String awaitListening(CompletableFuture<Integer> serving) throws Exception {
        Pattern listening = Pattern.compile("listening on (http://\\S+)");
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline) {
            Matcher m = listening.matcher(out.toString());
            if (m.find()) {
                return m.group(1).replaceAll("/+$", "");
            }
            if (serving.isDone()) {
                throw new AssertionError("demo --serve exited: " + serving.get() + "\n" + err);
            }
            Thread.sleep(100);
        }
        throw new AssertionError("demo --serve did not start within 120 s:\n" + err);
    }
}
