package dev.spotrec.datasets;

/**
 * Receives a world entity by entity, so that a world too large for memory (a Million-Playlist-scale
 * synthetic world) can stream to a writer: the MPD writer, the warehouse's bulk loader, or a {@link
 * World.Builder}.
 *
 * <p>Order contract: a source emits every entity after all entities it references. Sources in this
 * module emit all artists, then all albums, then all tracks, then all users; then playlists, top
 * items and follows (playlist, artist and user follows), which may interleave; and finally call
 * {@link #end()} once. Every method defaults to doing nothing, so a sink implements only what it
 * needs.
 */
public interface WorldSink {
  /** An artist. */
  default void artist(Artist artist) {}

  /** An album; its artists came before. */
  default void album(Album album) {}

  /** A track; its album and artists came before. */
  default void track(Track track) {}

  /** A user. */
  default void user(User user) {}

  /** A playlist; its owner, the users who added items and the items' tracks came before. */
  default void playlist(Playlist playlist) {}

  /** A user's top items for one range. */
  default void topItems(TopItems topItems) {}

  /** A user follows a playlist; both came before. */
  default void playlistFollow(PlaylistFollow follow) {}

  /** A user follows an artist; both came before. */
  default void artistFollow(ArtistFollow follow) {}

  /** A user follows a user; both came before. */
  default void userFollow(UserFollow follow) {}

  /** Called once, after the last entity. */
  default void end() {}

  /**
   * A sink that hands entities to {@code downstream} on a separate thread, in order, through a
   * bounded queue, so that producing and writing a world overlap on two cores. Its {@code end()}
   * waits for the downstream to finish and rethrows any exception the downstream threw (which is
   * also rethrown to the producer at its next call).
   */
  static WorldSink async(WorldSink downstream) {
    return new dev.spotrec.datasets.internal.AsyncSink(downstream, 64);
  }
}
