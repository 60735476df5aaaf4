package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticWorldTest {
  private static final String SMALL = "synthetic:seed=5,users=300,artists=250,playlists=2500";

  @Test
  void sameSpecGivesAnEqualWorld() {
    World a = Worlds.load(SMALL);
    World b = Worlds.load(SMALL);
    assertThat(a.artists()).isEqualTo(b.artists());
    assertThat(a.albums()).isEqualTo(b.albums());
    assertThat(a.tracks()).isEqualTo(b.tracks());
    assertThat(a.users()).isEqualTo(b.users());
    assertThat(a.playlists()).isEqualTo(b.playlists());
    assertThat(a.playlistFollows()).isEqualTo(b.playlistFollows());
    assertThat(a.topItems()).isEqualTo(b.topItems());
  }

  @Test
  void sameSeedWritesByteIdenticalMpdSlices(@TempDir Path dir) throws IOException {
    List<Path> first = writeMpd(WorldSpec.parse(SMALL), dir.resolve("a"));
    List<Path> second = writeMpd(WorldSpec.parse(SMALL), dir.resolve("b"));
    assertThat(first).hasSize(3);
    for (int i = 0; i < first.size(); i++) {
      assertThat(first.get(i).getFileName()).isEqualTo(second.get(i).getFileName());
      assertThat(Files.readAllBytes(first.get(i))).isEqualTo(Files.readAllBytes(second.get(i)));
    }
  }

  @Test
  void anotherSeedWritesDifferentSlices(@TempDir Path dir) throws IOException {
    var spec = (WorldSpec.Synthetic) WorldSpec.parse(SMALL);
    List<Path> first = writeMpd(spec, dir.resolve("a"));
    List<Path> other = writeMpd(spec.withSeed(6), dir.resolve("b"));
    assertThat(Files.readAllBytes(first.get(0))).isNotEqualTo(Files.readAllBytes(other.get(0)));
  }

  @Test
  void statsMatchTheSpec() {
    World w = Worlds.load(SMALL);
    WorldStats s = w.stats();
    assertThat(s.users()).isEqualTo(300);
    assertThat(s.artists()).isEqualTo(250);
    assertThat(s.tracks()).isEqualTo(2000);
    assertThat(s.playlists()).isEqualTo(2500);
    assertThat(s.playlistItems() / 2500.0).as("mean playlist length").isBetween(34.0, 46.0);
    assertThat(s.follows()).isEqualTo(w.playlistFollows().size() + w.artistFollows().size()
        + w.userFollows().size());
    assertThat(s.albums()).isGreaterThan(250);
  }

  @Test
  void entitiesAreValidAndConsistent() {
    World w = Worlds.load(SMALL);
    Set<String> isrcs = new HashSet<>();
    for (Track t : w.tracks()) {
      assertThat(t.features()).isNotNull();
      assertThat(isrcs.add(t.isrc())).as("unique ISRC %s", t.isrc()).isTrue();
      assertThat(w.albumTracks(t.albumId())).contains(t);
    }
    for (Playlist p : w.playlists()) {
      assertThat(p.items()).isNotEmpty().hasSizeLessThanOrEqualTo(250);
      assertThat(p.items().stream().map(PlaylistItem::trackId).distinct().count())
          .isEqualTo(p.items().size());
      assertThat(p.followers()).isEqualTo(w.playlistFollowers(p.id()).size());
      for (int i = 1; i < p.items().size(); i++) {
        assertThat(p.items().get(i).addedAt()).isAfterOrEqualTo(p.items().get(i - 1).addedAt());
      }
    }
    for (User u : w.users()) {
      long followers = w.userFollows().stream()
          .filter(f -> f.followedUserId().equals(u.id())).count();
      assertThat(u.followers()).isEqualTo(followers);
    }
    assertThat(w.albums()).extracting(Album::albumType).contains(AlbumType.ALBUM, AlbumType.SINGLE);
  }

  @Test
  void worldsWithoutPlaylistsStillHaveTopItems() {
    World w = Worlds.load("synthetic:users=20,artists=30,playlists=0");
    assertThat(w.playlists()).isEmpty();
    assertThat(w.topItems()).hasSize(60);
    assertThat(w.topItems(w.users().get(0).id(), TimeRange.SHORT_TERM).orElseThrow().trackIds())
        .hasSize(50);
  }

  @Test
  void streamingAndLoadingAgree() {
    WorldSpec spec = WorldSpec.parse("synthetic:users=40,artists=30,playlists=100");
    World.Builder builder = World.builder();
    Worlds.stream(spec, builder);
    assertThat(builder.build().stats()).isEqualTo(Worlds.load(spec).stats());
  }

  static List<Path> writeMpd(WorldSpec spec, Path dir) {
    try (MpdWriter writer = MpdWriter.builder(dir).build()) {
      Worlds.stream(spec, writer);
      return writer.files();
    }
  }
}
