package dev.spotrec.spotify.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.spotify.internal.Json;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Market lists are read exactly, whether they repeat, extend, shorten or diverge from earlier ones.
 */
class MarketsDeserializerTest {

    private static List<String> markets(String json) {
        Track track =
                Json.read(
                        ("{\"available_markets\":" + json + "}").getBytes(StandardCharsets.UTF_8),
                        Json.type(Track.class));
        return track.availableMarkets();
    }

    @Test
    void readsListsThatShareOrDivergeFromEarlierOnes() {
        assertThat(markets("[\"AD\",\"AE\",\"SE\"]")).containsExactly("AD", "AE", "SE");
        assertThat(markets("[\"AD\",\"AE\",\"SE\"]")).containsExactly("AD", "AE", "SE");
        assertThat(markets("[\"AD\",\"AE\"]")).containsExactly("AD", "AE");
        assertThat(markets("[\"AD\",\"AE\",\"SE\",\"US\"]"))
                .containsExactly("AD", "AE", "SE", "US");
        assertThat(markets("[\"AD\",\"FR\",\"SE\"]")).containsExactly("AD", "FR", "SE");
        assertThat(markets("[\"AD\",\"xk\",null,\"XKX\"]")).containsExactly("AD", "xk", "XKX");
        assertThat(markets("[]")).isEmpty();
    }

    @Test
    void repeatedListsAreShared() {
        List<String> first = markets("[\"DE\",\"AT\",\"CH\"]");
        List<String> second = markets("[\"DE\",\"AT\",\"CH\"]");
        assertThat(second).isEqualTo(first);
        assertThat(second.get(0)).isSameAs(first.get(0));
    }
}
