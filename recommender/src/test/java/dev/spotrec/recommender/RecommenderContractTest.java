package dev.spotrec.recommender;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.recommender.internal.VersionKeys;
import dev.spotrec.recommender.testing.SyntheticWorld;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The contract every model meets, run over every model on one synthetic world. */
class RecommenderContractTest {

    private static final SyntheticWorld WORLD =
            SyntheticWorld.generate(SyntheticWorld.Options.small(11));
    private static final Map<String, Recommender> FITTED = new ConcurrentHashMap<>();

    static Stream<Arguments> models() {
        return Stream.of(
                Arguments.of("most-popular", Map.of()),
                Arguments.of("item-knn", Map.of("k", "50")),
                Arguments.of("item-knn", Map.of("similarity", "rp3", "k", "50")),
                Arguments.of("user-knn", Map.of("k", "20")),
                Arguments.of("als", Map.of("factors", "16", "iterations", "5", "threads", "2")),
                Arguments.of("content", Map.of()),
                Arguments.of("social", Map.of()),
                Arguments.of("title", Map.of()),
                Arguments.of("personal", Map.of("base.factors", "16", "base.iterations", "5")),
                Arguments.of(
                        "hybrid",
                        Map.of("als.factors", "16", "als.iterations", "5", "trees", "20")),
                Arguments.of(
                        "hybrid",
                        Map.of(
                                "als.factors",
                                "16",
                                "als.iterations",
                                "5",
                                "linear",
                                "false",
                                "trees",
                                "5")));
    }

    private static Recommender fitted(String name, Map<String, String> settings) {
        return FITTED.computeIfAbsent(
                name + settings,
                k -> {
                    Recommender m = Models.create(name, settings);
                    m.fit(WORLD.data());
                    return m;
                });
    }

    private static Seed playlistSeed() {
        return Seed.ofItems(WORLD.tracksOf(1, 6))
                .withTitle("jazz night")
                .withUser(WORLD.data().users().id("user-1-0"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void sameSeedGivesSameListAcrossFits(String name, Map<String, String> settings) {
        Recommender again = Models.create(name, settings);
        again.fit(WORLD.data());
        Seed seed = playlistSeed();
        assertThat(again.rank(seed, 30).items())
                .containsExactly(fitted(name, settings).rank(seed, 30).items());
        assertThat(fitted(name, settings).rank(seed, 30).items())
                .containsExactly(fitted(name, settings).rank(seed, 30).items());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void neverRecommendsSeedOrExcludedItems(String name, Map<String, String> settings) {
        Recommender m = fitted(name, settings);
        int[] first = m.rank(playlistSeed(), 10).items();
        Seed seed = playlistSeed().withExclude(first);
        int[] ranked = m.rank(seed, 50).items();
        Set<Integer> forbidden = new HashSet<>();
        for (int i : seed.items()) {
            forbidden.add(i);
        }
        for (int i : first) {
            forbidden.add(i);
        }
        assertThat(ranked).hasSize(50);
        for (int i : ranked) {
            assertThat(forbidden).doesNotContain(i);
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void neverLeaksAVersionOfASeedSongOrRepeatsASong(String name, Map<String, String> settings) {
        Recommender m = fitted(name, settings);
        TrainingData d = WORLD.data();
        Seed seed =
                Seed.ofItems(d.items().id("track-1-0-0"), d.items().id("track-1-2-1"))
                        .withTitle("jazz vibes");
        int[] ranked = m.rank(seed, 200).items();
        int[] songIds = VersionKeys.songIds(d);
        Set<Integer> songs = new HashSet<>();
        songs.add(songIds[d.items().id("track-1-0-0")]);
        songs.add(songIds[d.items().id("track-1-2-1")]);
        for (int i : ranked) {
            assertThat(songs.add(songIds[i])).as("song of %s is new", d.items().key(i)).isTrue();
        }
        assertThat(ranked)
                .doesNotContain(
                        d.items().id("track-1-0-0-remix"), d.items().id("track-1-2-1-rerelease"));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void everyRecommendationIsExplained(String name, Map<String, String> settings) {
        List<Recommendation> recs = fitted(name, settings).recommend(playlistSeed(), 20);
        assertThat(recs).hasSize(20);
        for (Recommendation r : recs) {
            assertThat(r.explanation().reasons()).as("reasons for %s", r.key()).isNotEmpty();
            assertThat(r.explanation().summary()).isNotBlank();
            assertThat(r.key()).isEqualTo(WORLD.data().items().key(r.item()));
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void emptyAndOneItemSeedsGetFullLists(String name, Map<String, String> settings) {
        Recommender m = fitted(name, settings);
        assertThat(m.rank(Seed.empty(), 25).items()).hasSize(25).doesNotHaveDuplicates();
        int one = WORLD.tracksOf(2, 1)[0];
        assertThat(m.rank(Seed.ofItems(one), 25).items())
                .hasSize(25)
                .doesNotContain(one)
                .doesNotHaveDuplicates();
        assertThat(m.rank(Seed.ofItems(one), 0).items()).isEmpty();
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void unknownIdsAreIgnoredOrRejectedClearly(String name, Map<String, String> settings) {
        Recommender m = fitted(name, settings);
        int items = WORLD.data().items().size();
        Seed alien =
                new Seed(
                        -1,
                        -1,
                        new int[] {items + 5, WORLD.tracksOf(0, 1)[0]},
                        "??",
                        new int[] {items + 9});
        assertThat(m.rank(alien, 10).items()).hasSize(10);
        Seed fromKeys = WORLD.data().seedOf("rock mix", List.of("nope", "track-0-1-1"), "nobody");
        assertThat(fromKeys.items()).hasSize(1);
        assertThat(m.rank(fromKeys, 10).items()).hasSize(10);
        assertThatThrownBy(() -> m.explain(alien, items + 1))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("not an item id");
        assertThatThrownBy(() -> m.rank(alien, -1)).hasMessageContaining("n must be >= 0");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void respectsTheArtistCap(String name, Map<String, String> settings) {
        int[] ranked =
                fitted(name, settings)
                        .rank(playlistSeed(), 40, RankOptions.DEFAULT.withMaxPerArtist(2))
                        .items();
        Map<Integer, Integer> perArtist = new java.util.HashMap<>();
        for (int i : ranked) {
            perArtist.merge(WORLD.data().itemArtist(i), 1, Integer::sum);
        }
        assertThat(perArtist.values()).allMatch(c -> c <= 2);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void savedModelLoadsAndRanksTheSame(
            String name, Map<String, String> settings, @TempDir Path dir) {
        Recommender m = fitted(name, settings);
        ModelStore.save(m, dir);
        Recommender loaded = ModelStore.load(dir);
        assertThat(loaded.name()).isEqualTo(name);
        Seed seed = playlistSeed();
        assertThat(loaded.rank(seed, 30).items()).containsExactly(m.rank(seed, 30).items());
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void reportsItsEpochsAndSavesThemAsHistory(
            String name, Map<String, String> settings, @TempDir Path dir) {
        record Event(String model, int epoch, int epochs, double loss) {}
        List<Event> events = new java.util.ArrayList<>();
        Recommender m = Models.create(name, settings);
        m.fit(
                WORLD.data(),
                (model, epoch, epochs, loss, took) -> {
                    assertThat(took.isNegative()).isFalse();
                    events.add(new Event(model, epoch, epochs, loss));
                });
        assertThat(events).isNotEmpty();
        assertThat(events)
                .allSatisfy(
                        e -> {
                            assertThat(e.model()).matches(name + "(\\..+)?");
                            assertThat(e.epoch()).isBetween(1, e.epochs());
                        });
        assertThat(events).anySatisfy(e -> assertThat(e.model()).isEqualTo(name));
        if (name.equals("als")) {
            assertThat(events).extracting(Event::epoch).containsExactly(1, 2, 3, 4, 5);
            assertThat(events).allSatisfy(e -> assertThat(e.loss()).isFinite().isPositive());
        }
        ModelStore.save(m, dir);
        List<EpochStat> saved = ModelStore.history(dir);
        assertThat(saved)
                .extracting(EpochStat::model)
                .containsExactlyElementsOf(events.stream().map(Event::model).toList());
        assertThat(saved)
                .extracting(EpochStat::epoch)
                .containsExactlyElementsOf(events.stream().map(Event::epoch).toList());
        assertThat(saved)
                .extracting(EpochStat::loss)
                .containsExactlyElementsOf(events.stream().map(Event::loss).toList());
        Path again = dir.resolve("again");
        ModelStore.save(ModelStore.load(dir), again);
        assertThat(ModelStore.history(again)).isEqualTo(saved);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("models")
    void refusesToRankBeforeFitting(String name, Map<String, String> settings) {
        assertThatThrownBy(() -> Models.create(name, settings).rank(Seed.empty(), 5))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("not fitted");
    }
}
