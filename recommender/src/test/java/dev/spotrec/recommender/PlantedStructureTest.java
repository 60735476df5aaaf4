package dev.spotrec.recommender;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.recommender.eval.Metrics;
import dev.spotrec.recommender.testing.SyntheticWorld;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Models recover structure planted in a synthetic world. */
class PlantedStructureTest {

    private static final SyntheticWorld WORLD =
            SyntheticWorld.generate(SyntheticWorld.Options.small(3));

    private static double meanPurity(Recommender model, SyntheticWorld world) {
        double sum = 0;
        for (int g = 0; g < world.genres(); g++) {
            Seed seed = Seed.ofItems(world.tracksOf(g, 5));
            sum += world.purity(model.rank(seed, 20).items(), g);
        }
        return sum / world.genres();
    }

    @Test
    void alsRecoversGenreClustersForUnseenPlaylists() {
        Recommender als = Models.create("als", Map.of("factors", "16", "iterations", "10"));
        als.fit(WORLD.data());
        assertThat(meanPurity(als, WORLD)).isGreaterThan(0.9);
    }

    @Test
    void cooccurrenceRecoversGenreClusters() {
        Recommender knn = Models.create("item-knn", Map.of("k", "50"));
        knn.fit(WORLD.data());
        assertThat(meanPurity(knn, WORLD)).isGreaterThan(0.9);
    }

    @Test
    void popularityAloneDoesNotRecoverClusters() {
        Recommender pop = Models.create("most-popular");
        pop.fit(WORLD.data());
        assertThat(meanPurity(pop, WORLD)).isLessThan(0.6);
    }

    @Test
    void contentWorksWithAudioFeaturesRemovedAndWithTagsRemoved() {
        for (SyntheticWorld.Options o :
                new SyntheticWorld.Options[] {
                    SyntheticWorld.Options.small(5).withoutAudioFeatures(),
                    SyntheticWorld.Options.small(5).withoutTags()
                }) {
            SyntheticWorld world = SyntheticWorld.generate(o);
            Recommender content = Models.create("content");
            content.fit(world.data());
            assertThat(meanPurity(content, world)).as("content with %s", o).isGreaterThan(0.9);
        }
    }

    @Test
    void socialLiftsRecallForUsersWhoseConnectionsShareTheirTaste() {
        // Hold out every playlist of some users; their friends (mostly same genre) remain.
        TrainingData d = WORLD.data();
        CsrMatrix m = d.interactions();
        CsrMatrix.Builder kept = CsrMatrix.builder();
        java.util.Set<Integer> heldUsers = new java.util.HashSet<>();
        for (int u = 0; u < d.users().size(); u++) {
            if (u % 6 == 0) {
                heldUsers.add(u);
            }
        }
        Map<Integer, java.util.Set<Integer>> truth = new java.util.HashMap<>();
        for (int r = 0; r < m.rows(); r++) {
            int owner = d.rowOwner(r);
            for (int k = m.rowStart(r); k < m.rowEnd(r); k++) {
                if (heldUsers.contains(owner)) {
                    truth.computeIfAbsent(owner, x -> new java.util.TreeSet<>()).add(m.colIndex(k));
                } else {
                    kept.add(r, m.colIndex(k), m.value(k));
                }
            }
        }
        TrainingData train = d.withInteractions(kept.build(m.rows(), m.cols()));
        Recommender social = Models.create("social");
        Recommender pop = Models.create("most-popular");
        social.fit(train);
        pop.fit(train);
        double socialRecall = 0;
        double popRecall = 0;
        for (int user : heldUsers) {
            int[] relevant = truth.get(user).stream().mapToInt(Integer::intValue).toArray();
            Seed seed = Seed.empty().withUser(user);
            socialRecall += Metrics.recall(social.rank(seed, 20).items(), relevant, 20);
            popRecall += Metrics.recall(pop.rank(seed, 20).items(), relevant, 20);
        }
        assertThat(socialRecall).isGreaterThan(1.5 * popRecall);
    }

    @Test
    void titleModelMapsPlaylistNamesToTheirGenre() {
        Recommender title = Models.create("title");
        title.fit(WORLD.data());
        int[] ranked = title.rank(Seed.empty().withTitle("Techno party"), 20).items();
        assertThat(WORLD.purity(ranked, 2)).isGreaterThan(0.8);
    }

    @Test
    void personalisationLeansOnTopItemsForAnEmptySeed() {
        TrainingData d =
                TrainingData.builder()
                        .interaction("p1", "a", 1)
                        .interaction("p1", "b", 1)
                        .interaction("p2", "a", 1)
                        .interaction("p2", "c", 1)
                        .interaction("p3", "a", 1)
                        .topItem("me", "c", 5)
                        .build();
        Recommender personal = Models.create("personal", Map.of("base", "most-popular"));
        personal.fit(d);
        int me = d.users().id("me");
        assertThat(personal.rank(Seed.empty().withUser(me), 1).items())
                .containsExactly(d.items().id("c"));
        assertThat(personal.rank(Seed.empty(), 1).items()).containsExactly(d.items().id("a"));
    }
}
