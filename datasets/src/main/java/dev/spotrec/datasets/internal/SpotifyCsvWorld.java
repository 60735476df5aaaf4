package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.AlbumType;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.Playlist;
import dev.spotrec.datasets.PlaylistItem;
import dev.spotrec.datasets.SpotifyCsvRow;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.SpotifyPlaylistCsv;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.WorldSink;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The Spotify playlist CSV as a world. Tracks, albums and playlists keep their Spotify ids (first
 * row wins for their attributes); artists, which the CSV names but does not identify, get ids
 * derived from their names. An artist's genres are the genres and sub-genres of the playlists it
 * appears in, most frequent first. Albums are singles when titled like their first track, else
 * albums, with the highest popularity of their tracks. The playlists (Spotify's editorial ones)
 * belong to the user {@value #OWNER}; an item listed twice in a playlist is kept once; items are
 * dated {@link #SNAPSHOT}, as the CSV has no dates. O(rows).
 */
public final class SpotifyCsvWorld {
  /** The owner of every CSV playlist. */
  public static final String OWNER = "spotify";
  /** The date the items are given; the dataset was collected in late 2024. */
  public static final Instant SNAPSHOT = Instant.parse("2024-12-01T00:00:00Z");

  private SpotifyCsvWorld() {}

  /** Streams the world of the CSV files under {@code path}. */
  public static void stream(Path path, WorldSink sink) {
    Map<String, Map<String, Integer>> artistGenres = new LinkedHashMap<>();
    Map<String, SpotifyCsvRow> tracks = new LinkedHashMap<>();
    Map<String, SpotifyCsvRow> albums = new LinkedHashMap<>();
    Map<String, Integer> albumPopularity = new HashMap<>();
    Map<String, SpotifyCsvRow> playlists = new LinkedHashMap<>();
    Map<String, Set<String>> items = new HashMap<>();
    SpotifyPlaylistCsv.forEachRow(path, r -> {
      for (String name : r.artistNames()) {
        Map<String, Integer> g = artistGenres.computeIfAbsent(name, k -> new LinkedHashMap<>());
        g.merge(r.playlistGenre(), 2, Integer::sum);
        g.merge(r.playlistSubgenre(), 1, Integer::sum);
      }
      tracks.putIfAbsent(r.trackId(), r);
      albums.putIfAbsent(r.albumId(), r);
      albumPopularity.merge(r.albumId(), r.trackPopularity(), Math::max);
      playlists.putIfAbsent(r.playlistId(), r);
      items.computeIfAbsent(r.playlistId(), k -> new LinkedHashSet<>()).add(r.trackId());
    });
    artistGenres.forEach((name, genres) -> sink.artist(new Artist(artistId(name), name,
        genres.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(Map.Entry::getKey).distinct().limit(4).toList(), 0, 0)));
    albums.values().forEach(r -> sink.album(new Album(r.albumId(), r.albumName(),
        r.albumName().equalsIgnoreCase(r.trackName()) ? AlbumType.SINGLE : AlbumType.ALBUM,
        r.albumReleaseDate(), artistIds(r), null, albumPopularity.get(r.albumId()))));
    tracks.values().forEach(r -> sink.track(new Track(r.trackId(), r.trackName(), r.albumId(),
        artistIds(r), null, r.durationMs(), false, r.trackPopularity(), 1, 1, r.features())));
    sink.user(new User(OWNER, "Spotify", null, null, 0));
    playlists.values().forEach(r -> {
      List<PlaylistItem> list = new ArrayList<>();
      items.get(r.playlistId()).forEach(t -> list.add(new PlaylistItem(t, SNAPSHOT, OWNER)));
      sink.playlist(new Playlist(r.playlistId(), OWNER, r.playlistName(),
          r.playlistGenre() + " / " + r.playlistSubgenre(), true, false, 0, list));
    });
    sink.end();
  }

  /** The id of an artist the CSV names: derived from the name, as the CSV has no artist ids. */
  static String artistId(String name) {
    return SpotifyIds.derive("spotify-csv-artist", name);
  }

  private static List<String> artistIds(SpotifyCsvRow r) {
    return r.artistNames().stream().map(SpotifyCsvWorld::artistId).distinct().toList();
  }
}
