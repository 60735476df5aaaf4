package dev.spotrec.spotify.model;

import java.util.List;
import java.util.Map;

/**
 * A Spotify user: the current user, a public profile, a playlist owner or the user who added a
 * playlist item. {@code email}, {@code country}, {@code product} and {@code followers} are only in
 * the current user's profile and are removed in development mode.
 *
 * @param id user id (not base62: any characters)
 * @param displayName display name, or {@code null}
 * @param uri {@code spotify:user:...}
 * @param href Web API link
 * @param email e-mail, or {@code null}
 * @param country ISO country, or {@code null}
 * @param product subscription level, or {@code null}
 * @param followers followers, or {@code null}
 * @param images profile images, empty when absent
 * @param externalUrls external links keyed by site
 * @param type always {@code user}
 */
public record User(
        String id,
        String displayName,
        String uri,
        String href,
        String email,
        String country,
        String product,
        Followers followers,
        List<Image> images,
        Map<String, String> externalUrls,
        String type) {

    /** Normalises absent collections to empty ones. */
    public User {
        images = Nulls.list(images);
        externalUrls = Nulls.map(externalUrls);
    }
}
