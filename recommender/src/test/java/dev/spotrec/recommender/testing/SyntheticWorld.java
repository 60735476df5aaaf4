package dev.spotrec.recommender.testing;

import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A seeded world with planted structure, for tests: genres own artists, artists own tracks (some
 * with remix/live versions and ISRC twins), users love one genre, their playlists (titled with
 * genre words) hold mostly tracks of that genre, users befriend mostly users of their genre, and
 * tracks carry genre-shaped audio features and genre tags.
 *
 * @param data the training data
 * @param trackGenre genre of every item id
 * @param userGenre genre of every user id
 * @param genres number of genres
 */
public record SyntheticWorld(TrainingData data, int[] trackGenre, int[] userGenre, int genres) {

    static final String[] GENRE = {"rock", "jazz", "techno", "folk", "metal", "soul"};
    static final String[] MOOD = {"mix", "vibes", "favourites", "party", "drive", "night"};

    /** World options. */
    public record Options(
            long seed,
            int genres,
            int artistsPerGenre,
            int tracksPerArtist,
            int usersPerGenre,
            int playlistsPerUser,
            int playlistLength,
            double purity,
            boolean audioFeatures,
            boolean tags,
            boolean social) {

        /**
         * Small defaults: 4 genres, 10 artists x 8 tracks each, 30 users each, 3 playlists of 15.
         */
        public static Options small(long seed) {
            return new Options(seed, 4, 10, 8, 30, 3, 15, 0.9, true, true, true);
        }

        /** Returns these options without audio features. */
        public Options withoutAudioFeatures() {
            return new Options(
                    seed,
                    genres,
                    artistsPerGenre,
                    tracksPerArtist,
                    usersPerGenre,
                    playlistsPerUser,
                    playlistLength,
                    purity,
                    false,
                    tags,
                    social);
        }

        /** Returns these options without tags. */
        public Options withoutTags() {
            return new Options(
                    seed,
                    genres,
                    artistsPerGenre,
                    tracksPerArtist,
                    usersPerGenre,
                    playlistsPerUser,
                    playlistLength,
                    purity,
                    audioFeatures,
                    false,
                    social);
        }
    }

    /** Builds a world. */
    public static SyntheticWorld generate(Options o) {
        Random r = new Random(o.seed());
        TrainingDataBuilder b = TrainingData.builder();
        List<List<String>> tracksOfGenre = new ArrayList<>();
        for (int g = 0; g < o.genres(); g++) {
            List<String> tracks = new ArrayList<>();
            for (int a = 0; a < o.artistsPerGenre(); a++) {
                String artist = "artist-" + g + "-" + a;
                for (int t = 0; t < o.tracksPerArtist(); t++) {
                    String key = "track-" + g + "-" + a + "-" + t;
                    String title = GENRE[g % GENRE.length] + " song " + a + "." + t;
                    b.item(key, artist, title, "ISRC" + g + a + t);
                    describe(b, key, g, r, o);
                    tracks.add(key);
                    if (t == 0) {
                        // A remix of the first track of every artist (same song, never to be
                        // recommended with it).
                        b.item(key + "-remix", artist, title + " - Remix", null);
                        describe(b, key + "-remix", g, r, o);
                        tracks.add(key + "-remix");
                    }
                    if (t == 1) {
                        // An ISRC twin (a re-release under another title).
                        b.item(key + "-rerelease", artist, "Another name " + a, "ISRC" + g + a + t);
                        describe(b, key + "-rerelease", g, r, o);
                        tracks.add(key + "-rerelease");
                    }
                }
            }
            tracksOfGenre.add(tracks);
        }
        for (int g = 0; g < o.genres(); g++) {
            for (int u = 0; u < o.usersPerGenre(); u++) {
                String user = "user-" + g + "-" + u;
                for (int p = 0; p < o.playlistsPerUser(); p++) {
                    String playlist = "playlist-" + g + "-" + u + "-" + p;
                    b.rowOwner(playlist, user)
                            .rowTitle(
                                    playlist,
                                    GENRE[g % GENRE.length] + " " + MOOD[r.nextInt(MOOD.length)]);
                    for (int i = 0; i < o.playlistLength(); i++) {
                        int genre = r.nextDouble() < o.purity() ? g : r.nextInt(o.genres());
                        List<String> pool = tracksOfGenre.get(genre);
                        // Zipf-like: lower indices are more popular.
                        int idx =
                                (int)
                                        Math.min(
                                                pool.size() - 1,
                                                Math.floor(
                                                        Math.pow(r.nextDouble(), 2) * pool.size()));
                        b.interaction(playlist, pool.get(idx), 1);
                    }
                }
                if (o.social()) {
                    for (int f = 0; f < 4; f++) {
                        int fg = r.nextDouble() < 0.85 ? g : r.nextInt(o.genres());
                        int fu = r.nextInt(o.usersPerGenre());
                        if (fg != g || fu != u) {
                            b.link(user, "user-" + fg + "-" + fu, 1);
                        }
                    }
                }
            }
        }
        TrainingData data = b.build();
        int[] trackGenre = new int[data.items().size()];
        for (int i = 0; i < trackGenre.length; i++) {
            trackGenre[i] = Integer.parseInt(data.items().key(i).split("-")[1]);
        }
        int[] userGenre = new int[data.users().size()];
        for (int u = 0; u < userGenre.length; u++) {
            userGenre[u] = Integer.parseInt(data.users().key(u).split("-")[1]);
        }
        return new SyntheticWorld(data, trackGenre, userGenre, o.genres());
    }

    private static void describe(TrainingDataBuilder b, String key, int g, Random r, Options o) {
        if (o.audioFeatures()) {
            b.itemAttribute(key, "energy", (float) (g * 0.25 + r.nextGaussian() * 0.05));
            b.itemAttribute(key, "valence", (float) ((g % 2) * 0.6 + r.nextGaussian() * 0.05));
            b.itemAttribute(key, "tempo", (float) (90 + 20 * g + r.nextGaussian() * 3));
        }
        if (o.tags()) {
            b.itemTag(key, GENRE[g % GENRE.length], 3);
            b.itemTag(key, "tag-" + r.nextInt(20), 1);
        }
    }

    /** Returns the share of {@code items} whose genre is {@code genre}. */
    public double purity(int[] items, int genre) {
        if (items.length == 0) {
            return 0;
        }
        int same = 0;
        for (int i : items) {
            same += trackGenre[i] == genre ? 1 : 0;
        }
        return (double) same / items.length;
    }

    /** Returns some item ids of {@code genre} (popular ones first), at most {@code n}. */
    public int[] tracksOf(int genre, int n) {
        int[] out = new int[n];
        int m = 0;
        for (int i = 0; i < trackGenre.length && m < n; i++) {
            if (trackGenre[i] == genre && !data.items().key(i).contains("-re")) {
                out[m++] = i;
            }
        }
        return java.util.Arrays.copyOf(out, m);
    }
}
