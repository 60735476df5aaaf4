package dev.spotrec.datasets;

import java.util.Locale;

/** The {@code time_range} of a user's top items: about 4 weeks, 6 months, or about a year. */
public enum TimeRange {
    SHORT_TERM,
    MEDIUM_TERM,
    LONG_TERM;

    /** The Web API name, e.g. {@code "medium_term"}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses {@code short_term}, {@code medium_term} or {@code long_term}. */
    public static TimeRange fromApiName(String value) {
        for (TimeRange r : values()) {
            if (r.apiName().equalsIgnoreCase(value)) {
                return r;
            }
        }
        throw new IllegalArgumentException(
                "time_range must be short_term, medium_term or long_term, got "
                        + Require.quote(value));
    }
}
