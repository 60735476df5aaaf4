package dev.spotrec.recommender.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.recommender.TrainingData;
import org.junit.jupiter.api.Test;

class VersionKeysTest {

    @Test
    void stripsVersionMarkers() {
        assertThat(VersionKeys.normalizeTitle("Here Comes the Sun - Remastered 2009"))
                .isEqualTo("here comes the sun");
        assertThat(VersionKeys.normalizeTitle("Yellow (Live at Glastonbury 2016)"))
                .isEqualTo("yellow");
        assertThat(VersionKeys.normalizeTitle("Blinding Lights (feat. Someone)"))
                .isEqualTo("blinding lights");
        assertThat(VersionKeys.normalizeTitle("Levitating - Sped Up")).isEqualTo("levitating");
        assertThat(VersionKeys.normalizeTitle("Levitating Remix")).isEqualTo("levitating");
        assertThat(VersionKeys.normalizeTitle("Hello [Radio Edit]")).isEqualTo("hello");
        assertThat(VersionKeys.normalizeTitle("Creep - Acoustic")).isEqualTo("creep");
        assertThat(VersionKeys.normalizeTitle("Intro (Instrumental)")).isEqualTo("intro");
        assertThat(VersionKeys.normalizeTitle("Café del Mar")).isEqualTo("cafe del mar");
    }

    @Test
    void keepsDistinctSongsApart() {
        assertThat(VersionKeys.normalizeTitle("Part 1 (Part 2)"))
                .isNotEqualTo(VersionKeys.normalizeTitle("Part 1"));
        assertThat(VersionKeys.normalizeTitle("Live Forever")).isEqualTo("live forever");
    }

    @Test
    void groupsVersionsBySameArtistTitleOrIsrc() {
        TrainingData d =
                TrainingData.builder()
                        .item("a", "x", "Song", null)
                        .item("b", "x", "Song - Live", null)
                        .item("c", "y", "Song", null)
                        .item("d", "z", "Unrelated", "ISRC1")
                        .item("e", "w", "Other name", "isrc1")
                        .build();
        int[] songs = VersionKeys.songIds(d);
        assertThat(songs[0]).isEqualTo(songs[1]);
        assertThat(songs[0]).isNotEqualTo(songs[2]);
        assertThat(songs[3]).isEqualTo(songs[4]);
    }
}
