package dev.spotrec.crawler;

import java.util.Map;
import java.util.Set;

/** The frontier's entity types and how many of each one request (or unit) covers. */
final class Kind {
    static final String SEARCH = "search";
    static final String BROWSE = "browse";
    static final String ARTIST = "artist";
    static final String ARTIST_ALBUMS = "artist_albums";
    static final String RELATED = "related_artists";
    static final String ALBUM = "album";
    static final String TRACK = "track";
    static final String FEATURES = "audio_features";
    static final String PLAYLIST = "playlist";
    static final String PLAYLIST_ITEMS = "playlist_items";
    static final String USER = "user";
    static final String USER_PLAYLISTS = "user_playlists";
    static final String ME = "me";

    /** Ids per unit: the batch endpoints' per-call maxima (DESIGN.md), 1 for the rest. */
    private static final Map<String, Integer> UNIT =
            Map.of(ARTIST, 50, ALBUM, 20, TRACK, 50, FEATURES, 100);

    /** Users this many playlist-owner hops from the seeds still have their playlists read. */
    static final int MAX_SOCIAL_DEGREE = 2;

    /** Types that discover playlists or users: the seeds, playlists and their owners. */
    private static final Set<String> SOCIAL = Set.of(SEARCH, BROWSE, ME, PLAYLIST, USER);

    private Kind() {}

    /** Whether entries of {@code type} carry a social degree that orders their expansion. */
    static boolean isSocial(String type) {
        return SOCIAL.contains(type);
    }

    static int unitSize(String type) {
        return UNIT.getOrDefault(type, 1);
    }
}
