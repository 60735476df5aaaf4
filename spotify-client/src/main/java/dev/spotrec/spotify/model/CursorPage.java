package dev.spotrec.spotify.model;

import java.util.List;

/**
 * One page of a cursor-paged list (followed artists, recently played). The next page starts {@code
 * after} the cursor; use {@code follow().artists()} to stream them all.
 *
 * @param href the URL of this page
 * @param items the items
 * @param limit the page size requested
 * @param next the URL of the next page, or {@code null} on the last page
 * @param cursors the cursors, or {@code null}
 * @param total the number of items in the whole list, when Spotify gives it
 * @param <T> the item type
 */
public record CursorPage<T>(
        String href, List<T> items, Integer limit, String next, Cursors cursors, Integer total) {

    /** Normalises absent items to an empty list. */
    public CursorPage {
        items = Nulls.list(items);
    }

    /**
     * The cursors of a cursor page.
     *
     * @param after the key to pass as {@code after} for the next page, or {@code null} at the end
     * @param before the key for the previous page, or {@code null}
     */
    public record Cursors(String after, String before) {}
}
