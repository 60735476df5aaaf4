package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class WorldSpecTest {

    @Test
    void parsesSyntheticKeysAndFillsDefaults() {
        WorldSpec spec = WorldSpec.parse("synthetic:seed=7,users=2000,artists=1500,playlists=6000");
        assertThat(spec)
                .isEqualTo(new WorldSpec.Synthetic(7, 2000, 1500, 12000, 6000, 12, 0.1, 40));
    }

    @Test
    void bareSyntheticIsTheDemoWorld() {
        assertThat(WorldSpec.parse("synthetic")).isEqualTo(WorldSpec.Synthetic.defaults());
        assertThat(WorldSpec.Synthetic.defaults().users()).isEqualTo(2000);
    }

    @Test
    void tracksDefaultToEightPerArtist() {
        var spec = (WorldSpec.Synthetic) WorldSpec.parse("synthetic:artists=100000");
        assertThat(spec.tracks()).isEqualTo(800000);
    }

    @Test
    void acceptsUnderscoresAndSpacesInNumbers() {
        var spec = (WorldSpec.Synthetic) WorldSpec.parse(" synthetic: playlists = 1_000_000 ");
        assertThat(spec.playlists()).isEqualTo(1_000_000);
    }

    @Test
    void canonicalFormParsesBack() {
        WorldSpec spec = WorldSpec.parse("synthetic:seed=3,versions=0.25,genres=5");
        assertThat(WorldSpec.parse(spec.toString())).isEqualTo(spec);
    }

    @Test
    void parsesDatasetPaths() {
        assertThat(WorldSpec.parse("mpd:/data/mpd"))
                .isEqualTo(new WorldSpec.Mpd(Path.of("/data/mpd")));
        assertThat(WorldSpec.parse("hetrec:lastfm"))
                .isEqualTo(new WorldSpec.HetRec(Path.of("lastfm")));
        assertThat(WorldSpec.parse("spotify-csv:a.csv").toString()).isEqualTo("spotify-csv:a.csv");
    }

    @Test
    void rejectsUnknownKeyNamingIt() {
        assertThatThrownBy(() -> WorldSpec.parse("synthetic:users=5,colour=red"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown key 'colour'")
                .hasMessageContaining("synthetic:users=5,colour=red");
    }

    @Test
    void rejectsBadValueNamingKey() {
        assertThatThrownBy(() -> WorldSpec.parse("synthetic:users=many"))
                .hasMessageContaining("key 'users' must be an integer, got 'many'");
        assertThatThrownBy(() -> WorldSpec.parse("synthetic:versions=1.5"))
                .hasMessageContaining("'versions' must be in [0, 1]");
        assertThatThrownBy(() -> WorldSpec.parse("synthetic:artists=10,tracks=5"))
                .hasMessageContaining("'tracks' (5) must be at least 'artists' (10)");
        assertThatThrownBy(() -> WorldSpec.parse("synthetic:users=0"))
                .hasMessageContaining("'users' must be >= 1");
    }

    @Test
    void rejectsMalformedPairsAndDuplicates() {
        assertThatThrownBy(() -> WorldSpec.parse("synthetic:users"))
                .hasMessageContaining("'users' is not KEY=VALUE");
        assertThatThrownBy(() -> WorldSpec.parse("synthetic:seed=1,seed=2"))
                .hasMessageContaining("key 'seed' is given twice");
    }

    @Test
    void rejectsUnknownSchemeAndMissingPath() {
        assertThatThrownBy(() -> WorldSpec.parse("lastfm:/x"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown world spec 'lastfm:/x'")
                .hasMessageContaining("hetrec:DIR");
        assertThatThrownBy(() -> WorldSpec.parse("mpd:"))
                .hasMessageContaining("world spec 'mpd:' needs a path");
        assertThatThrownBy(() -> WorldSpec.parse("  ")).hasMessageContaining("world spec is empty");
    }
}
