package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class WorldTest {
  private static final String ARTIST = SpotifyIds.derive("test", "artist");
  private static final String ALBUM = SpotifyIds.derive("test", "album");
  private static final String TRACK_1 = SpotifyIds.derive("test", "t1");
  private static final String TRACK_2 = SpotifyIds.derive("test", "t2");
  private static final String PLAYLIST = SpotifyIds.derive("test", "playlist");

  @Test
  void indexesEveryEntityAndRelation() {
    World w = small();
    assertThat(w.track(TRACK_2).orElseThrow().name()).isEqualTo("Two");
    assertThat(w.albumTracks(ALBUM)).extracting(Track::id).containsExactly(TRACK_1, TRACK_2);
    assertThat(w.artistAlbums(ARTIST)).extracting(Album::id).containsExactly(ALBUM);
    assertThat(w.artistTracks(ARTIST)).hasSize(2);
    assertThat(w.playlistsOwnedBy("owner")).extracting(Playlist::id).containsExactly(PLAYLIST);
    assertThat(w.playlistsFollowedBy("fan")).extracting(Playlist::id).containsExactly(PLAYLIST);
    assertThat(w.playlistFollowers(PLAYLIST)).extracting(User::id).containsExactly("fan");
    assertThat(w.artistsFollowedBy("fan")).extracting(Artist::id).containsExactly(ARTIST);
    assertThat(w.usersFollowedBy("fan")).extracting(User::id).containsExactly("owner");
    assertThat(w.topItems("fan", TimeRange.SHORT_TERM).orElseThrow().trackIds())
        .containsExactly(TRACK_2);
    assertThat(w.topItems("fan", TimeRange.LONG_TERM)).isEmpty();
    assertThat(w.track("missing")).isEmpty();
    assertThat(w.albumTracks("missing")).isEmpty();
    assertThat(w.stats()).isEqualTo(new WorldStats(2, 1, 1, 2, 1, 2, 3));
  }

  @Test
  void writeToReplaysTheWorldInOrder() {
    World w = small();
    List<String> events = new ArrayList<>();
    World.Builder copy = World.builder();
    w.writeTo(new WorldSink() {
      @Override
      public void artist(Artist a) {
        events.add("artist");
        copy.artist(a);
      }

      @Override
      public void track(Track t) {
        events.add("track");
      }

      @Override
      public void end() {
        events.add("end");
      }
    });
    assertThat(events).containsExactly("artist", "track", "track", "end");
    assertThat(copy.build().artists()).isEqualTo(w.artists());
  }

  @Test
  void builderRejectsDanglingReferencesAndDuplicates() {
    World.Builder b = World.builder();
    assertThatThrownBy(() -> b.album(album()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("album " + ALBUM + " references unknown artist " + ARTIST
            + "; add the artist first");
    b.artist(artist());
    assertThatThrownBy(() -> b.artist(artist())).hasMessage("duplicate artist id " + ARTIST);
    b.user(new User("owner", "Owner", "SE", "premium", 0));
    assertThatThrownBy(() -> b.playlistFollow(new PlaylistFollow("owner", PLAYLIST)))
        .hasMessageContaining("references unknown playlist " + PLAYLIST);
  }

  @Test
  void recordsNameTheBadArgument() {
    assertThatThrownBy(() -> new Artist("short", "A", List.of(), 1, 1))
        .hasMessage("artist.id must be a 22-character base62 Spotify id, got 'short'");
    assertThatThrownBy(() -> new Artist(ARTIST, "A", List.of(), 101, 1))
        .hasMessage("artist.popularity must be in [0, 100], got 101");
    assertThatThrownBy(() -> new Album(ALBUM, "X", AlbumType.ALBUM, "2020-13", List.of(ARTIST),
        null, 0)).hasMessageContaining("album.releaseDate must be yyyy, yyyy-MM or yyyy-MM-dd");
    assertThatThrownBy(() -> new User("no spaces", "N", null, null, 0))
        .hasMessageContaining("user.id must be a Spotify user id");
    assertThatThrownBy(() -> new UserFollow("a", "a")).hasMessageContaining("cannot follow itself");
    assertThatThrownBy(() -> TimeRange.fromApiName("forever"))
        .hasMessageContaining("got 'forever'");
    assertThat(TimeRange.fromApiName("medium_term")).isEqualTo(TimeRange.MEDIUM_TERM);
    assertThat(new Album(ALBUM, "X", AlbumType.SINGLE, "2020-03", List.of(ARTIST), null, 0)
        .releaseDatePrecision()).isEqualTo("month");
  }

  private static World small() {
    World.Builder b = World.builder();
    b.artist(artist());
    b.album(album());
    b.track(track(TRACK_2, "Two", 2));
    b.track(track(TRACK_1, "One", 1));
    b.user(new User("owner", "Owner", "SE", "premium", 1));
    b.user(new User("fan", "Fan", null, null, 0));
    Instant at = Instant.parse("2024-01-01T00:00:00Z");
    b.playlist(new Playlist(PLAYLIST, "owner", "Mix", "", true, false, 1,
        List.of(new PlaylistItem(TRACK_1, at, "owner"), new PlaylistItem(TRACK_2, at, "owner"))));
    b.topItems(new TopItems("fan", TimeRange.SHORT_TERM, List.of(TRACK_2), List.of(ARTIST)));
    b.playlistFollow(new PlaylistFollow("fan", PLAYLIST));
    b.artistFollow(new ArtistFollow("fan", ARTIST));
    b.userFollow(new UserFollow("fan", "owner"));
    return b.build();
  }

  private static Artist artist() {
    return new Artist(ARTIST, "Artist", List.of("pop"), 50, 10);
  }

  private static Album album() {
    return new Album(ALBUM, "Album", AlbumType.ALBUM, "2020-01-02", List.of(ARTIST), null, 40);
  }

  private static Track track(String id, String name, int number) {
    return new Track(id, name, ALBUM, List.of(ARTIST), "USABC2000001", 200_000, false, 30,
        number, 1, null);
  }
}
