package dev.spotrec.spotify.model;

import java.util.List;

/**
 * A browse category.
 *
 * @param id category id (not base62)
 * @param name name
 * @param href Web API link
 * @param icons icons, empty when absent
 */
public record Category(String id, String name, String href, List<Image> icons) {

    /** Normalises absent collections to empty ones. */
    public Category {
        icons = Nulls.list(icons);
    }
}
