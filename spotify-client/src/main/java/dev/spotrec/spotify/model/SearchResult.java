package dev.spotrec.spotify.model;

/**
 * The result of a search: one page per requested type; the others are {@code null}. Spotify may
 * return {@code null} entries inside the playlist page.
 *
 * @param tracks tracks, or {@code null}
 * @param artists artists, or {@code null}
 * @param albums albums, or {@code null}
 * @param playlists playlists, or {@code null}
 * @param shows shows, or {@code null}
 * @param episodes episodes, or {@code null}
 * @param audiobooks audiobooks, or {@code null}
 */
public record SearchResult(
        Page<Track> tracks,
        Page<Artist> artists,
        Page<Album> albums,
        Page<Playlist> playlists,
        Page<Show> shows,
        Page<Episode> episodes,
        Page<Audiobook> audiobooks) {}
