package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.ArtistFollow;
import dev.spotrec.datasets.HetRecArtist;
import dev.spotrec.datasets.HetRecInteraction;
import dev.spotrec.datasets.HetRecLastFm;
import dev.spotrec.datasets.TimeRange;
import dev.spotrec.datasets.TopItems;
import dev.spotrec.datasets.User;
import dev.spotrec.datasets.UserFollow;
import dev.spotrec.datasets.WorldSink;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The HetRec Last.fm dataset as a world: artists (top tags as genres, popularity from the log of
 * their listener count scaled to 0-100, followers = listeners), users (sorted by HetRec id), each
 * user's top 50 artists by listening count as long-term top items, listened artists as artist
 * follows, and friend links as user follows. Ids map to base62 through {@link HetRecLastFm#userId}
 * and {@link HetRecLastFm#artistId}. O(interactions log interactions).
 */
public final class HetRecWorld {
  private static final int TOP = 50;

  private HetRecWorld() {}

  /** Caches the SHA-256-derived ids: each one is used once per interaction. */
  private static final class Ids {
    private final Map<Integer, String> users = new HashMap<>();
    private final Map<Integer, String> artists = new HashMap<>();

    String user(int id) {
      return users.computeIfAbsent(id, HetRecLastFm::userId);
    }

    String artist(int id) {
      return artists.computeIfAbsent(id, HetRecLastFm::artistId);
    }
  }

  /** Streams the world of the dataset in {@code dir}. */
  public static void stream(Path dir, WorldSink sink) {
    Ids ids = new Ids();
    List<HetRecArtist> artists = HetRecFiles.artists(dir);
    Map<Integer, Integer> listeners = new HashMap<>();
    artists.forEach(a -> listeners.put(a.id(), 0));
    List<HetRecInteraction> interactions = new ArrayList<>();
    TreeMap<Integer, Integer> userFollowers = new TreeMap<>();
    HetRecFiles.interactions(dir, (row, i) -> {
      if (listeners.computeIfPresent(i.artistId(), (k, n) -> n + 1) == null) {
        throw row.line().error("artistID " + i.artistId() + " is not in artists.dat");
      }
      userFollowers.putIfAbsent(i.userId(), 0);
      interactions.add(i);
    });
    List<int[]> friends = new ArrayList<>();
    HetRecFiles.friendships(dir, (row, user, friend) -> {
      if (user == friend) {
        throw row.line().error("user " + user + " lists itself as a friend");
      }
      userFollowers.putIfAbsent(user, 0);
      userFollowers.merge(friend, 1, Integer::sum);
      friends.add(new int[] {user, friend});
    });
    int max = listeners.values().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (HetRecArtist a : artists) {
      int n = listeners.get(a.id());
      int popularity = max == 0 ? 0 : (int) Math.round(100 * Math.log1p(n) / Math.log1p(max));
      sink.artist(new Artist(ids.artist(a.id()), a.name(), a.tags(), popularity, n));
    }
    userFollowers.forEach((id, followers) -> sink.user(new User(ids.user(id),
        "Last.fm user " + id, null, null, followers)));
    emitTopArtists(interactions, ids, sink);
    for (HetRecInteraction i : interactions) {
      sink.artistFollow(new ArtistFollow(ids.user(i.userId()),
          ids.artist(i.artistId())));
    }
    for (int[] f : friends) {
      sink.userFollow(new UserFollow(ids.user(f[0]), ids.user(f[1])));
    }
    sink.end();
  }

  private static void emitTopArtists(
      List<HetRecInteraction> interactions, Ids ids, WorldSink sink) {
    TreeMap<Integer, List<HetRecInteraction>> byUser = new TreeMap<>();
    for (HetRecInteraction i : interactions) {
      byUser.computeIfAbsent(i.userId(), k -> new ArrayList<>()).add(i);
    }
    Comparator<HetRecInteraction> order = Comparator.comparingLong(HetRecInteraction::weight)
        .reversed().thenComparingInt(HetRecInteraction::artistId);
    byUser.forEach((user, list) -> sink.topItems(new TopItems(ids.user(user),
        TimeRange.LONG_TERM, List.of(),
        list.stream().sorted(order).limit(TOP)
            .map(i -> ids.artist(i.artistId())).toList())));
  }
}
