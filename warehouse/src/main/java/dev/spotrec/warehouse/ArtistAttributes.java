package dev.spotrec.warehouse;

import java.util.List;

/**
 * An artist's attributes, as streamed by {@link Warehouse#forEachArtist}.
 *
 * @param id artist id
 * @param name name
 * @param popularity popularity 0-100; null when unknown
 * @param followers follower count; null when unknown
 * @param genres genres, most specific first; empty when none
 */
public record ArtistAttributes(
        String id, String name, Integer popularity, Long followers, List<String> genres) {
    /** Copies the genres. */
    public ArtistAttributes {
        genres = List.copyOf(genres);
    }
}
