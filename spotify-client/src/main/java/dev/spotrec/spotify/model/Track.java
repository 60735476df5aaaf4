package dev.spotrec.spotify.model;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * A track, full or simplified. Simplified tracks (inside an album) have no {@code album}. In
 * development mode {@code popularity} and {@code availableMarkets} are removed; since November 2024
 * {@code previewUrl} is {@code null} for new apps.
 *
 * @param id base62 id, or {@code null} for a local file
 * @param name name
 * @param uri {@code spotify:track:...} (or {@code spotify:local:...})
 * @param href Web API link
 * @param album the album, or {@code null} in a simplified track
 * @param artists the artists, empty when absent
 * @param durationMs duration in milliseconds
 * @param explicit whether it has explicit lyrics
 * @param popularity 0-100, or {@code null}
 * @param trackNumber position on its disc
 * @param discNumber disc number
 * @param isLocal whether it is a local file
 * @param isPlayable whether it is playable in the requested market, or {@code null}
 * @param previewUrl 30-second preview, or {@code null}
 * @param availableMarkets ISO markets, empty when absent
 * @param externalIds external ids such as {@code isrc}
 * @param externalUrls external links keyed by site
 * @param type {@code track}
 */
@JsonDeserialize(
        using = ValueDeserializer.None.class) // not Playable's union reader: this type is known
public record Track(
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
        String type)
        implements Playable {

    /** Normalises absent collections to empty ones. */
    public Track {
        artists = Nulls.list(artists);
        availableMarkets = Nulls.list(availableMarkets);
        externalIds = Nulls.map(externalIds);
        externalUrls = Nulls.map(externalUrls);
    }
}
