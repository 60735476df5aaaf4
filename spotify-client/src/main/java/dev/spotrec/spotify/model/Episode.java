package dev.spotrec.spotify.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A podcast episode, full or simplified (simplified episodes have no {@code show}).
 *
 * @param id base62 id
 * @param name name
 * @param uri {@code spotify:episode:...}
 * @param href Web API link
 * @param description plain-text description
 * @param durationMs duration in milliseconds
 * @param explicit whether it is explicit
 * @param releaseDate release date
 * @param releaseDatePrecision {@code year}, {@code month} or {@code day}
 * @param language primary language, or {@code null}
 * @param images images, empty when absent
 * @param show the show, or {@code null}
 * @param isPlayable whether it is playable, or {@code null}
 * @param externalUrls external links keyed by site
 * @param type {@code episode}
 */
@JsonDeserialize(
        using = ValueDeserializer.None.class) // not Playable's union reader: this type is known
public record Episode(
        String id,
        String name,
        String uri,
        String href,
        String description,
        Integer durationMs,
        Boolean explicit,
        String releaseDate,
        String releaseDatePrecision,
        String language,
        List<Image> images,
        Show show,
        @JsonProperty("is_playable") Boolean isPlayable,
        Map<String, String> externalUrls,
        String type)
        implements Playable {

    /** Normalises absent collections to empty ones. */
    public Episode {
        images = Nulls.list(images);
        externalUrls = Nulls.map(externalUrls);
    }
}
