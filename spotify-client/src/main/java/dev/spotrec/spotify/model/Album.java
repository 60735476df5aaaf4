package dev.spotrec.spotify.model;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * An album, full or simplified. Only the full album has {@code tracks}, {@code genres}, {@code
 * copyrights}, {@code label} and {@code popularity}; development mode removes {@code label} and
 * {@code popularity}.
 *
 * @param id base62 id
 * @param name name
 * @param uri {@code spotify:album:...}
 * @param href Web API link
 * @param albumType {@code album}, {@code single} or {@code compilation}
 * @param albumGroup relation to the artist in an artist's album list, or {@code null}
 * @param totalTracks number of tracks
 * @param releaseDate release date, as precise as {@code releaseDatePrecision}
 * @param releaseDatePrecision {@code year}, {@code month} or {@code day}
 * @param artists the artists, empty when absent
 * @param images cover art, empty when absent
 * @param genres genres, empty when absent
 * @param label record label, or {@code null}
 * @param popularity 0-100, or {@code null}
 * @param availableMarkets ISO markets, empty when absent
 * @param copyrights copyright statements, empty when absent
 * @param externalIds external ids such as {@code upc}
 * @param externalUrls external links keyed by site
 * @param tracks the first page of tracks, or {@code null} in a simplified album
 * @param type {@code album}
 */
public record Album(
        String id,
        String name,
        String uri,
        String href,
        String albumType,
        String albumGroup,
        Integer totalTracks,
        String releaseDate,
        String releaseDatePrecision,
        List<Artist> artists,
        List<Image> images,
        List<String> genres,
        String label,
        Integer popularity,
        @JsonDeserialize(using = MarketsDeserializer.class) List<String> availableMarkets,
        List<Copyright> copyrights,
        Map<String, String> externalIds,
        Map<String, String> externalUrls,
        Page<Track> tracks,
        String type) {

    /** Normalises absent collections to empty ones. */
    public Album {
        artists = Nulls.list(artists);
        images = Nulls.list(images);
        genres = Nulls.list(genres);
        availableMarkets = Nulls.list(availableMarkets);
        copyrights = Nulls.list(copyrights);
        externalIds = Nulls.map(externalIds);
        externalUrls = Nulls.map(externalUrls);
    }
}
