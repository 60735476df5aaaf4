package dev.spotrec.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class IdIndexTest {

    @Test
    void assignsDenseIdsInFirstSeenOrderAndMapsBack() {
        IdIndex.Builder b = IdIndex.builder();
        assertThat(b.add("spotify:track:a")).isZero();
        assertThat(b.add("b")).isEqualTo(1);
        assertThat(b.add("spotify:track:a")).isZero();
        IdIndex index = b.build();
        assertThat(index.size()).isEqualTo(2);
        assertThat(index.id("b")).isEqualTo(1);
        assertThat(index.key(0)).isEqualTo("spotify:track:a");
    }

    @Test
    void unknownAndNullKeysMapToMinusOne() {
        IdIndex index = IdIndex.of("x", "y");
        assertThat(index.id("z")).isEqualTo(-1);
        assertThat(index.id(null)).isEqualTo(-1);
    }

    @Test
    void survivesManyKeysAcrossRehashes() {
        IdIndex.Builder b = IdIndex.builder();
        for (int i = 0; i < 100_000; i++) {
            b.add("k" + i);
        }
        IdIndex index = b.build();
        for (int i = 0; i < 100_000; i += 997) {
            assertThat(index.id("k" + i)).isEqualTo(i);
        }
    }

    @Test
    void rejectsEmptyKeysAndDuplicatesInOf() {
        assertThatThrownBy(() -> IdIndex.builder().add(""))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("non-empty");
        assertThatThrownBy(() -> IdIndex.of("a", "a")).hasMessageContaining("duplicate key 'a'");
    }
}
