package dev.spotrec.spotify.model;

import java.util.List;
import java.util.Map;

/**
 * A podcast show, full or simplified (only the full show has {@code episodes}).
 *
 * @param id base62 id
 * @param name name
 * @param uri {@code spotify:show:...}
 * @param href Web API link
 * @param publisher publisher
 * @param description plain-text description
 * @param mediaType {@code audio}, {@code video} or {@code mixed}
 * @param totalEpisodes number of episodes, or {@code null}
 * @param explicit whether it is explicit
 * @param languages languages, empty when absent
 * @param images images, empty when absent
 * @param externalUrls external links keyed by site
 * @param episodes the first page of episodes, or {@code null}
 * @param type {@code show}
 */
public record Show(
        String id,
        String name,
        String uri,
        String href,
        String publisher,
        String description,
        String mediaType,
        Integer totalEpisodes,
        Boolean explicit,
        List<String> languages,
        List<Image> images,
        Map<String, String> externalUrls,
        Page<Episode> episodes,
        String type) {

    /** Normalises absent collections to empty ones. */
    public Show {
        languages = Nulls.list(languages);
        images = Nulls.list(images);
        externalUrls = Nulls.map(externalUrls);
    }
}
