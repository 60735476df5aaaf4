package dev.spotrec.spotify.model;

import java.util.List;

/**
 * Low-level audio analysis of a track (closed to new apps since 27 November 2024): the track's
 * global values and its time intervals at several granularities.
 *
 * @param track global values
 * @param bars bars
 * @param beats beats
 * @param tatums tatums
 * @param sections sections
 * @param segments segments
 */
public record AudioAnalysis(
        Summary track,
        List<Interval> bars,
        List<Interval> beats,
        List<Interval> tatums,
        List<Section> sections,
        List<Segment> segments) {

    /** Normalises absent collections to empty ones. */
    public AudioAnalysis {
        bars = Nulls.list(bars);
        beats = Nulls.list(beats);
        tatums = Nulls.list(tatums);
        sections = Nulls.list(sections);
        segments = Nulls.list(segments);
    }

    /**
     * Global values of the analysed track.
     *
     * @param duration seconds
     * @param loudness dB
     * @param tempo beats per minute
     * @param key pitch class
     * @param mode 1 major, 0 minor
     * @param timeSignature beats per bar
     */
    public record Summary(
            Double duration,
            Double loudness,
            Double tempo,
            Integer key,
            Integer mode,
            Integer timeSignature) {}

    /**
     * A bar, beat or tatum.
     *
     * @param start seconds from the start
     * @param duration seconds
     * @param confidence 0-1
     */
    public record Interval(Double start, Double duration, Double confidence) {}

    /**
     * A section: a large variation in rhythm or timbre.
     *
     * @param start seconds from the start
     * @param duration seconds
     * @param confidence 0-1
     * @param loudness dB
     * @param tempo beats per minute
     * @param key pitch class
     * @param mode 1 major, 0 minor
     * @param timeSignature beats per bar
     */
    public record Section(
            Double start,
            Double duration,
            Double confidence,
            Double loudness,
            Double tempo,
            Integer key,
            Integer mode,
            Integer timeSignature) {}

    /**
     * A segment: a short sound of roughly uniform timbre and harmony.
     *
     * @param start seconds from the start
     * @param duration seconds
     * @param confidence 0-1
     * @param loudnessStart dB at the start
     * @param loudnessMax peak dB
     * @param pitches 12 chroma values, 0-1
     * @param timbre 12 timbre coefficients
     */
    public record Segment(
            Double start,
            Double duration,
            Double confidence,
            Double loudnessStart,
            Double loudnessMax,
            List<Double> pitches,
            List<Double> timbre) {

        /** Normalises absent collections to empty ones. */
        public Segment {
            pitches = Nulls.list(pitches);
            timbre = Nulls.list(timbre);
        }
    }
}
