package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class HetRecLastFmTest {

  @Test
  void readsAllInteractionsAndFriendLinks() {
    var dir = SharedDatasets.require("hetrec2011-lastfm-2k");
    Set<Integer> users = new HashSet<>();
    long[] weight = {0};
    long n = HetRecLastFm.forEachInteraction(dir, i -> {
      users.add(i.userId());
      weight[0] += i.weight();
    });
    assertThat(n).isEqualTo(92_834);
    assertThat(users).hasSize(1892);
    assertThat(weight[0]).isPositive();
    assertThat(HetRecLastFm.forEachFriendship(dir, (u, f) -> { })).isEqualTo(25_434);
  }

  @Test
  void artistsCarryTheirTopTags() {
    var dir = SharedDatasets.require("hetrec2011-lastfm-2k");
    List<HetRecArtist> artists = HetRecLastFm.artists(dir);
    assertThat(artists).hasSize(17_632);
    assertThat(artists.getFirst().name()).isEqualTo("MALICE MIZER");
    assertThat(artists.getFirst().tags()).isNotEmpty().hasSizeLessThanOrEqualTo(3);
    List<String> tags = artists.stream().flatMap(a -> a.tags().stream()).toList();
    assertThat(tags).noneMatch(t -> t.contains("\uFFFD") || t.contains("Ã"));
  }

  @Test
  void loadsAsAWorldWithFollowsAndTopArtists() {
    var dir = SharedDatasets.require("hetrec2011-lastfm-2k");
    World world = Worlds.load("hetrec:" + dir);
    WorldStats s = world.stats();
    assertThat(s.users()).isEqualTo(1892);
    assertThat(s.artists()).isEqualTo(17_632);
    assertThat(s.follows()).isEqualTo(92_834 + 25_434);
    assertThat(world.userFollows()).hasSize(25_434);
    String user2 = HetRecLastFm.userId(2);
    assertThat(world.user(user2)).isPresent();
    List<String> top = world.topItems(user2, TimeRange.LONG_TERM).orElseThrow().artistIds();
    // User 2's largest listening count in user_artists.dat is artist 51 (13,883 plays).
    assertThat(top.getFirst()).isEqualTo(HetRecLastFm.artistId(51));
    assertThat(top).hasSize(50);
    assertThat(world.artist(HetRecLastFm.artistId(1)).orElseThrow().genres()).isNotEmpty();
  }

  @Test
  void idsAreStableBase62() {
    assertThat(HetRecLastFm.userId(2)).isEqualTo(HetRecLastFm.userId(2))
        .isNotEqualTo(HetRecLastFm.userId(3));
    assertThat(SpotifyIds.isBase62Id(HetRecLastFm.artistId(17632))).isTrue();
    assertThat(HetRecLastFm.userId(7)).isNotEqualTo(HetRecLastFm.artistId(7));
  }
}
