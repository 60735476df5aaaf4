package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotifyPlaylistCsvTest {

  @Test
  void readsEveryRowOfBothFiles() {
    var dir = SharedDatasets.require("spotify-playlists-2024");
    List<SpotifyCsvRow> rows = new ArrayList<>();
    assertThat(SpotifyPlaylistCsv.forEachRow(dir, rows::add)).isEqualTo(4_831);
    assertThat(SpotifyPlaylistCsv.files(dir)).hasSize(2);
    SpotifyCsvRow first = rows.stream()
        .filter(r -> r.trackId().equals("2plbrEY59IikOBgBGLjaoe")).findFirst().orElseThrow();
    assertThat(first.artistNames()).containsExactly("Lady Gaga", "Bruno Mars");
    assertThat(first.trackPopularity()).isEqualTo(100);
    assertThat(first.features().tempo()).isEqualTo(157.969);
    assertThat(first.playlistGenre()).isEqualTo("pop");
    assertThat(rows).filteredOn(r -> r.features() == null).hasSize(1);
    assertThat(rows).anyMatch(r -> r.trackName().contains("\""));
  }

  @Test
  void loadsAsAWorld() {
    var dir = SharedDatasets.require("spotify-playlists-2024");
    World world = Worlds.load("spotify-csv:" + dir);
    WorldStats s = world.stats();
    assertThat(s.playlists()).isEqualTo(115);
    assertThat(s.tracks()).isEqualTo(4_495);
    // 4,831 rows less 59 repeated (playlist, track) pairs.
    assertThat(s.playlistItems()).isEqualTo(4_772);
    Track smile = world.track("2plbrEY59IikOBgBGLjaoe").orElseThrow();
    assertThat(smile.artistIds()).hasSize(2);
    assertThat(world.album(smile.albumId()).orElseThrow().releaseDate()).isEqualTo("2024-08-16");
    assertThat(world.artist(smile.primaryArtistId()).orElseThrow().genres()).contains("pop");
  }
}
