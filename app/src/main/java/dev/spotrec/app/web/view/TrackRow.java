package dev.spotrec.app.web.view;

import java.util.List;

/**
 * A track in a list: a continuation, an experiment list or the user's top tracks.
 *
 * @param rank 1-based position
 * @param trackId the Spotify track id
 * @param name the track name
 * @param artists the artist names
 * @param album the album name, or {@code null}
 * @param imageUrl the album art, or {@code null}
 * @param explanation why it is recommended, or {@code null}
 * @param rating {@code liked}, {@code disliked} or {@code null} (experiment pages)
 */
public record TrackRow(
        int rank,
        String trackId,
        String name,
        List<String> artists,
        String album,
        String imageUrl,
        String explanation,
        String rating) {
    /** Validates the id and copies the artists. */
    public TrackRow {
        if (trackId == null || trackId.isBlank()) {
            throw new IllegalArgumentException("trackId must not be blank");
        }
        artists = artists == null ? List.of() : List.copyOf(artists);
    }

    /** {@return the artist names joined with commas} */
    public String artistNames() {
        return String.join(", ", artists);
    }
}
