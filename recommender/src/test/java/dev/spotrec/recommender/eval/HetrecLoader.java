package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.TrainingDataBuilder;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Test-scope reader of HetRec 2011 Last.fm (the datasets module owns the real reader): users are
 * rows and own themselves, artists are items (each its own artist), play counts are weights, friend
 * links are the social graph, and tag assignments become artist tags.
 *
 * <p>Tags and leakage: a user tagging an artist is itself evidence that the user knows the artist,
 * so a tag a user gave an artist in their own listening is loaded as a pair tag ({@link
 * TrainingDataBuilder#pairTag}): it counts toward the artist's tags only while that user-artist
 * pair is in the training data, and a split hides it with the pair. Nothing per user is used as a
 * user feature (no "top items" from tagging). Tags users gave artists outside their listening are
 * about the artist, not about a held-out pair: with {@link Tags#ALL_BUT_HELD_OUT} they are plain
 * artist tags; with {@link Tags#TRAINING_PAIRS} (the strictest reading) they are dropped, so only
 * tags given on training pairs remain.
 */
public final class HetrecLoader {

    /** Which tag assignments become artist tags. */
    public enum Tags {
        /** Only tags a user gave an artist of their training listening. */
        TRAINING_PAIRS,
        /** Every tag except those given on held-out user-artist pairs. */
        ALL_BUT_HELD_OUT,
        /** No tags. */
        NONE
    }

    private HetrecLoader() {}

    /** Returns the shared dataset directory, or empty when {@code spotrec.shared.dir} is absent. */
    public static Optional<Path> sharedDir() {
        String shared = System.getProperty("spotrec.shared.dir", "../shared");
        Path dir = Path.of(shared, "datasets", "hetrec2011-lastfm-2k");
        return Files.isRegularFile(dir.resolve("user_artists.dat"))
                ? Optional.of(dir)
                : Optional.empty();
    }

    /** Loads the dataset from {@code dir} with tags from training pairs only. */
    public static TrainingData load(Path dir) {
        return load(dir, Tags.TRAINING_PAIRS);
    }

    /** Loads the dataset from {@code dir} with the given tag policy. */
    public static TrainingData load(Path dir, Tags policy) {
        TrainingDataBuilder b = TrainingData.builder().rowsAreUsers();
        Set<String> pairs = new HashSet<>();
        lines(
                dir.resolve("user_artists.dat"),
                StandardCharsets.UTF_8,
                f -> {
                    b.interaction(f[0], f[1], Float.parseFloat(f[2]));
                    b.item(f[1], f[1], null, null);
                    pairs.add(f[0] + "\t" + f[1]);
                });
        lines(dir.resolve("user_friends.dat"), StandardCharsets.UTF_8, f -> b.link(f[0], f[1], 1f));
        if (policy == Tags.NONE) {
            return b.build();
        }
        Map<String, String> tagNames = new HashMap<>();
        lines(dir.resolve("tags.dat"), StandardCharsets.ISO_8859_1, f -> tagNames.put(f[0], f[1]));
        lines(
                dir.resolve("user_taggedartists.dat"),
                StandardCharsets.UTF_8,
                f -> {
                    boolean onPair = pairs.contains(f[0] + "\t" + f[1]);
                    if (b.hasItem(f[1]) && (onPair || policy == Tags.ALL_BUT_HELD_OUT)) {
                        b.pairTag(f[0], f[1], tagNames.getOrDefault(f[2], f[2]), 1f);
                    }
                });
        return b.build();
    }

    private interface Line {
        void accept(String[] fields);
    }

    private static void lines(Path file, Charset charset, Line line) {
        try (BufferedReader r = Files.newBufferedReader(file, charset)) {
            r.readLine();
            for (String s = r.readLine(); s != null; s = r.readLine()) {
                if (!s.isBlank()) {
                    line.accept(s.split("\t"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
