package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SongVersionsTest {

    @Test
    void stripsSpotifyVersionSuffixes() {
        assertThat(SongVersions.baseTitle("Jump - 2015 Remaster")).isEqualTo("Jump");
        assertThat(SongVersions.baseTitle("Heroes - Remastered 2011")).isEqualTo("Heroes");
        assertThat(SongVersions.baseTitle("Creep (Live)")).isEqualTo("Creep");
        assertThat(SongVersions.baseTitle("Creep - Live at Reading")).isEqualTo("Creep");
        assertThat(SongVersions.baseTitle("Levels - Skrillex Remix")).isEqualTo("Levels");
        assertThat(SongVersions.baseTitle("Die With A Smile (Sped Up)"))
                .isEqualTo("Die With A Smile");
        assertThat(SongVersions.baseTitle("Wonderwall - Acoustic Version")).isEqualTo("Wonderwall");
        assertThat(SongVersions.baseTitle("Song (feat. Someone) - Radio Edit")).isEqualTo("Song");
        assertThat(SongVersions.baseTitle("Song (Live) - Remastered 2011")).isEqualTo("Song");
    }

    @Test
    void keepsTitlesWithoutMarkers() {
        assertThat(SongVersions.baseTitle("Live Forever")).isEqualTo("Live Forever");
        assertThat(SongVersions.baseTitle("Remix")).isEqualTo("Remix");
        assertThat(SongVersions.baseTitle("Part - Two")).isEqualTo("Part - Two");
        assertThat(SongVersions.isVersionTitle("Blue Moon")).isFalse();
        assertThat(SongVersions.isVersionTitle("Blue Moon (Acoustic)")).isTrue();
    }

    @Test
    void sameSongNeedsSamePrimaryArtist() {
        String a = SpotifyIds.derive("t", "a");
        String b = SpotifyIds.derive("t", "b");
        String album = SpotifyIds.derive("t", "album");
        Track original = track("Blue Moon", a, album, "1");
        Track live = track("Blue Moon (Live)", a, album, "2");
        Track cover = track("Blue Moon", b, album, "3");
        assertThat(SongVersions.sameSong(original, live)).isTrue();
        assertThat(SongVersions.sameSong(original, cover)).isFalse();
    }

    private static Track track(String name, String artist, String album, String key) {
        return new Track(
                SpotifyIds.derive("track", key),
                name,
                album,
                List.of(artist),
                null,
                1000,
                false,
                0,
                1,
                1,
                null);
    }
}
