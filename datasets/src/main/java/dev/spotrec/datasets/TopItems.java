package dev.spotrec.datasets;

import java.util.List;

/**
 * A user's top tracks and artists over one time range, best first.
 *
 * @param userId the user
 * @param timeRange the range
 * @param trackIds top tracks, best first, without duplicates
 * @param artistIds top artists, best first, without duplicates
 */
public record TopItems(
        String userId, TimeRange timeRange, List<String> trackIds, List<String> artistIds) {
    /** Validates and copies the arguments. */
    public TopItems {
        Require.userId("topItems.userId", userId);
        if (timeRange == null) {
            throw new IllegalArgumentException("topItems.timeRange must not be null");
        }
        trackIds = Require.ids("topItems.trackIds", trackIds, false);
        artistIds = Require.ids("topItems.artistIds", artistIds, false);
    }
}
