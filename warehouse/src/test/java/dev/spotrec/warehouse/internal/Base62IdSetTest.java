package dev.spotrec.warehouse.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.datasets.SpotifyIds;
import java.util.HashSet;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class Base62IdSetTest {
    private static final String ALPHABET =
            "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

    @Test
    void agreesWithAHashSetOnRandomIdsThroughSeveralGrowths() {
        Random r = new Random(42);
        Base62IdSet set = new Base62IdSet();
        Set<String> reference = new HashSet<>();
        for (int i = 0; i < 300_000; i++) {
            String id = i % 3 == 0 ? randomId(r) : SpotifyIds.derive(5, r.nextInt(100_000));
            assertThat(set.add(id)).as(id).isEqualTo(reference.add(id));
        }
        assertThat(set.size()).isEqualTo(reference.size());
    }

    @Test
    void idsBeyond128BitsAndOtherStringsAreExactToo() {
        Base62IdSet set = new Base62IdSet();
        String max = "z".repeat(22);
        String nearMax = "z".repeat(21) + "y";
        String zero = "0".repeat(22);
        for (String s : new String[] {max, nearMax, zero, "short", "has,comma-and-22-chars", ""}) {
            assertThat(set.add(s)).as(s).isTrue();
            assertThat(set.add(new String(s.toCharArray()))).as(s).isFalse();
        }
        assertThat(set.add("1" + "0".repeat(21))).isTrue();
        assertThat(set.size()).isEqualTo(7);
    }

    @Test
    void idsDifferingInOneCharacterAreDistinct() {
        Base62IdSet set = new Base62IdSet();
        String base = SpotifyIds.derive(9, 1);
        int added = 0;
        for (int pos = 0; pos < 22; pos++) {
            for (char c : ALPHABET.toCharArray()) {
                String id = base.substring(0, pos) + c + base.substring(pos + 1);
                if (set.add(id)) {
                    added++;
                }
            }
        }
        assertThat(added).isEqualTo(22 * 61 + 1);
    }

    private static String randomId(Random r) {
        StringBuilder sb = new StringBuilder(22);
        for (int i = 0; i < 22; i++) {
            sb.append(ALPHABET.charAt(r.nextInt(62)));
        }
        return sb.toString();
    }
}
