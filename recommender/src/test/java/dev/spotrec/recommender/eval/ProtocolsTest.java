package dev.spotrec.recommender.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.recommender.CsrMatrix;
import dev.spotrec.recommender.HeldOut;
import dev.spotrec.recommender.RecommenderException;
import dev.spotrec.recommender.TrainingData;
import dev.spotrec.recommender.testing.SyntheticWorld;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ProtocolsTest {

    private static final TrainingData WORLD =
            SyntheticWorld.generate(
                            new SyntheticWorld.Options(
                                    9, 4, 20, 8, 40, 3, 60, 0.9, true, true, true))
                    .data();

    @Test
    void recsys2018BuildsTheTenChallengeGroupsFromHeldOutPlaylists() {
        Task task = new Recsys2018(5).task(WORLD, 1);
        Map<String, List<HeldOut>> groups =
                task.test().stream().collect(Collectors.groupingBy(HeldOut::group));
        // Playlists of at most 60 tracks cannot serve the 100-track groups (they need 150+).
        assertThat(groups.keySet())
                .containsExactlyInAnyOrder(
                        "title-only",
                        "title+first1",
                        "title+first5",
                        "first5",
                        "title+first10",
                        "first10",
                        "title+first25",
                        "title+random25");
        for (HeldOut h : groups.get("first5")) {
            assertThat(h.seed().title()).isNull();
            assertThat(h.seed().size()).isEqualTo(5);
        }
        for (HeldOut h : groups.get("title-only")) {
            assertThat(h.seed().size()).isZero();
            assertThat(h.seed().title()).isNotBlank();
        }
        CsrMatrix train = task.train().interactions();
        Set<Integer> heldRows = new HashSet<>();
        for (HeldOut h : task.test()) {
            assertThat(h.seed().row()).isEqualTo(-1);
            assertThat(h.truthView()).isNotEmpty();
        }
        for (int r = 0; r < train.rows(); r++) {
            if (train.rowLength(r) == 0) {
                heldRows.add(r);
            }
        }
        assertThat(heldRows).hasSize(task.test().size() + task.validation().size());
    }

    @Test
    void firstTracksAreThePlaylistsFirstTracksInOrder() {
        Task task = new Recsys2018(3).task(WORLD, 2);
        HeldOut h =
                task.test().stream()
                        .filter(c -> c.group().equals("title+first10"))
                        .findFirst()
                        .orElseThrow();
        int row = -1;
        for (int r = 0; r < WORLD.rows().size(); r++) {
            if (task.train().interactions().rowLength(r) == 0
                    && WORLD.interactions().rowLength(r) > 0
                    && java.util.Arrays.equals(
                            java.util.Arrays.copyOf(WORLD.orderedRow(r), 10), h.seed().items())) {
                row = r;
            }
        }
        assertThat(row).isNotNegative();
    }

    @Test
    void recsys2018IsSeeded() {
        Task a = new Recsys2018(4).task(WORLD, 5);
        Task b = new Recsys2018(4).task(WORLD, 5);
        assertThat(a.test().get(0).seed()).isEqualTo(b.test().get(0).seed());
        assertThat(a.sizes()).isEqualTo(b.sizes());
    }

    @Test
    void playlistHoldoutHidesAFifthOfHeldOutPlaylists() {
        Task task = new PlaylistHoldout(0.2).task(WORLD, 3);
        assertThat(task.test()).isNotEmpty();
        assertThat(task.validation()).isNotEmpty();
        for (HeldOut h : task.test()) {
            int total = h.seed().size() + h.truthView().length;
            assertThat(h.truthView().length).isEqualTo(Math.max(1, Math.round(total * 0.2f)));
            for (int item : h.seed().items()) {
                assertThat(java.util.Arrays.binarySearch(h.truthView(), item)).isNegative();
            }
        }
        assertThatThrownBy(() -> new PlaylistHoldout(1.5))
                .isInstanceOf(RecommenderException.class)
                .hasMessageContaining("share");
    }
}
