package dev.spotrec.spotify;

import java.util.Locale;

/** The kinds of Spotify object that have ids, as they appear in URIs and open.spotify.com URLs. */
public enum SpotifyType {
    /** A track. */
    TRACK,
    /** An album. */
    ALBUM,
    /** An artist. */
    ARTIST,
    /** A playlist. */
    PLAYLIST,
    /** A user; user ids are not base62. */
    USER,
    /** A podcast show. */
    SHOW,
    /** A podcast episode. */
    EPISODE,
    /** An audiobook. */
    AUDIOBOOK,
    /** An audiobook chapter. */
    CHAPTER;

    /** {@return the lower-case name used in URIs, e.g. {@code track}} */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    static SpotifyType ofKey(String key) {
        for (SpotifyType type : values()) {
            if (type.key().equals(key)) {
                return type;
            }
        }
        return null;
    }
}
