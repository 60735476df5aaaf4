package dev.spotrec.crawler;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrawlSummaryTest {
    private static CrawlSummary summary(String status, Instant resumeAt) {
        return new CrawlSummary(
                3,
                status,
                "development",
                120,
                4,
                2,
                Map.of("track", 50L, "album", 7L),
                Map.of("audio_features", 50L),
                Map.of("audio_features", "closed \"since\" 2024"),
                1,
                0,
                resumeAt,
                1500);
    }

    @Test
    void jsonHasEveryFieldWithSortedKeysAndEscapedStrings() {
        String json = summary("quota", Instant.parse("2026-02-21T00:00:00Z")).toJson();
        assertThat(json)
                .startsWith("{\"runId\":3,\"status\":\"quota\",\"mode\":\"development\"")
                .contains("\"entities\":{\"album\":7,\"track\":50}")
                .contains("\"skipReasons\":{\"audio_features\":\"closed \\\"since\\\" 2024\"}")
                .contains("\"resumeAt\":\"2026-02-21T00:00:00Z\"")
                .endsWith("\"elapsedMillis\":1500}");
        assertThat(summary("completed", null).toJson()).contains("\"resumeAt\":null");
    }

    @Test
    void countsEntitiesOverTypes() {
        assertThat(summary("completed", null).entityCount()).isEqualTo(57);
    }

    @Test
    void rejectsAnUnknownStatus() {
        assertThatThrownBy(() -> summary("paused", null)).hasMessageContaining("paused");
    }
}
