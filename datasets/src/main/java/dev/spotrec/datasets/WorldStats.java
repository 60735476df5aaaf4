package dev.spotrec.datasets;

/**
 * Ground-truth counts of a world, as printed by {@code spotrec world stats}.
 *
 * @param users users
 * @param artists artists
 * @param albums albums
 * @param tracks tracks
 * @param playlists playlists
 * @param playlistItems items over all playlists
 * @param follows playlist, artist and user follows together
 */
public record WorldStats(
        long users,
        long artists,
        long albums,
        long tracks,
        long playlists,
        long playlistItems,
        long follows) {
    /** Validates the counts. */
    public WorldStats {
        Require.nonNegative("stats.users", users);
        Require.nonNegative("stats.artists", artists);
        Require.nonNegative("stats.albums", albums);
        Require.nonNegative("stats.tracks", tracks);
        Require.nonNegative("stats.playlists", playlists);
        Require.nonNegative("stats.playlistItems", playlistItems);
        Require.nonNegative("stats.follows", follows);
    }
}
