package dev.spotrec.emulator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EtagsTest {
    @Test
    void equalBodiesShareAnEtagAndDifferentOnesDoNot() {
        byte[] a = "{\"id\":\"abcdefghij\"}".getBytes(StandardCharsets.UTF_8);
        byte[] b = "{\"id\":\"abcdefghik\"}".getBytes(StandardCharsets.UTF_8);
        assertThat(Etags.of(a)).isEqualTo(Etags.of(a.clone())).isNotEqualTo(Etags.of(b));
    }

    @Test
    void ifNoneMatchAcceptsListsWeakTagsAndStar() {
        assertThat(Etags.matches("\"x\", W/\"abc\"", "\"abc\"")).isTrue();
        assertThat(Etags.matches("*", "\"abc\"")).isTrue();
        assertThat(Etags.matches("\"abd\"", "\"abc\"")).isFalse();
        assertThat(Etags.matches(null, "\"abc\"")).isFalse();
    }
}
