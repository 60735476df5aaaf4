package dev.spotrec.datasets;

/**
 * Spotify's audio features of a track. Ratios are in [0, 1].
 *
 * @param danceability how suitable for dancing
 * @param energy perceived intensity
 * @param valence musical positiveness
 * @param tempo beats per minute, 0 to 300
 * @param acousticness confidence the track is acoustic
 * @param instrumentalness confidence the track has no vocals
 * @param liveness presence of an audience
 * @param speechiness presence of spoken words
 * @param loudness average loudness in dB, -60 to 5
 * @param key pitch class 0 to 11, or -1 when no key was detected
 * @param mode 1 for major, 0 for minor
 */
public record AudioFeatures(
        double danceability,
        double energy,
        double valence,
        double tempo,
        double acousticness,
        double instrumentalness,
        double liveness,
        double speechiness,
        double loudness,
        int key,
        int mode) {
    /** Validates the ranges. */
    public AudioFeatures {
        Require.unit("features.danceability", danceability);
        Require.unit("features.energy", energy);
        Require.unit("features.valence", valence);
        Require.unit("features.acousticness", acousticness);
        Require.unit("features.instrumentalness", instrumentalness);
        Require.unit("features.liveness", liveness);
        Require.unit("features.speechiness", speechiness);
        if (!(tempo >= 0 && tempo <= 300)) {
            throw new IllegalArgumentException("features.tempo must be in [0, 300], got " + tempo);
        }
        if (!(loudness >= -60 && loudness <= 5)) {
            throw new IllegalArgumentException(
                    "features.loudness must be in [-60, 5], got " + loudness);
        }
        Require.range("features.key", key, -1, 11);
        Require.range("features.mode", mode, 0, 1);
    }

    /** The features as a vector in a fixed order: the seven ratios, then tempo and loudness. */
    public double[] toArray() {
        return new double[] {
            danceability,
            energy,
            valence,
            acousticness,
            instrumentalness,
            liveness,
            speechiness,
            tempo,
            loudness
        };
    }
}
