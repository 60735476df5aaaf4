package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AsyncSinkTest {

  @Test
  void deliversEveryEntityInOrderThenEnds() {
    WorldSpec spec = WorldSpec.parse("synthetic:users=60,artists=50,playlists=300");
    World.Builder direct = World.builder();
    World.Builder viaThread = World.builder();
    Worlds.stream(spec, direct);
    Worlds.stream(spec, WorldSink.async(viaThread));
    World a = direct.build();
    World b = viaThread.build();
    assertThat(b.tracks()).isEqualTo(a.tracks());
    assertThat(b.playlists()).isEqualTo(a.playlists());
    assertThat(b.playlistFollows()).isEqualTo(a.playlistFollows());
    assertThat(b.topItems()).isEqualTo(a.topItems());
  }

  @Test
  void rethrowsTheWritersFailureToTheProducer() {
    List<String> seen = new ArrayList<>();
    WorldSink failing = new WorldSink() {
      @Override
      public void playlist(Playlist p) {
        seen.add(p.id());
        throw new IllegalStateException("disk full");
      }
    };
    assertThatThrownBy(() -> Worlds.stream(
        WorldSpec.parse("synthetic:users=60,artists=50,playlists=3000"), WorldSink.async(failing)))
        .isInstanceOf(IllegalStateException.class).hasMessage("disk full");
    assertThat(seen).hasSize(1);
  }
}
