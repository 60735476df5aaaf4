package dev.spotrec.datasets;

/**
 * A user follows a playlist (owned by someone else).
 *
 * @param userId the follower
 * @param playlistId the followed playlist
 */
public record PlaylistFollow(String userId, String playlistId) {
    /** Validates the arguments. */
    public PlaylistFollow {
        Require.userId("playlistFollow.userId", userId);
        Require.base62Id("playlistFollow.playlistId", playlistId);
    }
}
