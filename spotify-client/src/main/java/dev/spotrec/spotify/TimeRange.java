package dev.spotrec.spotify;

import java.util.Locale;

/** The period over which Spotify computes a user's top items. */
public enum TimeRange {
    /** About the last four weeks. */
    SHORT_TERM,
    /** About the last six months (Spotify's default). */
    MEDIUM_TERM,
    /** About a year, including new data. */
    LONG_TERM;

    /** {@return the parameter value, e.g. {@code short_term}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
