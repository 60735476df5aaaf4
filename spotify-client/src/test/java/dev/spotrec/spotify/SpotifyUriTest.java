package dev.spotrec.spotify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Ids, URIs and open.spotify.com URLs in every form users paste. */
class SpotifyUriTest {

    private static final String ID = "4uLU6hMCjMI75M1A2tKUQC";

    @ParameterizedTest
    @ValueSource(
            strings = {
                ID,
                "spotify:track:" + ID,
                "https://open.spotify.com/track/" + ID,
                "https://open.spotify.com/track/" + ID + "?si=1a2b3c4d5e6f",
                "https://open.spotify.com/intl-de/track/" + ID + "?si=1a2b3c4d5e6f",
                "http://open.spotify.com/track/" + ID + "/",
                "open.spotify.com/track/" + ID,
                "https://open.spotify.com/embed/track/" + ID,
                "  spotify:track:" + ID + "  "
            })
    void acceptsEveryFormOfATrackReference(String input) {
        assertThat(SpotifyUri.id(input, SpotifyType.TRACK)).isEqualTo(ID);
    }

    @Test
    void parsesLegacyUserPlaylistUrisAndEncodedUserNames() {
        assertThat(SpotifyUri.parse("spotify:user:wizzler:playlist:53Y8wT46QIMz5H4WQ8O22c"))
                .isEqualTo(new SpotifyUri(SpotifyType.PLAYLIST, "53Y8wT46QIMz5H4WQ8O22c"));
        assertThat(
                        SpotifyUri.parse(
                                        "https://open.spotify.com/user/spotify/playlist/59ZbFPES4DQwEjBpWHzrtC")
                                .id())
                .isEqualTo("59ZbFPES4DQwEjBpWHzrtC");
        assertThat(SpotifyUri.id("spotify:user:spotify_espa%C3%B1a", SpotifyType.USER))
                .isEqualTo("spotify_españa");
        assertThat(SpotifyUri.id("wizzler", SpotifyType.USER)).isEqualTo("wizzler");
    }

    @Test
    void formatsUrisAndUrls() {
        SpotifyUri uri = new SpotifyUri(SpotifyType.ALBUM, ID);
        assertThat(uri).hasToString("spotify:album:" + ID);
        assertThat(uri.url()).isEqualTo("https://open.spotify.com/album/" + ID);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                "4uLU6hMCjMI75M1A2tKUQ",
                "4uLU6hMCjMI75M1A2tKUQC!",
                "spotify:track:short",
                "https://example.com/track/4uLU6hMCjMI75M1A2tKUQC",
                "spotify:podcast:4uLU6hMCjMI75M1A2tKUQC"
            })
    void rejectsMalformedInputQuotingIt(String input) {
        assertThatThrownBy(() -> SpotifyUri.id(input, SpotifyType.TRACK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + input + "\"")
                .hasMessageContaining("spotify:track:ID");
    }

    @Test
    void rejectsAReferenceToAnotherType() {
        assertThatThrownBy(() -> SpotifyUri.id("spotify:album:" + ID, SpotifyType.TRACK))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("spotify:album:" + ID)
                .hasMessageContaining("album")
                .hasMessageContaining("track");
        assertThatThrownBy(() -> SpotifyUri.id(null, SpotifyType.TRACK))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
