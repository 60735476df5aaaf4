package dev.spotrec.spotify.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The union of the track and episode JSON shapes. Reading a playlist item into this one record and
 * then choosing {@link Track} or {@link Episode} by {@code type} avoids the token buffering that
 * Jackson's polymorphic handling needs when {@code type} comes last, as it does in Spotify's JSON.
 */
record PlayableJson(
        String id,
        String name,
        String uri,
        String href,
        Album album,
        List<Artist> artists,
        Integer durationMs,
        Boolean explicit,
        Integer popularity,
        Integer trackNumber,
        Integer discNumber,
        @JsonProperty("is_local") Boolean isLocal,
        @JsonProperty("is_playable") Boolean isPlayable,
        String previewUrl,
        @JsonDeserialize(using = MarketsDeserializer.class) List<String> availableMarkets,
        Map<String, String> externalIds,
        Map<String, String> externalUrls,
        String description,
        String releaseDate,
        String releaseDatePrecision,
        String language,
        List<Image> images,
        Show show,
        String type) {

    Playable toPlayable() {
        if ("episode".equals(type)) {
            return new Episode(
                    id,
                    name,
                    uri,
                    href,
                    description,
                    durationMs,
                    explicit,
                    releaseDate,
                    releaseDatePrecision,
                    language,
                    images,
                    show,
                    isPlayable,
                    externalUrls,
                    type);
        }
        return new Track(
                id,
                name,
                uri,
                href,
                album,
                artists,
                durationMs,
                explicit,
                popularity,
                trackNumber,
                discNumber,
                isLocal,
                isPlayable,
                previewUrl,
                availableMarkets,
                externalIds,
                externalUrls,
                type);
    }
}
