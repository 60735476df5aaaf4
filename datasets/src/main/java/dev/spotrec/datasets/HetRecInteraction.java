package dev.spotrec.datasets;

/**
 * One HetRec Last.fm user-artist pair from {@code user_artists.dat}.
 *
 * @param userId HetRec user id
 * @param artistId HetRec artist id
 * @param weight listening count
 */
public record HetRecInteraction(int userId, int artistId, long weight) {
  /** Validates the arguments. */
  public HetRecInteraction {
    Require.range("hetrec userID", userId, 0, Integer.MAX_VALUE);
    Require.range("hetrec artistID", artistId, 0, Integer.MAX_VALUE);
    Require.nonNegative("hetrec weight", weight);
  }
}
