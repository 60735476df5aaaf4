package dev.spotrec.datasets;

import java.util.Locale;

/** Spotify's {@code album_type}. */
public enum AlbumType {
    ALBUM,
    SINGLE,
    COMPILATION;

    /** The lower-case name used by the Web API, e.g. {@code "single"}. */
    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Parses an API name case-insensitively; names the bad value when there is none. */
    public static AlbumType fromApiName(String value) {
        for (AlbumType t : values()) {
            if (t.apiName().equalsIgnoreCase(value)) {
                return t;
            }
        }
        throw new IllegalArgumentException(
                "album_type must be album, single or compilation, got " + Require.quote(value));
    }
}
