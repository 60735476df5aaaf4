package dev.spotrec.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.app.Main;
import dev.spotrec.app.service.ContinuationItem;
import dev.spotrec.warehouse.Warehouse;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code spotrec experiment report}, run through {@link Main#run} with captured streams. */
class ExperimentReportCommandTest {
    @TempDir Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private PrintStream stdout;
    private PrintStream stderr;

    @BeforeEach
    void capture() {
        stdout = System.out;
        stderr = System.err;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    @AfterEach
    void restore() {
        System.setOut(stdout);
        System.setErr(stderr);
    }

    private String wh() {
        return "duckdb:" + dir.resolve("wh.duckdb");
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void hasHelp() {
        assertThat(Main.run("experiment", "--help")).isZero();
        assertThat(out()).contains("report");
        assertThat(Main.run("experiment", "report", "--help")).isZero();
        assertThat(out()).contains("--warehouse").contains("--json").contains("Wilson");
    }

    @Test
    void aBadWarehouseUrlExitsTwoNamingIt() {
        assertThat(Main.run("experiment", "report", "--warehouse", "sqlite:/tmp/x.db"))
                .isEqualTo(2);
        assertThat(err()).contains("sqlite:/tmp/x.db");
        assertThat(out()).isEmpty();
    }

    @Test
    void aMissingDuckDbFileExitsTwo() {
        assertThat(Main.run("experiment", "report", "--warehouse", "duckdb:" + dir.resolve("no")))
                .isEqualTo(2);
        assertThat(err()).contains("no warehouse at");
    }

    @Test
    void anEmptyExperimentReportsNullRatesAndTheWholeInterval() {
        Warehouse.open(wh()).close();
        assertThat(Main.run("experiment", "report", "--warehouse", wh(), "--json")).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out());
        assertThat(fieldNames(doc))
                .containsExactlyInAnyOrder(
                        "warehouse",
                        "participants",
                        "trials",
                        "votes",
                        "decisiveVotes",
                        "oursWins",
                        "baselineWins",
                        "winRate",
                        "winLow",
                        "winHigh",
                        "signTestP",
                        "oursLikeRate",
                        "baselineLikeRate",
                        "oursRatings",
                        "baselineRatings");
        assertThat(doc.get("votes").asInt()).isZero();
        assertThat(doc.get("winRate").isNull()).isTrue();
        assertThat(doc.get("oursLikeRate").isNull()).isTrue();
        assertThat(doc.get("winLow").asDouble()).isZero();
        assertThat(doc.get("winHigh").asDouble()).isEqualTo(1.0);
        assertThat(doc.get("signTestP").asDouble()).isEqualTo(1.0);
    }

    @Test
    void reportsVotesAsJsonAndATableOnStderr() {
        List<ContinuationItem> ours = ExperimentContract.items("o1", "o2");
        List<ContinuationItem> base = ExperimentContract.items("b1", "o2");
        try (Warehouse w = Warehouse.open(wh())) {
            Experiment e = Experiment.open(w, new SplittableRandom(1), ExperimentContract.CLOCK);
            for (int i = 0; i < 3; i++) {
                Trial t =
                        e.start(
                                "u" + i,
                                ExperimentContract.PLAYLIST,
                                ours,
                                base,
                                "most-popular",
                                Design.SIDE_BY_SIDE);
                e.vote(t.id(), "u" + i, t.list1().equals(ours) ? 1 : 2);
                e.rate(t.id(), "u" + i, "o1", true);
            }
        }
        assertThat(Main.run("experiment", "report", "--warehouse", wh(), "--json")).isZero();
        JsonNode doc = JsonMapper.builder().build().readTree(out());
        assertThat(doc.get("participants").asInt()).isEqualTo(3);
        assertThat(doc.get("oursWins").asInt()).isEqualTo(3);
        assertThat(doc.get("winRate").asDouble()).isEqualTo(1.0);
        assertThat(doc.get("signTestP").asDouble()).isEqualTo(0.25);
        assertThat(doc.get("oursLikeRate").asDouble()).isEqualTo(1.0);
        assertThat(doc.get("oursRatings").asInt()).isEqualTo(3);
        assertThat(doc.get("baselineLikeRate").isNull()).isTrue();

        out.reset();
        assertThat(Main.run("experiment", "report", "--warehouse", wh())).isZero();
        assertThat(out()).isEmpty();
        assertThat(err())
                .contains("participants")
                .contains("100.0%")
                .contains("Wilson")
                .contains("sign test p");
    }

    private static Set<String> fieldNames(JsonNode doc) {
        Set<String> names = new TreeSet<>();
        doc.propertyNames().forEach(names::add);
        return names;
    }
}
