package dev.spotrec.datasets.internal;

import static dev.spotrec.datasets.internal.Genres.ACOUSTIC;
import static dev.spotrec.datasets.internal.Genres.DANCE;
import static dev.spotrec.datasets.internal.Genres.DURATION_S;
import static dev.spotrec.datasets.internal.Genres.ENERGY;
import static dev.spotrec.datasets.internal.Genres.EXPLICIT;
import static dev.spotrec.datasets.internal.Genres.INSTRUMENTAL;
import static dev.spotrec.datasets.internal.Genres.LOUDNESS;
import static dev.spotrec.datasets.internal.Genres.SPEECH;
import static dev.spotrec.datasets.internal.Genres.TEMPO;
import static dev.spotrec.datasets.internal.Genres.VALENCE;

import dev.spotrec.datasets.Album;
import dev.spotrec.datasets.Artist;
import dev.spotrec.datasets.AudioFeatures;
import dev.spotrec.datasets.SpotifyIds;
import dev.spotrec.datasets.Track;
import dev.spotrec.datasets.WorldSink;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import java.util.function.IntFunction;
import java.util.stream.IntStream;

/**
 * Turns a {@link SyntheticCatalog} into records and emits them. Audio features are drawn per track
 * as genre mean + artist offset + noise (a Gaussian mixture with one component per genre), so that
 * within-genre variance is well below between-genre variance; versions transform the features of
 * their original (a live version is live, an acoustic one acoustic, a sped-up one faster). Every
 * value comes from a per-entity random stream, so emitting is O(1) per entity and order-free.
 */
final class CatalogEmitter {
    private static final int RATIOS = 6;
    private static final int BLOCK = 8192;
    private final SyntheticCatalog c;
    private final double[] artistOffset;
    private final String[] albumId;

    CatalogEmitter(SyntheticCatalog catalog) {
        this.c = catalog;
        artistOffset = new double[c.artists * RATIOS];
        for (int a = 0; a < c.artists; a++) {
            SplittableRandom r = c.seeds.rng(Seeds.ARTIST, a);
            r.nextLong(); // the genre draw of SyntheticCatalog
            for (int k = 0; k < RATIOS; k++) {
                artistOffset[a * RATIOS + k] = r.nextGaussian() * 0.04;
            }
        }
        albumId = new String[c.albums()];
        long space = c.seeds.idSpace(2);
        for (int k = 0; k < albumId.length; k++) {
            albumId[k] = SpotifyIds.derive(space, k);
        }
    }

    String albumId(int album) {
        return albumId[album];
    }

    void emit(WorldSink sink) {
        for (int a = 0; a < c.artists; a++) {
            sink.artist(artist(a));
        }
        inBlocks(c.albums(), Album[]::new, this::album, sink::album);
        inBlocks(c.tracks, Track[]::new, this::track, sink::track);
    }

    /**
     * Makes entities 0..n-1 a block at a time, each block in parallel, and emits them in index
     * order. Safe because each entity is a pure function of its index (its own random stream), so
     * the output does not depend on the thread that made it; a block bounds the memory held.
     */
    private static <T> void inBlocks(
            int n, IntFunction<T[]> array, IntFunction<T> make, Consumer<T> emit) {
        T[] block = array.apply(Math.min(n, BLOCK));
        for (int start = 0; start < n; start += BLOCK) {
            int from = start;
            int size = Math.min(BLOCK, n - start);
            IntStream.range(0, size).parallel().forEach(i -> block[i] = make.apply(from + i));
            for (int i = 0; i < size; i++) {
                emit.accept(block[i]);
            }
        }
    }

    int artistPopularity(int a) {
        double p = 96 - 13 * Math.log10(a + 1) + c.seeds.rng(Seeds.ARTIST, a).nextInt(-3, 4);
        return (int) Math.max(0, Math.min(100, Math.round(p)));
    }

    Artist artist(int a) {
        SplittableRandom r = c.seeds.rng(Seeds.ARTIST, -1 - a);
        int g = c.artistGenre[a];
        List<String> genres = new ArrayList<>(3);
        genres.add(Genres.NAMES[g][1 + r.nextInt(2)]);
        genres.add(Genres.NAMES[g][0]);
        if (r.nextDouble() < 0.1) {
            genres.add(Genres.NAMES[(g + 1 + r.nextInt(c.genres - 1)) % c.genres][0]);
        }
        long followers = Math.round(4e7 * Math.pow(a + 1, -1.1) * Math.exp(r.nextGaussian() * 0.3));
        return new Artist(c.artistId[a], Names.artist(r), genres, artistPopularity(a), followers);
    }

    Album album(int k) {
        int a = c.albumArtist.get(k);
        SplittableRandom r = c.seeds.rng(Seeds.ALBUM, k);
        String date =
                r.nextDouble() < 0.08 && c.albumYear.get(k) < 1990
                        ? Integer.toString(c.albumYear.get(k))
                        : date(c.albumYear.get(k), r.nextInt(1, 13), r.nextInt(1, 29));
        int pop = clamp(artistPopularity(a) + r.nextInt(-12, 4), 0, 100);
        String label = Names.label(c.seeds.rng(Seeds.ARTIST_LAYOUT, -1 - a));
        return new Album(
                albumId[k],
                c.albumName.get(k),
                c.albumType.get(k),
                date,
                List.of(c.artistId[a]),
                label,
                pop);
    }

    Track track(int t) {
        int a = c.trackArtist(t);
        int g = c.artistGenre[a];
        SplittableRandom r = c.seeds.rng(Seeds.TRACK, t);
        int kind = c.trackKind[t];
        AudioFeatures f = features(t);
        double durScale =
                switch (kind) {
                    case SyntheticCatalog.LIVE -> 1.1;
                    case SyntheticCatalog.SPED_UP -> 0.8;
                    case SyntheticCatalog.REMIX -> 1.15;
                    default -> 1.0;
                };
        SplittableRandom songR = c.seeds.rng(Seeds.TRACK, c.trackSong[t]);
        double seconds = Genres.PROFILE[g][DURATION_S] * Math.exp(songR.nextGaussian() * 0.2);
        int duration = (int) Math.max(45_000, Math.round(seconds * durScale * 1000));
        boolean explicit = songR.nextDouble() < Genres.PROFILE[g][EXPLICIT];
        int song = t - c.artistFirstTrack[a];
        int pop =
                artistPopularity(a)
                        - (int) (4 * Math.log(song + 1) / Math.log(2))
                        - (kind == SyntheticCatalog.ORIGINAL ? 0 : 15)
                        + r.nextInt(-5, 6);
        List<String> artistIds = List.of(c.artistId[a]);
        if (r.nextDouble() < 0.06 && c.genreArtists[g].size() > 1) {
            int feat = c.genreArtists[g].sample(r);
            if (feat != a) {
                artistIds = List.of(c.artistId[a], c.artistId[feat]);
            }
        }
        return new Track(
                c.trackId[t],
                c.trackName[t],
                albumId[c.trackAlbum[t]],
                artistIds,
                isrc(t, a),
                duration,
                explicit,
                clamp(pop, 0, 100),
                c.trackNumber[t],
                1,
                f);
    }

    /** ISRC: country, a registrant derived from t / 100000, the year, and t mod 100000: unique. */
    private String isrc(int t, int a) {
        String country = Names.COUNTRIES[a % Names.COUNTRIES.length];
        String registrant = Integer.toString(36 * 36 + t / 100_000, 36).toUpperCase(Locale.ROOT);
        int yy = c.albumYear.get(c.trackAlbum[t]) % 100;
        return country + registrant + digits(yy, 2) + digits(t % 100_000, 5);
    }

    /** {@code YYYY-MM-DD}; as {@code String.format("%04d-%02d-%02d")} without its parsing. */
    private static String date(int year, int month, int day) {
        return digits(year, 4) + "-" + digits(month, 2) + "-" + digits(day, 2);
    }

    /** {@code v >= 0} zero-padded to at least {@code width} digits, like {@code %0Nd}. */
    static String digits(int v, int width) {
        String s = Integer.toString(v);
        return s.length() >= width ? s : "0".repeat(width - s.length()) + s;
    }

    AudioFeatures features(int t) {
        int a = c.trackArtist(t);
        double[] p = Genres.PROFILE[c.artistGenre[a]];
        SplittableRandom r = c.seeds.rng(Seeds.TRACK, -1 - (long) c.trackSong[t]);
        double[] x = new double[RATIOS];
        int[] cols = {ENERGY, DANCE, VALENCE, ACOUSTIC, INSTRUMENTAL, SPEECH};
        for (int k = 0; k < RATIOS; k++) {
            x[k] = p[cols[k]] + artistOffset[a * RATIOS + k] + r.nextGaussian() * Genres.RATIO_SD;
        }
        double tempo = p[TEMPO] + r.nextGaussian() * Genres.TEMPO_SD;
        double loud = p[LOUDNESS] + r.nextGaussian() * Genres.LOUDNESS_SD;
        double live = 0.08 + Math.abs(r.nextGaussian()) * 0.08;
        int key = r.nextInt(12);
        int mode = r.nextDouble() < 0.4 + 0.4 * x[2] ? 1 : 0;
        SplittableRandom v = c.seeds.rng(Seeds.TRACK, -1 - (long) c.tracks - t);
        switch (c.trackKind[t]) {
            case SyntheticCatalog.LIVE -> {
                live = 0.7 + v.nextDouble() * 0.25;
                loud -= 1;
            }
            case SyntheticCatalog.ACOUSTIC -> {
                x[3] = 0.85 + v.nextDouble() * 0.1;
                x[0] *= 0.6;
                loud -= 4;
            }
            case SyntheticCatalog.SPED_UP -> {
                tempo *= 1.25;
                x[0] += 0.05;
            }
            case SyntheticCatalog.REMIX -> {
                x[1] += 0.1;
                x[0] += 0.1;
                x[4] += 0.1;
            }
            case SyntheticCatalog.REMASTER -> loud += 1;
            default -> {}
        }
        return new AudioFeatures(
                unit(x[1]),
                unit(x[0]),
                unit(x[2]),
                clampD(tempo, 40, 250),
                unit(x[3]),
                unit(x[4]),
                unit(live),
                unit(x[5]),
                clampD(loud, -60, 0),
                key,
                mode);
    }

    private static double unit(double v) {
        return Math.round(clampD(v, 0, 1) * 10_000) / 10_000.0;
    }

    private static double clampD(double v, double lo, double hi) {
        return Math.round(Math.max(lo, Math.min(hi, v)) * 1000) / 1000.0;
    }

    private static int clamp(int v, int lo, int hi) {
        return Math.max(lo, Math.min(hi, v));
    }
}
