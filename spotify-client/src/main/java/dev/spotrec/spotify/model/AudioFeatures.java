package dev.spotrec.spotify.model;

/**
 * Audio features of a track (closed to new apps since 27 November 2024; apps with extended access
 * keep them). All values are {@code null} when absent.
 *
 * @param id track id
 * @param uri track URI
 * @param danceability 0-1
 * @param energy 0-1
 * @param key pitch class 0-11, -1 if unknown
 * @param loudness dB, typically -60-0
 * @param mode 1 major, 0 minor
 * @param speechiness 0-1
 * @param acousticness 0-1
 * @param instrumentalness 0-1
 * @param liveness 0-1
 * @param valence 0-1
 * @param tempo beats per minute
 * @param durationMs duration in milliseconds
 * @param timeSignature beats per bar, 3-7
 * @param trackHref Web API link of the track
 * @param analysisUrl Web API link of the audio analysis
 * @param type {@code audio_features}
 */
public record AudioFeatures(
        String id,
        String uri,
        Double danceability,
        Double energy,
        Integer key,
        Double loudness,
        Integer mode,
        Double speechiness,
        Double acousticness,
        Double instrumentalness,
        Double liveness,
        Double valence,
        Double tempo,
        Integer durationMs,
        Integer timeSignature,
        String trackHref,
        String analysisUrl,
        String type) {}
