package dev.spotrec.datasets;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * An immutable in-memory music world: artists, albums, tracks, users, playlists, follows and top
 * items. Every entity type has O(1) lookup by id; the lists keep the order in which the source
 * produced them. Build one with {@link #builder()} (which is a {@link WorldSink}) or load one with
 * {@link Worlds#load(WorldSpec)}. Worlds too large for memory are streamed with {@link
 * Worlds#stream(WorldSpec, WorldSink)} instead.
 */
public final class World {
    private final Map<String, Artist> artists;
    private final Map<String, Album> albums;
    private final Map<String, Track> tracks;
    private final Map<String, User> users;
    private final Map<String, Playlist> playlists;
    private final List<PlaylistFollow> playlistFollows;
    private final List<ArtistFollow> artistFollows;
    private final List<UserFollow> userFollows;
    private final List<TopItems> topItems;
    private final WorldIndex index;

    private World(Builder b) {
        this.artists = Map.copyOf(b.artists);
        this.albums = Map.copyOf(b.albums);
        this.tracks = Map.copyOf(b.tracks);
        this.users = Map.copyOf(b.users);
        this.playlists = Map.copyOf(b.playlists);
        this.playlistFollows = List.copyOf(b.playlistFollows);
        this.artistFollows = List.copyOf(b.artistFollows);
        this.userFollows = List.copyOf(b.userFollows);
        this.topItems = List.copyOf(b.topItems);
        this.index = new WorldIndex(b, artists, users, playlists);
    }

    /** A builder that checks references as entities arrive; it is also a {@link WorldSink}. */
    public static Builder builder() {
        return new Builder();
    }

    /** Artists in source order. */
    public List<Artist> artists() {
        return index.artists;
    }

    /** Albums in source order. */
    public List<Album> albums() {
        return index.albums;
    }

    /** Tracks in source order. */
    public List<Track> tracks() {
        return index.tracks;
    }

    /** Users in source order. */
    public List<User> users() {
        return index.users;
    }

    /** Playlists in source order. */
    public List<Playlist> playlists() {
        return index.playlists;
    }

    /** Every user-follows-playlist pair, in source order. */
    public List<PlaylistFollow> playlistFollows() {
        return playlistFollows;
    }

    /** Every user-follows-artist pair, in source order. */
    public List<ArtistFollow> artistFollows() {
        return artistFollows;
    }

    /** Every user-follows-user pair, in source order. */
    public List<UserFollow> userFollows() {
        return userFollows;
    }

    /** Every user's top items, in source order. */
    public List<TopItems> topItems() {
        return topItems;
    }

    /** The artist with this id. */
    public Optional<Artist> artist(String id) {
        return Optional.ofNullable(artists.get(id));
    }

    /** The album with this id. */
    public Optional<Album> album(String id) {
        return Optional.ofNullable(albums.get(id));
    }

    /** The track with this id. */
    public Optional<Track> track(String id) {
        return Optional.ofNullable(tracks.get(id));
    }

    /** The user with this id. */
    public Optional<User> user(String id) {
        return Optional.ofNullable(users.get(id));
    }

    /** The playlist with this id. */
    public Optional<Playlist> playlist(String id) {
        return Optional.ofNullable(playlists.get(id));
    }

    /** The album's tracks ordered by disc and track number; empty for an unknown album. */
    public List<Track> albumTracks(String albumId) {
        return index.albumTracks.getOrDefault(albumId, List.of());
    }

    /** Albums on which the artist is an album artist, by release date; empty for an unknown one. */
    public List<Album> artistAlbums(String artistId) {
        return index.artistAlbums.getOrDefault(artistId, List.of());
    }

    /** Tracks whose primary artist is this artist, in source order. */
    public List<Track> artistTracks(String artistId) {
        return index.artistTracks.getOrDefault(artistId, List.of());
    }

    /** Playlists the user owns, in source order. */
    public List<Playlist> playlistsOwnedBy(String userId) {
        return index.owned.getOrDefault(userId, List.of());
    }

    /** Playlists the user follows (not owns), in source order. */
    public List<Playlist> playlistsFollowedBy(String userId) {
        return index.followedPlaylists.getOrDefault(userId, List.of());
    }

    /** Users following the playlist, in source order. */
    public List<User> playlistFollowers(String playlistId) {
        return index.playlistFollowers.getOrDefault(playlistId, List.of());
    }

    /** Artists the user follows, in source order. */
    public List<Artist> artistsFollowedBy(String userId) {
        return index.followedArtists.getOrDefault(userId, List.of());
    }

    /** Users the user follows, in source order. */
    public List<User> usersFollowedBy(String userId) {
        return index.followedUsers.getOrDefault(userId, List.of());
    }

    /** The user's top items for the range, when the world has them. */
    public Optional<TopItems> topItems(String userId, TimeRange range) {
        Map<TimeRange, TopItems> byRange = index.top.get(userId);
        return byRange == null ? Optional.empty() : Optional.ofNullable(byRange.get(range));
    }

    /** Ground-truth counts. */
    public WorldStats stats() {
        long items = 0;
        for (Playlist p : index.playlists) {
            items += p.items().size();
        }
        return new WorldStats(
                users.size(),
                artists.size(),
                albums.size(),
                tracks.size(),
                playlists.size(),
                items,
                (long) playlistFollows.size() + artistFollows.size() + userFollows.size());
    }

    /** Emits the whole world to {@code sink} in the {@link WorldSink} order, then calls end. */
    public void writeTo(WorldSink sink) {
        index.artists.forEach(sink::artist);
        index.albums.forEach(sink::album);
        index.tracks.forEach(sink::track);
        index.users.forEach(sink::user);
        index.playlists.forEach(sink::playlist);
        topItems.forEach(sink::topItems);
        playlistFollows.forEach(sink::playlistFollow);
        artistFollows.forEach(sink::artistFollow);
        userFollows.forEach(sink::userFollow);
        sink.end();
    }

    /**
     * Collects entities and checks, as each arrives, that its id is new and that everything it
     * references is already there. Errors are {@link IllegalArgumentException}s naming the entity.
     */
    public static final class Builder implements WorldSink {
        final Map<String, Artist> artists = new LinkedHashMap<>();
        final Map<String, Album> albums = new LinkedHashMap<>();
        final Map<String, Track> tracks = new LinkedHashMap<>();
        final Map<String, User> users = new LinkedHashMap<>();
        final Map<String, Playlist> playlists = new LinkedHashMap<>();
        final List<PlaylistFollow> playlistFollows = new ArrayList<>();
        final List<ArtistFollow> artistFollows = new ArrayList<>();
        final List<UserFollow> userFollows = new ArrayList<>();
        final List<TopItems> topItems = new ArrayList<>();

        private Builder() {}

        @Override
        public void artist(Artist a) {
            putNew(artists, a.id(), a, "artist");
        }

        @Override
        public void album(Album a) {
            a.artistIds().forEach(id -> need(artists, id, "artist", "album", a.id()));
            putNew(albums, a.id(), a, "album");
        }

        @Override
        public void track(Track t) {
            need(albums, t.albumId(), "album", "track", t.id());
            t.artistIds().forEach(id -> need(artists, id, "artist", "track", t.id()));
            putNew(tracks, t.id(), t, "track");
        }

        @Override
        public void user(User u) {
            putNew(users, u.id(), u, "user");
        }

        @Override
        public void playlist(Playlist p) {
            need(users, p.ownerId(), "owner", "playlist", p.id());
            for (PlaylistItem item : p.items()) {
                need(tracks, item.trackId(), "track", "playlist", p.id());
                need(users, item.addedBy(), "added_by user", "playlist", p.id());
            }
            putNew(playlists, p.id(), p, "playlist");
        }

        @Override
        public void topItems(TopItems t) {
            String user = t.userId();
            need(users, user, "user", "top items of", user);
            t.trackIds().forEach(id -> need(tracks, id, "track", "top items of", user));
            t.artistIds().forEach(id -> need(artists, id, "artist", "top items of", user));
            topItems.add(t);
        }

        @Override
        public void playlistFollow(PlaylistFollow f) {
            need(users, f.userId(), "user", "playlist follow", null);
            need(playlists, f.playlistId(), "playlist", "playlist follow of", f.userId());
            playlistFollows.add(f);
        }

        @Override
        public void artistFollow(ArtistFollow f) {
            need(users, f.userId(), "user", "artist follow", null);
            need(artists, f.artistId(), "artist", "artist follow of", f.userId());
            artistFollows.add(f);
        }

        @Override
        public void userFollow(UserFollow f) {
            need(users, f.userId(), "user", "user follow", null);
            need(users, f.followedUserId(), "followed user", "user follow of", f.userId());
            userFollows.add(f);
        }

        /** The immutable world. */
        public World build() {
            return new World(this);
        }

        private static <T> void putNew(Map<String, T> map, String id, T value, String kind) {
            if (map.putIfAbsent(id, value) != null) {
                throw new IllegalArgumentException("duplicate " + kind + " id " + id);
            }
        }

        /**
         * Checks a reference; the place ({@code whereKind whereId}, e.g. "track 4uLU...") is only
         * put together for the message, as this runs for every reference of a large world.
         */
        private static void need(
                Map<String, ?> map, String id, String kind, String whereKind, String whereId) {
            if (!map.containsKey(id)) {
                throw new IllegalArgumentException(
                        (whereId == null ? whereKind : whereKind + " " + whereId)
                                + " references unknown "
                                + kind
                                + " "
                                + id
                                + "; add the "
                                + kind
                                + " first");
            }
        }
    }
}
