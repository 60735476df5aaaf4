package dev.spotrec.datasets;

import java.util.List;

/**
 * A music artist.
 *
 * @param id 22-character base62 id
 * @param name display name
 * @param genres genre names, most specific first; may be empty
 * @param popularity Spotify popularity, 0 to 100
 * @param followers follower count
 */
public record Artist(String id, String name, List<String> genres, int popularity, long followers) {
    /** Validates and copies the arguments. */
    public Artist {
        Require.base62Id("artist.id", id);
        Require.text("artist.name", name);
        genres = Require.strings("artist.genres", genres);
        Require.range("artist.popularity", popularity, 0, 100);
        Require.nonNegative("artist.followers", followers);
    }

    /** The Spotify URI, {@code spotify:artist:ID}. */
    public String uri() {
        return "spotify:artist:" + id;
    }
}
