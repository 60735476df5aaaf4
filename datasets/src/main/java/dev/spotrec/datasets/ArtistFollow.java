package dev.spotrec.datasets;

/**
 * A user follows an artist.
 *
 * @param userId the follower
 * @param artistId the followed artist
 */
public record ArtistFollow(String userId, String artistId) {
    /** Validates the arguments. */
    public ArtistFollow {
        Require.userId("artistFollow.userId", userId);
        Require.base62Id("artistFollow.artistId", artistId);
    }
}
