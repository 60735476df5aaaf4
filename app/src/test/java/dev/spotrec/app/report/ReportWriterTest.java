package dev.spotrec.app.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.app.experiment.ExperimentResults;
import dev.spotrec.recommender.EpochStat;
import dev.spotrec.recommender.eval.Estimate;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.recommender.eval.ModelReport;
import dev.spotrec.recommender.eval.SeedRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The page from inputs built by hand: escaping, secrets, missing parts, atomic replacement. */
class ReportWriterTest {
    @TempDir Path dir;

    private static final Instant NOW = Instant.parse("2026-11-27T12:00:00Z");

    static ModelReport model(String name, double ndcg, Map<String, String> settings) {
        Map<String, Estimate> metrics =
                Map.of(
                        "ndcg@10", new Estimate(ndcg, ndcg * 0.9, ndcg * 1.1),
                        "coverage", Estimate.exact(0.25),
                        "versionLeak@10", Estimate.exact(0));
        SeedRun run =
                new SeedRun(1, "ndcg@10", List.of(), settings, Map.of(), Map.of(), 0.5, 0.1, 10);
        return new ModelReport(name, metrics, Map.of(), List.of(run));
    }

    static EvaluationReport evaluation(String dataset, ModelReport... models) {
        return new EvaluationReport(
                dataset,
                "playlist-holdout",
                List.of(1L),
                List.of(Map.of("testPlaylists", 10)),
                List.of(models),
                1.0);
    }

    private String write(ReportInputs inputs) throws IOException {
        return Files.readString(ReportWriter.write(inputs, dir.resolve("report")));
    }

    @Test
    void escapesEveryStringFromTheInputs() throws IOException {
        ReportInputs in =
                ReportInputs.builder()
                        .generatedAt(NOW)
                        .title("<b>mine</b>")
                        .evaluation(
                                evaluation(
                                        "<script>alert(1)</script>",
                                        model("most-popular", 0.1, Map.of()),
                                        model("a&b\"<i>", 0.3, Map.of("k", "<img src=x>"))))
                        .build();
        String html = write(in);
        assertThat(html)
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
                .contains("a&amp;b&quot;&lt;i&gt;")
                .contains("&lt;b&gt;mine&lt;/b&gt;")
                .contains("k=&lt;img src=x&gt;")
                .doesNotContain("<script>", "<i>", "<img src=x>", "<b>");
    }

    @Test
    void noSecretReachesAnyFileOfTheReport() throws IOException {
        DatasetSummary dataset =
                new DatasetSummary(
                        "jdbc:postgresql://db:5432/spotrec?user=ann&password=hunter2",
                        1,
                        Map.of("tracks", 3L),
                        List.of(
                                new DatasetSummary.Crawl(
                                        1,
                                        "completed",
                                        "Bearer BQDsecretaccesstoken.x-y",
                                        10,
                                        0,
                                        1,
                                        5,
                                        Duration.ofSeconds(3))));
        ReportInputs in =
                ReportInputs.builder()
                        .generatedAt(NOW)
                        .dataset(dataset)
                        .evaluation(
                                evaluation(
                                        "mpd:https://ann:pa55word@host/mpd?token=tok-123&x=1",
                                        model("most-popular", 0.1, Map.of()),
                                        model("als", 0.2, Map.of("client_secret", "s3cr3t-value"))))
                        .build();
        write(in);
        try (Stream<Path> files = Files.list(dir.resolve("report"))) {
            for (Path f : files.toList()) {
                String text =
                        new String(
                                Files.readAllBytes(f),
                                java.nio.charset.StandardCharsets.ISO_8859_1);
                assertThat(text)
                        .as(f.getFileName().toString())
                        .doesNotContain(
                                "hunter2",
                                "BQDsecretaccesstoken",
                                "pa55word",
                                "tok-123",
                                "s3cr3t-value");
            }
        }
        assertThat(Files.readString(dir.resolve("report/index.html")))
                .contains("[hidden]")
                .contains("1 run(s) sent 10 requests; 1 were answered 429 (throttled, 10.0% of")
                .contains("<td>completed</td>", "<td>3.0s</td>");
    }

    @Test
    void saysWhichPartsAreMissingAndHowToGetThem() throws IOException {
        String html = write(ReportInputs.builder().generatedAt(NOW).build());
        assertThat(html)
                .contains("No warehouse summary")
                .contains("No evaluation results")
                .contains("No model to sample")
                .contains("No training history")
                .contains("No experiment responses yet")
                .contains("Not in this report: the dataset summary")
                .doesNotContain("<img");
        try (Stream<Path> files = Files.list(dir.resolve("report"))) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("index.html");
        }
    }

    @Test
    void summaryComparesTheBestModelWithTheBaseline() throws IOException {
        ReportInputs in =
                ReportInputs.builder()
                        .generatedAt(NOW)
                        .evaluation(
                                evaluation(
                                        "synthetic",
                                        model("most-popular", 0.1, Map.of()),
                                        model("als", 0.25, Map.of()),
                                        model("hybrid", 0.4, Map.of())))
                        .history(
                                List.of(
                                        new EpochStat("als", 1, 10.0, 0.5),
                                        new EpochStat("als", 2, 6.0, 0.5)))
                        .build();
        String html = write(in);
        assertThat(html)
                .contains("the best model, hybrid, reaches ndcg@10 0.4000")
                .contains("4.0× the most-popular baseline (0.1000)")
                .contains("the intervals do not overlap")
                .contains("leaks 0 versions")
                .contains("als&#39;s loss went from 10.0000 to 6.0000 over 2 epochs");
        assertThat(html)
                .contains("<img src=\"01-metrics-1.png\"", "<img src=\"02-training-loss.png\"");
    }

    @Test
    void componentsOfDifferentScalesArePlottedRelativeToTheirFirstEpoch() throws IOException {
        List<EpochStat> history =
                List.of(
                        new EpochStat("hybrid.als", 1, 5000, 1),
                        new EpochStat("hybrid.als", 2, 4000, 1),
                        new EpochStat("hybrid.ranker", 1, 0.7, 0.1),
                        new EpochStat("hybrid.ranker", 2, 0.5, 0.1),
                        new EpochStat("hybrid.knn", 1, Double.NaN, 0.2));
        String html = write(ReportInputs.builder().generatedAt(NOW).history(history).build());
        assertThat(html)
                .contains("each model relative to its first epoch")
                .contains("<tr><th>hybrid.knn</th><td>1</td><td>–</td>")
                .contains("hybrid.ranker&#39;s loss went from 0.7000 to 0.5000 over 2 epochs");
    }

    @Test
    void experimentSectionShowsTheWinRateWithItsInterval() throws IOException {
        ExperimentResults results =
                new ExperimentResults(3, 5, 4, 3, 1, 0.75, 0.30, 0.95, 0.625, 0.6, 0.4, 10, 10);
        String html = write(ReportInputs.builder().generatedAt(NOW).experiment(results).build());
        assertThat(html)
                .contains("id=\"experiment\"")
                .contains("3 participants started 5 trials and gave 4 votes: our model won 3")
                .contains("75.0% [30.0%, 95.0%]")
                .contains("preferred our list in 3 of 4 decisive votes")
                .contains("they liked 60.0% of our tracks and 40.0% of the baseline&#39;s")
                .contains("<img src=\"01-experiment.png\"")
                .doesNotContain("experiment results (no experiment responses yet)");
    }

    @Test
    void anExperimentWithoutVotesSaysSo() throws IOException {
        ExperimentResults none =
                new ExperimentResults(
                        1, 2, 0, 0, 0, Double.NaN, 0, 1, 1, Double.NaN, Double.NaN, 0, 0);
        String html = write(ReportInputs.builder().generatedAt(NOW).experiment(none).build());
        assertThat(html)
                .contains("No experiment responses yet (2 trials started, no votes)")
                .contains("experiment results (no experiment responses yet)");
    }

    @Test
    void aFailureMidWriteKeepsThePreviousReportAndLeavesNoTemporaryFiles() throws IOException {
        ReportInputs in = ReportInputs.builder().generatedAt(NOW).title("first").build();
        Path out = dir.resolve("report");
        ReportWriter.write(in, out);
        assertThatThrownBy(
                        () ->
                                ReportWriter.write(
                                        in,
                                        out,
                                        (inputs, tmp) -> {
                                            Files.writeString(tmp.resolve("index.html"), "half");
                                            throw new IOException("disk full");
                                        }))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("disk full");
        assertThat(Files.readString(out.resolve("index.html"))).contains("<title>first</title>");
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("report");
        }
    }

    @Test
    void replacesAnOldReportWhole() throws IOException {
        Path out = dir.resolve("report");
        ReportWriter.write(ReportInputs.builder().generatedAt(NOW).build(), out);
        Files.writeString(out.resolve("stale.png"), "old");
        ReportWriter.write(ReportInputs.builder().generatedAt(NOW).title("second").build(), out);
        assertThat(out.resolve("stale.png")).doesNotExist();
        assertThat(Files.readString(out.resolve("index.html"))).contains("second");
        try (Stream<Path> entries = Files.list(dir)) {
            assertThat(entries.map(p -> p.getFileName().toString())).containsExactly("report");
        }
    }

    @Test
    void refusesToReplaceADirectoryThatIsNotAReport() throws IOException {
        Path out = Files.createDirectories(dir.resolve("home"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        assertThatThrownBy(
                        () ->
                                ReportWriter.write(
                                        ReportInputs.builder().generatedAt(NOW).build(), out))
                .isInstanceOf(ReportException.class)
                .hasMessageContaining("non-empty directory without index.html")
                .matches(e -> ((ReportException) e).isBadInput());
        assertThat(out.resolve("notes.txt")).hasContent("keep me");
    }
}
