package dev.spotrec.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class DurationConverterTest {
    private final DurationConverter c = new DurationConverter();

    @Test
    void parsesUnitsAndIso() {
        assertThat(c.convert("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(c.convert("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(c.convert("2h")).isEqualTo(Duration.ofHours(2));
        assertThat(c.convert("500ms")).isEqualTo(Duration.ofMillis(500));
        assertThat(c.convert("PT15M")).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void rejectsJunkAndNonPositiveNamingTheValue() {
        assertThatThrownBy(() -> c.convert("soon"))
                .isInstanceOf(CommandLine.TypeConversionException.class)
                .hasMessageContaining("'soon'");
        assertThatThrownBy(() -> c.convert("0s")).hasMessageContaining("positive");
    }
}
