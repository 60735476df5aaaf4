package dev.spotrec.spotify.model;

import java.util.List;

/**
 * One page of an offset-paged list, as Spotify returns it. To walk all pages, use the endpoint
 * group's {@code Stream} method (e.g. {@code playlists().items(id)}), which follows {@code next}. A
 * reference without items (a simplified playlist's {@code tracks}/{@code items}) has only {@code
 * href} and {@code total}; its {@code items} is then empty.
 *
 * @param href the URL of this page
 * @param items the items; entries may be {@code null} where Spotify returns {@code null}
 * @param limit the page size requested
 * @param next the URL of the next page, or {@code null} on the last page
 * @param offset the index of the first item
 * @param previous the URL of the previous page, or {@code null}
 * @param total the number of items in the whole list
 * @param <T> the item type
 */
public record Page<T>(
        String href,
        List<T> items,
        Integer limit,
        String next,
        Integer offset,
        String previous,
        Integer total) {

    /** Normalises absent items to an empty list. */
    public Page {
        items = Nulls.list(items);
    }

    /** {@return whether a next page exists} */
    public boolean hasNext() {
        return next != null;
    }
}
