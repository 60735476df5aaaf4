package dev.spotrec.app.service;

import java.util.List;

/**
 * One recommended track.
 *
 * @param rank 1-based rank
 * @param trackId the Spotify track id
 * @param name the track's name (its id when the warehouse does not know it)
 * @param artists the artists' names, primary first
 * @param album the album's name, or null when unknown
 * @param score the model's score (model-specific scale)
 * @param explanation one human sentence, e.g. "because this playlist has Song by Artist"
 * @param reasons every piece of evidence as a human phrase, strongest first
 */
public record ContinuationItem(
        int rank,
        String trackId,
        String name,
        List<String> artists,
        String album,
        double score,
        String explanation,
        List<String> reasons) {
    /** Validates and copies. */
    public ContinuationItem {
        if (rank < 1) {
            throw new IllegalArgumentException("ContinuationItem: rank must be >= 1, got " + rank);
        }
        if (trackId == null || name == null || explanation == null) {
            throw new IllegalArgumentException(
                    "ContinuationItem: trackId, name and explanation must not be null");
        }
        artists = List.copyOf(artists);
        reasons = List.copyOf(reasons);
    }
}
