package dev.spotrec.spotify.model;

import java.util.List;

/**
 * A chapter of an audiobook, full or simplified (only the full chapter has {@code audiobook}).
 *
 * @param id base62 id
 * @param name name
 * @param uri {@code spotify:chapter:...}
 * @param href Web API link
 * @param chapterNumber zero-based position in the audiobook
 * @param durationMs duration in milliseconds
 * @param description plain-text description
 * @param releaseDate release date
 * @param images images, empty when absent
 * @param audiobook the audiobook, or {@code null}
 * @param type {@code chapter}
 */
public record Chapter(
        String id,
        String name,
        String uri,
        String href,
        Integer chapterNumber,
        Integer durationMs,
        String description,
        String releaseDate,
        List<Image> images,
        Audiobook audiobook,
        String type) {

    /** Normalises absent collections to empty ones. */
    public Chapter {
        images = Nulls.list(images);
    }
}
