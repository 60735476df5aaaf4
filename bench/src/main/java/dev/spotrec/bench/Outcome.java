package dev.spotrec.bench;

import java.util.List;

/**
 * What one client produced: {@code id|name} of every fetched track and playlist item, in order, and
 * how many calls failed for good.
 *
 * @param tracks the tracks fetched by id
 * @param items the playlist's items
 * @param failures calls that ended in an error
 */
record Outcome(List<String> tracks, List<String> items, int failures) {

    /** {@return the number of tracks handled} */
    int size() {
        return tracks.size() + items.size();
    }
}
