package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SpotifyIdsTest {

  @Test
  void derivedIdsAreStableAcrossReleases() {
    // Golden values: changing them changes every generated world and every stored id.
    assertThat(SpotifyIds.derive(1, 0)).isEqualTo("3jXLeEpHGONFO4ST99jFsO");
    assertThat(SpotifyIds.derive(1, 1)).isEqualTo("40w24xEMwgBMUzrcO4c8Dz");
    assertThat(SpotifyIds.derive("hetrec-user", "2")).isEqualTo("165IDeujM5c6WCQHeshnAK");
    assertThat(HetRecLastFm.userId(2)).isEqualTo("165IDeujM5c6WCQHeshnAK");
  }

  @Test
  void indexedIdsNeverCollideWithinANamespace() {
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < 200_000; i++) {
      String id = SpotifyIds.derive(42, i);
      assertThat(SpotifyIds.isBase62Id(id)).isTrue();
      seen.add(id);
    }
    assertThat(seen).hasSize(200_000);
  }

  @Test
  void validatesIdShapes() {
    assertThat(SpotifyIds.isBase62Id("6dOtVTDdiauQNBQEDOtlAB")).isTrue();
    assertThat(SpotifyIds.isBase62Id("6dOtVTDdiauQNBQEDOtlA")).isFalse();
    assertThat(SpotifyIds.isBase62Id("6dOtVTDdiauQNBQEDOtlA-")).isFalse();
    assertThat(SpotifyIds.isBase62Id("6dOtVTDdiauQNBQEDOtlAé")).isFalse();
    assertThat(SpotifyIds.isBase62Id(null)).isFalse();
    assertThat(SpotifyIds.isUserId("spotify")).isTrue();
    assertThat(SpotifyIds.isUserId("first.last_1-2")).isTrue();
    assertThat(SpotifyIds.isUserId("has space")).isFalse();
    assertThat(SpotifyIds.isUserId("")).isFalse();
  }

  @Test
  void takesTheIdOutOfAUri() {
    assertThat(SpotifyIds.fromUri("spotify:track:6dOtVTDdiauQNBQEDOtlAB"))
        .isEqualTo("6dOtVTDdiauQNBQEDOtlAB");
    assertThat(SpotifyIds.fromUri("6dOtVTDdiauQNBQEDOtlAB")).isEqualTo("6dOtVTDdiauQNBQEDOtlAB");
  }
}
