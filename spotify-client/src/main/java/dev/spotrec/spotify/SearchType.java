package dev.spotrec.spotify;

import dev.spotrec.spotify.model.Album;
import dev.spotrec.spotify.model.Artist;
import dev.spotrec.spotify.model.Audiobook;
import dev.spotrec.spotify.model.Episode;
import dev.spotrec.spotify.model.Playlist;
import dev.spotrec.spotify.model.Show;
import dev.spotrec.spotify.model.Track;

/**
 * A searchable type, carrying the Java type of its results so that {@code search().stream(q,
 * SearchType.TRACK)} is a {@code Stream<Track>}.
 *
 * @param <T> the result type
 */
public final class SearchType<T> {

    /** Tracks. */
    public static final SearchType<Track> TRACK = new SearchType<>("track", Track.class);

    /** Artists. */
    public static final SearchType<Artist> ARTIST = new SearchType<>("artist", Artist.class);

    /** Albums. */
    public static final SearchType<Album> ALBUM = new SearchType<>("album", Album.class);

    /** Playlists (Spotify may return {@code null} entries). */
    public static final SearchType<Playlist> PLAYLIST =
            new SearchType<>("playlist", Playlist.class);

    /** Podcast shows. */
    public static final SearchType<Show> SHOW = new SearchType<>("show", Show.class);

    /** Podcast episodes. */
    public static final SearchType<Episode> EPISODE = new SearchType<>("episode", Episode.class);

    /** Audiobooks. */
    public static final SearchType<Audiobook> AUDIOBOOK =
            new SearchType<>("audiobook", Audiobook.class);

    private final String key;
    private final Class<T> resultType;

    private SearchType(String key, Class<T> resultType) {
        this.key = key;
        this.resultType = resultType;
    }

    /** {@return the {@code type} parameter value, e.g. {@code track}} */
    public String key() {
        return key;
    }

    /** {@return the reply field holding this type's page, e.g. {@code tracks}} */
    public String field() {
        return key + "s";
    }

    Class<T> resultType() {
        return resultType;
    }

    @Override
    public String toString() {
        return key;
    }
}
