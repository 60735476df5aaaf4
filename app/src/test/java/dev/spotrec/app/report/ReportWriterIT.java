package dev.spotrec.app.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.recommender.ModelStore;
import dev.spotrec.recommender.eval.EvaluationReport;
import dev.spotrec.warehouse.Warehouse;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The report of a small real world: warehouse, model and evaluations, every section filled. */
class ReportWriterIT {
    @TempDir static Path dir;

    static ReportWorld world;
    static EvaluationReport holdout;
    static EvaluationReport recsys;

    @BeforeAll
    static void world() {
        world = ReportWorld.create(dir);
        holdout = world.holdout();
        recsys = world.recsys2018();
    }

    private ReportInputs inputs() {
        ReportInputs.Builder b =
                ReportInputs.builder().generatedAt(Instant.parse("2026-11-27T12:00:00Z"));
        try (Warehouse wh = Warehouse.openReadOnly(world.warehouseUrl)) {
            b.dataset(DatasetSummary.of(wh));
        }
        return b.evaluation(holdout)
                .evaluation(recsys)
                .popularity(PopularityProfile.measure(ModelStore.load(world.modelDir), 50, 20, 7))
                .history(ModelStore.history(world.modelDir))
                .build();
    }

    @Test
    void writesEverySectionWithItsNumbers() throws Exception {
        // Kept under target/ as a build artifact, to look at.
        Path index = ReportWriter.write(inputs(), Path.of("target", "report-sample"));
        String html = Files.readString(index);
        assertThat(html)
                .contains("id=\"summary\"", "id=\"dataset\"", "id=\"metrics\"")
                .contains("id=\"coverage\"", "id=\"popularity\"", "id=\"training\"")
                .contains("Training loss per epoch", "als&#39;s loss went from")
                .contains("playlist-holdout on synthetic", "recsys2018 on synthetic-mpd")
                .contains("item-knn", "most-popular")
                .contains("first5", "R-precision by group")
                .contains("Version leaks: 0 for every model");
        assertThat(html).contains("× the most-popular baseline");
        assertThat(html).doesNotContain("class=\"missing\">No evaluation results");
        long playlists = world.data.rows().size();
        assertThat(html).contains(Html.count(playlists) + " playlists");
    }

    @Test
    void everyChartIsAValidPngBesideThePage() throws Exception {
        Path out = dir.resolve("charts");
        String html = Files.readString(ReportWriter.write(inputs(), out));
        Matcher m = Pattern.compile("<img src=\"([^\"]+)\"").matcher(html);
        List<String> images = m.results().map(r -> r.group(1)).toList();
        assertThat(images).hasSize(5);
        for (String name : images) {
            Path png = out.resolve(name);
            assertThat(png).exists();
            byte[] head = Files.readAllBytes(png);
            assertThat(head).startsWith(0x89, 'P', 'N', 'G');
            BufferedImage image = ImageIO.read(png.toFile());
            assertThat(image.getWidth()).isEqualTo(Charts.WIDTH);
            assertThat(image.getHeight()).isEqualTo(Charts.HEIGHT);
        }
        try (var files = Files.list(out)) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(concat(List.of("index.html"), images));
        }
    }

    @Test
    void popularityProfileComparesTheModelWithTheBaseline() {
        PopularityProfile p = PopularityProfile.measure(ModelStore.load(world.modelDir), 50, 20, 7);
        assertThat(p.lists()).isEqualTo(50);
        assertThat(p.baseline()).isNotNull();
        assertThat(p.baseline().name()).isEqualTo("most-popular");
        assertThat(p.model().share().stream().mapToDouble(Double::doubleValue).sum())
                .isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        // The baseline recommends the head; a factor model reaches further.
        assertThat(p.model().coverage()).isGreaterThan(p.baseline().coverage());
        assertThat(p.baseline().meanPercentile()).isGreaterThan(p.model().meanPercentile());
        assertThat(p.baseline().share().get(PopularityProfile.BINS - 1)).isGreaterThan(0.5);
    }

    @Test
    void collectGathersWhatTheDemoPassesAndNothingElse() {
        Instant now = Instant.parse("2026-11-27T12:00:00Z");
        ReportInputs in = ReportInputs.collect(world.warehouseUrl, world.modelDir, List.of(), now);
        assertThat(in.dataset()).isNotNull();
        assertThat(in.dataset().rowsOf("playlists")).isEqualTo(world.data.rows().size());
        assertThat(in.popularity()).isNotNull();
        assertThat(in.history()).isNotEmpty().allMatch(e -> e.model().equals("als"));
        assertThat(in.evaluations()).isEmpty();
        assertThat(in.generatedAt()).isEqualTo(now);
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }
}
