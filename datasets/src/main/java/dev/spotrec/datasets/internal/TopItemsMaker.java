package dev.spotrec.datasets.internal;

import dev.spotrec.datasets.TimeRange;
import dev.spotrec.datasets.TopItems;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * A user's top tracks and artists per time range, consistent with their playlists and taste.
 *
 * <p>Design: the tracks of the user's own playlists are counted (sort then run-length, O(n log n),
 * no hashing) and ranked by count, then by popularity weight. Long term takes the head of that
 * ranking; medium term mixes it with fresh draws from the taste; short term favours the user's
 * newest playlist and primary genre. Lists are topped up to 50 tracks with draws from the taste.
 * Top artists rank the primary artists of the top tracks by occurrence, topped up to 20 by
 * popularity within the taste genres.
 */
final class TopItemsMaker {
  private static final int TRACKS = 50;
  private static final int ARTISTS = 20;

  private final SyntheticCatalog c;
  private final SyntheticPeople people;

  TopItemsMaker(SyntheticCatalog catalog, SyntheticPeople people) {
    this.c = catalog;
    this.people = people;
  }

  /**
   * Top items of user u for all three ranges.
   *
   * @param own the track indices of the user's playlists, in playlist order
   * @param newest index in {@code own} where the user's newest playlist starts
   */
  List<TopItems> make(int u, IntList own, int newest) {
    SplittableRandom r = c.seeds.rng(Seeds.TOP, u);
    int[] ranked = rank(own);
    List<TopItems> out = new ArrayList<>(3);
    IntList longTerm = new IntList(TRACKS);
    takeHead(ranked, 35, longTerm);
    topUp(longTerm, u, r, false);
    out.add(top(u, TimeRange.LONG_TERM, longTerm, r));

    IntList medium = new IntList(TRACKS);
    for (int k = 0; k < Math.min(ranked.length, 60) && medium.size() < 25; k++) {
      if (r.nextDouble() < 0.5) {
        medium.add(ranked[k]);
      }
    }
    topUp(medium, u, r, false);
    out.add(top(u, TimeRange.MEDIUM_TERM, medium, r));

    IntList shortTerm = new IntList(TRACKS);
    for (int k = newest; k < own.size() && shortTerm.size() < 20; k++) {
      if (!shortTerm.contains(own.get(k))) {
        shortTerm.add(own.get(k));
      }
    }
    topUp(shortTerm, u, r, true);
    out.add(top(u, TimeRange.SHORT_TERM, shortTerm, r));
    return out;
  }

  /**
   * Distinct tracks by descending count; ties go to the lower index, which is the more popular
   * track because artists are numbered by popularity rank and songs by release order.
   */
  private static int[] rank(IntList own) {
    int[] sorted = own.toArray();
    Arrays.sort(sorted);
    long[] keys = new long[sorted.length];
    int distinct = 0;
    for (int i = 0; i < sorted.length; ) {
      int j = i;
      while (j < sorted.length && sorted[j] == sorted[i]) {
        j++;
      }
      keys[distinct++] = ((long) (Integer.MAX_VALUE - (j - i)) << 32) | sorted[i];
      i = j;
    }
    Arrays.sort(keys, 0, distinct);
    int[] out = new int[distinct];
    for (int k = 0; k < distinct; k++) {
      out[k] = (int) keys[k];
    }
    return out;
  }

  private static void takeHead(int[] ranked, int n, IntList out) {
    for (int k = 0; k < Math.min(n, ranked.length); k++) {
      out.add(ranked[k]);
    }
  }

  /** Tops the list up to 50 from the taste, then (tiny catalogs) from the whole catalog. */
  private void topUp(IntList list, int u, SplittableRandom r, boolean primaryOnly) {
    int want = Math.min(TRACKS, c.tracks);
    for (int attempt = 0; list.size() < want && attempt < TRACKS * 8; attempt++) {
      int g = primaryOnly && r.nextDouble() < 0.7 ? people.primaryGenre(u) : people.tasteDraw(u, r);
      int t = attempt < TRACKS * 4 ? c.genreTracks[g].sample(r) : c.allTracks.sample(r);
      if (!list.contains(t)) {
        list.add(t);
      }
    }
  }

  private TopItems top(int u, TimeRange range, IntList tracks, SplittableRandom r) {
    List<String> trackIds = new ArrayList<>(tracks.size());
    IntList artists = new IntList(ARTISTS);
    for (int k = 0; k < tracks.size(); k++) {
      trackIds.add(c.trackId[tracks.get(k)]);
      int a = c.trackArtist(tracks.get(k));
      if (artists.size() < ARTISTS && !artists.contains(a)) {
        artists.add(a);
      }
    }
    for (int attempt = 0; artists.size() < Math.min(ARTISTS, c.artists) && attempt < 80; attempt++) {
      int a = c.genreArtists[people.tasteDraw(u, r)].sample(r);
      if (!artists.contains(a)) {
        artists.add(a);
      }
    }
    List<String> artistIds = new ArrayList<>(artists.size());
    for (int k = 0; k < artists.size(); k++) {
      artistIds.add(c.artistId[artists.get(k)]);
    }
    return new TopItems(people.userId[u], range, trackIds, artistIds);
  }
}
