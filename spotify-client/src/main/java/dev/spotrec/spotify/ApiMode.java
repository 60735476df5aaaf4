package dev.spotrec.spotify;

/**
 * The access level Spotify grants the app. It decides which endpoints exist: see {@link
 * EndpointUnavailableException}. Set it with {@link SpotifyClient.Builder#mode(ApiMode)}, or leave
 * it unset: the client then assumes {@code EXTENDED} and switches to {@code DEVELOPMENT} the first
 * time a batch endpoint answers 403.
 */
public enum ApiMode {
    /** Extended quota: every endpoint the app had before the 2024 and 2026 closures. */
    EXTENDED,
    /**
     * Development mode since 11 February 2026: no batch GETs (the client falls back to one GET per
     * id), no top tracks, new releases, categories, markets or other users' profiles and playlists;
     * playlist contents through {@code /items} only.
     */
    DEVELOPMENT
}
