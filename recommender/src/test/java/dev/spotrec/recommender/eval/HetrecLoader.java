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
import java.util.Map;
import java.util.Optional;

/**
 * Test-scope reader of HetRec 2011 Last.fm (the datasets module owns the real reader): users are
 * rows and own themselves, artists are items (each its own artist), play counts are weights, friend
 * links are the social graph, and tag assignments become item tags. With {@code userTags}, the
 * artists a user tagged also become that user's own "top items" (weight = number of tags the user
 * gave the artist): the user's engagement outside listening, which the personalisation signals use
 * the way they use Spotify top items.
 */
public final class HetrecLoader {

    private HetrecLoader() {}

    /** Returns the shared dataset directory, or empty when {@code spotrec.shared.dir} is absent. */
    public static Optional<Path> sharedDir() {
        String shared = System.getProperty("spotrec.shared.dir", "../shared");
        Path dir = Path.of(shared, "datasets", "hetrec2011-lastfm-2k");
        return Files.isRegularFile(dir.resolve("user_artists.dat"))
                ? Optional.of(dir)
                : Optional.empty();
    }

    /** Loads the dataset from {@code dir} with listening, friends and artist tags only. */
    public static TrainingData load(Path dir) {
        return load(dir, false);
    }

    /**
     * Loads the dataset; with {@code userTags} the artists each user tagged become the user's top
     * items.
     */
    public static TrainingData load(Path dir, boolean userTags) {
        TrainingDataBuilder b = TrainingData.builder().rowsAreUsers();
        lines(
                dir.resolve("user_artists.dat"),
                StandardCharsets.UTF_8,
                f -> {
                    b.interaction(f[0], f[1], Float.parseFloat(f[2]));
                    b.item(f[1], f[1], null, null);
                });
        lines(dir.resolve("user_friends.dat"), StandardCharsets.UTF_8, f -> b.link(f[0], f[1], 1f));
        Map<String, String> tagNames = new HashMap<>();
        lines(dir.resolve("tags.dat"), StandardCharsets.ISO_8859_1, f -> tagNames.put(f[0], f[1]));
        lines(
                dir.resolve("user_taggedartists.dat"),
                StandardCharsets.UTF_8,
                f -> {
                    if (b.hasItem(f[1])) {
                        b.itemTag(f[1], tagNames.getOrDefault(f[2], f[2]), 1f);
                        if (userTags) {
                            b.topItem(f[0], f[1], 1f);
                        }
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
