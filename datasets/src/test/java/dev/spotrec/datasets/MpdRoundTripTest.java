package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MpdRoundTripTest {

  @Test
  void writtenPlaylistsReadBackWithTheirTracksInOrder(@TempDir Path dir) {
    World world = Worlds.load("synthetic:seed=9,users=100,artists=80,playlists=1200");
    List<Path> files = SyntheticWorldTest.writeMpd(WorldSpec.parse(
        "synthetic:seed=9,users=100,artists=80,playlists=1200"), dir);
    assertThat(files).extracting(p -> p.getFileName().toString())
        .containsExactly("mpd.slice.0-999.json", "mpd.slice.1000-1999.json");

    List<MpdPlaylist> read = new ArrayList<>();
    assertThat(MpdReader.forEach(dir, read::add)).isEqualTo(1200);
    for (int i = 0; i < read.size(); i++) {
      MpdPlaylist m = read.get(i);
      Playlist p = world.playlists().get(i);
      assertThat(m.pid()).isEqualTo(i);
      assertThat(m.name()).isEqualTo(p.name());
      assertThat(m.collaborative()).isEqualTo(p.collaborative());
      assertThat(m.numFollowers()).isEqualTo(p.followers());
      assertThat(m.numTracks()).isEqualTo(p.items().size());
      assertThat(m.modifiedAt()).isEqualTo(p.items().getLast().addedAt().getEpochSecond());
      assertThat(m.description()).isEqualTo(p.description().isEmpty() ? null : p.description());
      List<MpdTrack> expected = new ArrayList<>();
      for (PlaylistItem item : p.items()) {
        Track track = world.track(item.trackId()).orElseThrow();
        expected.add(new MpdTrack(expected.size(),
            world.artist(track.primaryArtistId()).orElseThrow().name(), track.uri(),
            "spotify:artist:" + track.primaryArtistId(), track.name(),
            "spotify:album:" + track.albumId(), track.durationMs(),
            world.album(track.albumId()).orElseThrow().name()));
      }
      if (!m.tracks().equals(expected)) {
        assertThat(m.tracks()).isEqualTo(expected);
      }
      assertThat(m.durationMs()).isEqualTo(
          m.tracks().stream().mapToLong(MpdTrack::durationMs).sum());
    }
  }

  @Test
  void streamReadsLazilyAndAsAWorld(@TempDir Path dir) {
    String spec = "synthetic:seed=2,users=50,artists=40,playlists=2100";
    SyntheticWorldTest.writeMpd(WorldSpec.parse(spec), dir);
    try (Stream<MpdPlaylist> s = MpdReader.stream(dir)) {
      assertThat(s.limit(1500).mapToLong(MpdPlaylist::pid).max().orElseThrow()).isEqualTo(1499);
    }
    World original = Worlds.load(spec);
    World fromMpd = Worlds.load("mpd:" + dir);
    WorldStats s = fromMpd.stats();
    assertThat(s.playlists()).isEqualTo(2100);
    assertThat(s.playlistItems()).isEqualTo(original.stats().playlistItems());
    assertThat(s.users()).isEqualTo(1);
    long usedTracks = original.playlists().stream()
        .flatMap(p -> p.items().stream()).map(PlaylistItem::trackId).distinct().count();
    assertThat(s.tracks()).isEqualTo(usedTracks);
    Track t = fromMpd.tracks().getFirst();
    assertThat(original.track(t.id()).orElseThrow().name()).isEqualTo(t.name());
  }

  @Test
  void escapesAndEncodesAnyTextExactly(@TempDir Path dir) {
    String odd = "Quote \" back\\slash\nnew line\ttab \u0001 caf\u00e9 \u266b \uD83C\uDFB5";
    MpdTrack track = new MpdTrack(0, odd, "spotify:track:" + SpotifyIds.derive("t", "1"),
        "spotify:artist:" + SpotifyIds.derive("a", "1"), odd,
        "spotify:album:" + SpotifyIds.derive("b", "1"), 1234, odd);
    MpdPlaylist p = new MpdPlaylist(odd, true, 7, 1_500_000_000L, 1, 1, 3, List.of(track), 2,
        1234, 1, odd);
    try (MpdWriter w = MpdWriter.builder(dir).build()) {
      w.write(p);
    }
    List<MpdPlaylist> read = new ArrayList<>();
    MpdReader.forEach(dir, read::add);
    assertThat(read).containsExactly(p);
  }

  @Test
  void sliceSizeIsConfigurable(@TempDir Path dir) {
    try (MpdWriter w = MpdWriter.builder(dir).sliceSize(10).build()) {
      Worlds.stream(WorldSpec.parse("synthetic:users=10,artists=10,playlists=25"), w);
      assertThat(w.files()).hasSize(3);
      assertThat(w.playlists()).isEqualTo(25);
    }
    assertThat(MpdReader.sliceFiles(dir)).extracting(p -> p.getFileName().toString())
        .containsExactly("mpd.slice.0-9.json", "mpd.slice.10-19.json", "mpd.slice.20-29.json");
  }
}
