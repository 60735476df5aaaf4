package dev.spotrec.spotify.model;

import java.util.List;
import java.util.Map;

/**
 * An artist, full or simplified. Simplified artists (inside tracks and albums) and development-mode
 * replies lack {@code genres}, {@code popularity}, {@code followers} and {@code images}: those are
 * {@code null} or empty.
 *
 * @param id base62 id
 * @param name name
 * @param uri {@code spotify:artist:...}
 * @param href Web API link
 * @param genres genres (deprecated by Spotify), empty when absent
 * @param popularity 0-100, or {@code null}
 * @param followers followers, or {@code null}
 * @param images images, empty when absent
 * @param externalUrls external links keyed by site
 * @param type always {@code artist}
 */
public record Artist(
        String id,
        String name,
        String uri,
        String href,
        List<String> genres,
        Integer popularity,
        Followers followers,
        List<Image> images,
        Map<String, String> externalUrls,
        String type) {

    /** Normalises absent collections to empty ones. */
    public Artist {
        genres = Nulls.list(genres);
        images = Nulls.list(images);
        externalUrls = Nulls.map(externalUrls);
    }
}
