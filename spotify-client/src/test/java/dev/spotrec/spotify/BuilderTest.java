package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.spotify.auth.SpotifyAuth;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The builder fails fast with the argument and value in the message; variants derive from a client.
 */
class BuilderTest {

    private static SpotifyClient.Builder builder() {
        return SpotifyClient.builder().auth(SpotifyAuth.clientCredentials("id", "very-secret"));
    }

    @Test
    void rejectsBadValuesNamingTheArgumentAndValue() {
        assertThatThrownBy(() -> builder().apiBaseUrl("localhost:8080/v1"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("apiBaseUrl")
                .hasMessageContaining("\"localhost:8080/v1\"");
        assertThatThrownBy(() -> builder().accountsBaseUrl("https://accounts.spotify.com?x=1"))
                .hasMessageContaining("accountsBaseUrl");
        assertThatThrownBy(() -> builder().maxConcurrentRequests(0))
                .hasMessageContaining("maxConcurrentRequests")
                .hasMessageContaining("got 0");
        assertThatThrownBy(() -> builder().market("se"))
                .hasMessageContaining("market")
                .hasMessageContaining("\"se\"");
        assertThatThrownBy(() -> builder().rateLimitCeiling(Duration.ZERO))
                .hasMessageContaining("rateLimitCeiling")
                .hasMessageContaining("PT0S");
        assertThatThrownBy(() -> builder().retries(11, Duration.ofMillis(1), Duration.ofMillis(2)))
                .hasMessageContaining("retries")
                .hasMessageContaining("got 11");
        assertThatThrownBy(() -> builder().tokenRefreshSkew(Duration.ofHours(1)))
                .hasMessageContaining("tokenRefreshSkew");
        assertThatThrownBy(() -> builder().etagCacheBytes(-1))
                .hasMessageContaining("etagCacheBytes");
        assertThatThrownBy(() -> SpotifyAuth.clientCredentials("id", " "))
                .hasMessageContaining("clientSecret");
        assertThatThrownBy(() -> SpotifyClient.builder().build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("auth is required");
    }

    @Test
    void defaultsPointAtSpotify() {
        SpotifyClient client = builder().build();
        assertThat(client.apiBaseUrl()).hasToString("https://api.spotify.com/v1");
        assertThat(client.accountsBaseUrl()).hasToString("https://accounts.spotify.com");
        assertThat(client.mode()).isEmpty();
    }

    @Test
    void newBuilderDerivesAVariantAndLeavesTheOriginalUnchanged() {
        SpotifyClient original = builder().apiBaseUrl("http://127.0.0.1:9999/v1/").build();
        SpotifyClient variant =
                original.newBuilder().mode(ApiMode.DEVELOPMENT).market("SE").build();

        assertThat(variant.apiBaseUrl()).hasToString("http://127.0.0.1:9999/v1");
        assertThat(variant.mode()).contains(ApiMode.DEVELOPMENT);
        assertThat(original.mode()).isEmpty();
        assertThat(variant.toString()).contains("market=SE").doesNotContain("very-secret");
    }

    @Test
    void newPlaylistAndRecommendationQueriesValidate() {
        assertThatThrownBy(() -> NewPlaylist.named(" ")).hasMessageContaining("name");
        assertThatThrownBy(() -> new NewPlaylist("Mix", null, true, true))
                .hasMessageContaining("collaborative");
        assertThatThrownBy(() -> RecommendationQuery.ofTracks()).hasMessageContaining("1-5 seeds");
        assertThatThrownBy(
                        () ->
                                RecommendationQuery.ofTracks("4uLU6hMCjMI75M1A2tKUQC")
                                        .with("target_loudnes", 1))
                .hasMessageContaining("target_loudnes");
        assertThat(
                        RecommendationQuery.ofTracks("spotify:track:4uLU6hMCjMI75M1A2tKUQC")
                                .with("target_energy", 0.8)
                                .tunables())
                .containsEntry("target_energy", 0.8);
    }
}
