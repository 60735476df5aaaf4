package dev.spotrec.datasets;

/**
 * A user follows another user (HetRec friend links become a pair of these).
 *
 * @param userId the follower
 * @param followedUserId the followed user
 */
public record UserFollow(String userId, String followedUserId) {
    /** Validates the arguments. */
    public UserFollow {
        Require.userId("userFollow.userId", userId);
        Require.userId("userFollow.followedUserId", followedUserId);
        if (userId.equals(followedUserId)) {
            throw new IllegalArgumentException(
                    "userFollow: user " + userId + " cannot follow itself");
        }
    }
}
