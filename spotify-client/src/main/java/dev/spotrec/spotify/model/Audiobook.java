package dev.spotrec.spotify.model;

import java.util.List;
import java.util.Map;

/**
 * An audiobook, full or simplified (only the full audiobook has {@code chapters}).
 *
 * @param id base62 id
 * @param name name
 * @param uri {@code spotify:audiobook:...}
 * @param href Web API link
 * @param authors authors, empty when absent
 * @param narrators narrators, empty when absent
 * @param publisher publisher
 * @param description plain-text description
 * @param edition edition, or {@code null}
 * @param totalChapters number of chapters, or {@code null}
 * @param images images, empty when absent
 * @param externalUrls external links keyed by site
 * @param chapters the first page of chapters, or {@code null}
 * @param type {@code audiobook}
 */
public record Audiobook(
        String id,
        String name,
        String uri,
        String href,
        List<Contributor> authors,
        List<Contributor> narrators,
        String publisher,
        String description,
        String edition,
        Integer totalChapters,
        List<Image> images,
        Map<String, String> externalUrls,
        Page<Chapter> chapters,
        String type) {

    /** Normalises absent collections to empty ones. */
    public Audiobook {
        authors = Nulls.list(authors);
        narrators = Nulls.list(narrators);
        images = Nulls.list(images);
        externalUrls = Nulls.map(externalUrls);
    }
}
