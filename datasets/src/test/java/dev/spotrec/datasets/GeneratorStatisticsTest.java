package dev.spotrec.datasets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Statistical properties of the demo world that the recommender's signals depend on. */
class GeneratorStatisticsTest {
    private static World world;
    private static Map<String, Integer> genreIndex;
    private static int genres;

    @BeforeAll
    static void generate() {
        world = Worlds.load("synthetic:seed=11");
        genreIndex = new HashMap<>();
        for (Artist a : world.artists()) {
            genreIndex.putIfAbsent(mainGenre(a), genreIndex.size());
        }
        genres = genreIndex.size();
    }

    @Test
    void artistPlaysFollowAPowerLaw() {
        Map<String, Integer> plays = new HashMap<>();
        for (Playlist p : world.playlists()) {
            for (PlaylistItem item : p.items()) {
                plays.merge(
                        world.track(item.trackId()).orElseThrow().primaryArtistId(),
                        1,
                        Integer::sum);
            }
        }
        int[] counts = plays.values().stream().mapToInt(Integer::intValue).sorted().toArray();
        reverse(counts);
        long total = Arrays.stream(counts).asLongStream().sum();
        int top1 = Math.max(1, world.artists().size() / 100);
        double topShare = Arrays.stream(counts, 0, top1).asLongStream().sum() / (double) total;
        // Least-squares slope of log(count) against log(rank) over ranks 1..100.
        double slope = logLogSlope(counts, 100);
        assertThat(topShare).as("share of plays by the top 1%% of artists").isGreaterThan(0.2);
        assertThat(slope).as("log-log slope of plays against rank").isBetween(-1.6, -0.5);
    }

    @Test
    void audioFeaturesClusterByGenre() {
        Map<String, List<double[]>> byGenre = new HashMap<>();
        for (Track t : world.tracks()) {
            if (!SongVersions.isVersionTitle(t.name())) {
                Artist a = world.artist(t.primaryArtistId()).orElseThrow();
                byGenre.computeIfAbsent(mainGenre(a), k -> new ArrayList<>())
                        .add(t.features().toArray());
            }
        }
        for (int f = 0; f < 5; f++) {
            double within = 0;
            int n = 0;
            List<Double> means = new ArrayList<>();
            for (List<double[]> rows : byGenre.values()) {
                if (rows.size() < 20) {
                    continue;
                }
                final int col = f;
                double m = rows.stream().mapToDouble(r -> r[col]).average().orElseThrow();
                within += rows.stream().mapToDouble(r -> (r[col] - m) * (r[col] - m)).sum();
                n += rows.size();
                means.add(m);
            }
            within /= n;
            double grand = means.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
            double between =
                    means.stream()
                            .mapToDouble(m -> (m - grand) * (m - grand))
                            .average()
                            .orElseThrow();
            assertThat(between)
                    .as("between-genre variance of feature %d", f)
                    .isGreaterThan(3 * within);
        }
    }

    @Test
    void versionFamiliesAppearAtTheConfiguredRateWithTheSamePrimaryArtist() {
        Map<String, List<Track>> families = new HashMap<>();
        for (Track t : world.tracks()) {
            families.computeIfAbsent(SongVersions.songKey(t), k -> new ArrayList<>()).add(t);
        }
        long withVersions = families.values().stream().filter(f -> f.size() > 1).count();
        double rate = withVersions / (double) families.size();
        assertThat(rate)
                .as("share of songs with several versions (configured 0.1)")
                .isBetween(0.07, 0.12);
        for (Track t : world.tracks()) {
            if (SongVersions.isVersionTitle(t.name())) {
                List<Track> family = families.get(SongVersions.songKey(t));
                assertThat(family).as("family of %s", t.name()).hasSizeGreaterThan(1);
                assertThat(family)
                        .extracting(Track::primaryArtistId)
                        .containsOnly(t.primaryArtistId());
                assertThat(family.stream().map(Track::isrc).distinct().count())
                        .isEqualTo(family.size());
            }
        }
        long kinds =
                Set.of("Remastered", "(Live)", "Remix", "Sped Up", "Acoustic").stream()
                        .filter(k -> world.tracks().stream().anyMatch(t -> t.name().contains(k)))
                        .count();
        assertThat(kinds).isEqualTo(5);
    }

    @Test
    void versionsFollowTheConfiguredShare() {
        World none = Worlds.load("synthetic:seed=3,users=50,artists=200,playlists=10,versions=0");
        assertThat(none.tracks()).noneMatch(t -> SongVersions.isVersionTitle(t.name()));
        World many = Worlds.load("synthetic:seed=3,users=50,artists=200,playlists=10,versions=0.5");
        long versions =
                many.tracks().stream().filter(t -> SongVersions.isVersionTitle(t.name())).count();
        assertThat(versions).isGreaterThan(many.tracks().size() / 5);
    }

    @Test
    void ownersPlaylistsConcentrateOnAFewGenres() {
        double ownShare = 0;
        int owners = 0;
        double[] global = new double[genres];
        for (User u : world.users()) {
            List<Playlist> own = world.playlistsOwnedBy(u.id());
            if (own.size() >= 3) {
                double[] v = genreVector(own);
                for (int g = 0; g < genres; g++) {
                    global[g] += v[g];
                }
                ownShare += topShare(v, 3);
                owners++;
            }
        }
        assertThat(owners).isGreaterThan(100);
        double mean = ownShare / owners;
        assertThat(mean)
                .as("mean share of an owner's items in their top 3 genres")
                .isGreaterThan(0.8);
        assertThat(topShare(global, 3)).as("the same share over everyone's items").isLessThan(0.6);
    }

    @Test
    void playlistFollowsMostlyShareTheFollowersTaste() {
        Map<String, double[]> taste = new HashMap<>();
        for (User u : world.users()) {
            taste.put(u.id(), userTaste(u));
        }
        double followed = 0;
        for (PlaylistFollow f : world.playlistFollows()) {
            followed +=
                    cosine(
                            taste.get(f.userId()),
                            genreVector(List.of(world.playlist(f.playlistId()).orElseThrow())));
        }
        followed /= world.playlistFollows().size();
        SplittableRandom r = new SplittableRandom(1);
        double random = 0;
        int n = 5000;
        for (int i = 0; i < n; i++) {
            User u = world.users().get(r.nextInt(world.users().size()));
            Playlist p = world.playlists().get(r.nextInt(world.playlists().size()));
            random += cosine(taste.get(u.id()), genreVector(List.of(p)));
        }
        random /= n;
        assertThat(followed)
                .as("taste similarity of followed playlists")
                .isGreaterThan(random + 0.25);
    }

    @Test
    void socialGraphHasFirstAndSecondDegree() {
        int withBoth = 0;
        for (User u : world.users()) {
            Set<String> first = new HashSet<>();
            world.playlistsFollowedBy(u.id()).forEach(p -> first.add(p.ownerId()));
            Set<String> second = new HashSet<>();
            for (String owner : first) {
                world.playlistsFollowedBy(owner).forEach(p -> second.add(p.ownerId()));
            }
            second.removeAll(first);
            second.remove(u.id());
            if (!first.isEmpty() && !second.isEmpty()) {
                withBoth++;
            }
        }
        assertThat(withBoth).isGreaterThan(world.users().size() / 2);
        assertThat(world.userFollows()).isNotEmpty();
        assertThat(world.artistFollows()).isNotEmpty();
    }

    @Test
    void topTracksComeFromTheUsersOwnPlaylistsAndTaste() {
        double overlap = 0;
        int users = 0;
        for (User u : world.users()) {
            List<Playlist> own = world.playlistsOwnedBy(u.id());
            for (TimeRange range : TimeRange.values()) {
                assertThat(world.topItems(u.id(), range)).isPresent();
            }
            if (own.isEmpty()) {
                continue;
            }
            Set<String> ownTracks = new HashSet<>();
            own.forEach(p -> p.items().forEach(i -> ownTracks.add(i.trackId())));
            List<String> top = world.topItems(u.id(), TimeRange.LONG_TERM).orElseThrow().trackIds();
            assertThat(top).hasSizeLessThanOrEqualTo(50).doesNotHaveDuplicates();
            overlap += top.stream().filter(ownTracks::contains).count() / (double) top.size();
            users++;
        }
        assertThat(overlap / users)
                .as("share of long-term top tracks in own playlists")
                .isGreaterThan(0.3);
    }

    private static double[] userTaste(User u) {
        List<Playlist> own = world.playlistsOwnedBy(u.id());
        if (!own.isEmpty()) {
            return genreVector(own);
        }
        double[] v = new double[genres];
        for (String id : world.topItems(u.id(), TimeRange.LONG_TERM).orElseThrow().trackIds()) {
            v[genreOf(id)]++;
        }
        return v;
    }

    private static double[] genreVector(List<Playlist> playlists) {
        double[] v = new double[genres];
        for (Playlist p : playlists) {
            for (PlaylistItem item : p.items()) {
                v[genreOf(item.trackId())]++;
            }
        }
        return v;
    }

    private static int genreOf(String trackId) {
        Track t = world.track(trackId).orElseThrow();
        return genreIndex.get(mainGenre(world.artist(t.primaryArtistId()).orElseThrow()));
    }

    private static double topShare(double[] v, int k) {
        double[] sorted = v.clone();
        Arrays.sort(sorted);
        double top = 0;
        for (int i = 0; i < k; i++) {
            top += sorted[sorted.length - 1 - i];
        }
        double sum = Arrays.stream(v).sum();
        return sum == 0 ? 0 : top / sum;
    }

    private static double cosine(double[] a, double[] b) {
        double dot = 0, na = 0, nb = 0;
        for (int i = 0; i < a.length; i++) {
            dot += a[i] * b[i];
            na += a[i] * a[i];
            nb += b[i] * b[i];
        }
        return na == 0 || nb == 0 ? 0 : dot / Math.sqrt(na * nb);
    }

    private static String mainGenre(Artist a) {
        return a.genres().get(1);
    }

    private static double logLogSlope(int[] desc, int n) {
        n = Math.min(n, desc.length);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        for (int i = 0; i < n; i++) {
            double x = Math.log(i + 1);
            double y = Math.log(desc[i]);
            sx += x;
            sy += y;
            sxx += x * x;
            sxy += x * y;
        }
        return (n * sxy - sx * sy) / (n * sxx - sx * sx);
    }

    private static void reverse(int[] a) {
        for (int i = 0, j = a.length - 1; i < j; i++, j--) {
            int t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }
}
