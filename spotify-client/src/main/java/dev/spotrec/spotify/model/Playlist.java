package dev.spotrec.spotify.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * A playlist, full or simplified. The February-2026 API calls its contents {@code items}; earlier
 * replies call them {@code tracks}. Both parse into {@link #items()}. In a simplified playlist (and
 * in development mode for playlists the user neither owns nor collaborates on) the page holds only
 * {@code total}, or is {@code null}.
 *
 * @param id base62 id
 * @param name name
 * @param uri {@code spotify:playlist:...}
 * @param href Web API link
 * @param description description, or {@code null}
 * @param owner the owner
 * @param collaborative whether others may edit it
 * @param isPublic whether it is public, or {@code null} when unknown
 * @param snapshotId version identifier
 * @param images images, empty when absent
 * @param followers followers, or {@code null}
 * @param items the first page of items (or a reference with {@code total} only), or {@code null}
 * @param externalUrls external links keyed by site
 * @param type {@code playlist}
 */
public record Playlist(
        String id,
        String name,
        String uri,
        String href,
        String description,
        User owner,
        Boolean collaborative,
        @JsonProperty("public") Boolean isPublic,
        String snapshotId,
        List<Image> images,
        Followers followers,
        @JsonProperty("items") @JsonAlias("tracks") Page<PlaylistItem> items,
        Map<String, String> externalUrls,
        String type) {

    /** Normalises absent collections to empty ones. */
    public Playlist {
        images = Nulls.list(images);
        externalUrls = Nulls.map(externalUrls);
    }

    /** {@return the number of items, or {@code null} when the reply does not say} */
    public Integer total() {
        return items == null ? null : items.total();
    }
}
