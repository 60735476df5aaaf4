package dev.spotrec.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.recommender.Models;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SparkAlsSettingsTest {

    @Test
    void readsSparkAndLocalNamesOverTheDefaults() {
        SparkAlsSettings s =
                SparkAlsSettings.fromMap(
                        Map.of("factors", "32", "regParam", "0.5", "maxIter", "5"));
        assertThat(s)
                .isEqualTo(new SparkAlsSettings(32, 0.5, 10.0, 5, 42, 0))
                .isEqualTo(
                        SparkAlsSettings.fromMap(
                                Map.of("rank", "32", "regParam", "0.5", "iterations", "5")));
        assertThat(SparkAlsSettings.fromMap(Map.of())).isEqualTo(SparkAlsSettings.DEFAULTS);
    }

    @Test
    void rejectsUnknownKeysBadNumbersAndRanges() {
        assertThatThrownBy(() -> SparkAlsSettings.fromMap(Map.of("lambda", "1")))
                .isInstanceOf(SparkTrainingException.class)
                .matches(e -> ((SparkTrainingException) e).isBadInput())
                .hasMessageContaining("'lambda'")
                .hasMessageContaining("regParam");
        assertThatThrownBy(() -> SparkAlsSettings.fromMap(Map.of("alpha", "ten")))
                .hasMessageContaining("alpha='ten'");
        assertThatThrownBy(() -> SparkAlsSettings.fromMap(Map.of("alpha", "0")))
                .hasMessageContaining("alpha must be > 0, got 0.0");
        assertThatThrownBy(() -> new SparkAlsSettings(0, 1, 1, 1, 1, 0))
                .hasMessageContaining("rank must be 1..2048, got 0");
        assertThatThrownBy(() -> SparkAlsSettings.fromMap(Map.of("rank", "8.5")))
                .hasMessageContaining("rank='8.5'");
    }

    @Test
    void mapsOntoLocalAlsSettingsThatTheLocalModelAccepts() {
        SparkAlsSettings s = new SparkAlsSettings(64, 1.0, 10.0, 15, 42, 0);
        Map<String, String> local = s.localAlsSettings();
        assertThat(local)
                .containsEntry("factors", "64")
                .containsEntry("confidence", "binary")
                .containsEntry("alpha0", "0.1")
                .containsEntry("reg", "0.1")
                .containsEntry("nu", "1")
                .containsEntry("frequency", "count");
        assertThat(Models.create("als", local).settings()).containsEntry("alpha0", "0.1");
    }

    @Test
    void masterUrlsSparkAcceptsPassAndOthersAreNamed() {
        for (String ok :
                new String[] {
                    "local", "local[*]", "local[2]", "local[4,3]", "spark://h:7077", "yarn"
                }) {
            assertThat(SparkSessions.checkMaster(ok)).isEqualTo(ok);
        }
        for (String bad : new String[] {"", "local[0]", "spark://h", "http://h:7077", "local[*"}) {
            assertThatThrownBy(() -> SparkSessions.checkMaster(bad))
                    .isInstanceOf(SparkTrainingException.class)
                    .hasMessageContaining("'" + bad + "'");
        }
    }
}
