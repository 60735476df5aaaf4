package dev.spotrec.datasets;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** The secondary indexes of a {@link World}, built once in O(entities). */
final class WorldIndex {
  final List<Artist> artists;
  final List<Album> albums;
  final List<Track> tracks;
  final List<User> users;
  final List<Playlist> playlists;
  final Map<String, List<Track>> albumTracks;
  final Map<String, List<Album>> artistAlbums = new HashMap<>();
  final Map<String, List<Track>> artistTracks;
  final Map<String, List<Playlist>> owned;
  final Map<String, List<Playlist>> followedPlaylists = new HashMap<>();
  final Map<String, List<User>> playlistFollowers = new HashMap<>();
  final Map<String, List<Artist>> followedArtists = new HashMap<>();
  final Map<String, List<User>> followedUsers = new HashMap<>();
  final Map<String, Map<TimeRange, TopItems>> top = new HashMap<>();

  WorldIndex(World.Builder b, Map<String, Artist> artistById, Map<String, User> userById,
      Map<String, Playlist> playlistById) {
    artists = List.copyOf(b.artists.values());
    albums = List.copyOf(b.albums.values());
    tracks = List.copyOf(b.tracks.values());
    users = List.copyOf(b.users.values());
    playlists = List.copyOf(b.playlists.values());
    albumTracks = groupBy(tracks, Track::albumId);
    albumTracks.replaceAll((k, v) -> v.stream()
        .sorted(Comparator.comparingInt(Track::discNumber).thenComparingInt(Track::trackNumber))
        .toList());
    for (Album a : albums) {
      for (String artistId : a.artistIds()) {
        artistAlbums.computeIfAbsent(artistId, k -> new ArrayList<>()).add(a);
      }
    }
    artistAlbums.replaceAll((k, v) -> v.stream()
        .sorted(Comparator.comparing(Album::releaseDate,
            Comparator.nullsFirst(Comparator.naturalOrder()))).toList());
    artistTracks = groupBy(tracks, Track::primaryArtistId);
    owned = groupBy(playlists, Playlist::ownerId);
    for (PlaylistFollow f : b.playlistFollows) {
      add(followedPlaylists, f.userId(), playlistById.get(f.playlistId()));
      add(playlistFollowers, f.playlistId(), userById.get(f.userId()));
    }
    b.artistFollows.forEach(f -> add(followedArtists, f.userId(), artistById.get(f.artistId())));
    b.userFollows.forEach(f -> add(followedUsers, f.userId(), userById.get(f.followedUserId())));
    for (TopItems t : b.topItems) {
      top.computeIfAbsent(t.userId(), k -> new EnumMap<>(TimeRange.class)).put(t.timeRange(), t);
    }
    freeze(artistAlbums);
    freeze(followedPlaylists);
    freeze(playlistFollowers);
    freeze(followedArtists);
    freeze(followedUsers);
  }

  private static <T> Map<String, List<T>> groupBy(List<T> values, Function<T, String> key) {
    Map<String, List<T>> map = new HashMap<>();
    values.forEach(v -> add(map, key.apply(v), v));
    freeze(map);
    return map;
  }

  private static <T> void add(Map<String, List<T>> map, String key, T value) {
    map.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  private static <T> void freeze(Map<String, List<T>> map) {
    map.replaceAll((k, v) -> List.copyOf(v));
  }
}
