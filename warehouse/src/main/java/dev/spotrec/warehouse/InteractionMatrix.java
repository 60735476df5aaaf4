package dev.spotrec.warehouse;

import java.util.Locale;

/**
 * The implicit-feedback matrices the recommender trains on, streamed as (row, column, weight)
 * triples ordered by row (byte order of the id), so a reader can build a CSR matrix in one pass.
 */
public enum InteractionMatrix {
    /**
     * Playlist × track. Weight: how often the track occurs in the playlist. Within a playlist,
     * tracks come in order of their first position.
     */
    PLAYLIST_TRACK,
    /**
     * User × artist: listened (Last.fm plays), followed or top artists. Weight: the listening count
     * when there is one, else 1. Ordered by user, then artist.
     */
    USER_ARTIST,
    /** User × followed playlist. Weight 1. Ordered by user, then playlist. */
    USER_PLAYLIST_FOLLOW;

    /** The name used by the CLI and as the Parquet file name, e.g. {@code playlist_track}. */
    public String exportName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
