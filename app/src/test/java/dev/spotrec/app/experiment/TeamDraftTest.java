package dev.spotrec.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;

import dev.spotrec.warehouse.ExperimentArm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/** Team-draft interleaving: its invariants over many random list pairs, and small cases. */
class TeamDraftTest {
    private static final Function<String, String> ID = Function.identity();

    @Test
    void teamsStayWithinOneOfEachOtherWithoutDuplicatesAndInTheirOwnOrder() {
        SplittableRandom lists = new SplittableRandom(11);
        for (int round = 0; round < 500; round++) {
            List<String> a = randomList(lists, lists.nextInt(0, 15));
            List<String> b = randomList(lists, lists.nextInt(0, 15));
            int length = lists.nextInt(0, 25);
            List<TeamDraft.Pick<String>> merged =
                    TeamDraft.interleave(a, b, ID, length, new SplittableRandom(round));
            assertInvariants(a, b, length, merged);
        }
    }

    @Test
    void sameSeedSameMerge() {
        List<String> a = List.of("a1", "a2", "s", "a3", "a4");
        List<String> b = List.of("s", "b1", "a2", "b2", "b3");
        for (int seed = 0; seed < 20; seed++) {
            assertThat(TeamDraft.interleave(a, b, ID, 10, new SplittableRandom(seed)))
                    .isEqualTo(TeamDraft.interleave(a, b, ID, 10, new SplittableRandom(seed)));
        }
    }

    @Test
    void theCoinDecidesWhoPicksFirstInEachRound() {
        List<String> a = List.of("a1", "a2", "a3");
        List<String> b = List.of("b1", "b2", "b3");
        Set<List<String>> seen = new HashSet<>();
        for (int seed = 0; seed < 64; seed++) {
            seen.add(
                    TeamDraft.interleave(a, b, ID, 4, new SplittableRandom(seed)).stream()
                            .map(TeamDraft.Pick::item)
                            .toList());
        }
        // Two rounds up to the length of 4, each ordered by a coin flip: four merges possible.
        assertThat(seen)
                .containsExactlyInAnyOrder(
                        List.of("a1", "b1", "a2", "b2"),
                        List.of("a1", "b1", "b2", "a2"),
                        List.of("b1", "a1", "a2", "b2"),
                        List.of("b1", "a1", "b2", "a2"));
    }

    @Test
    void identicalRankingsMergeToThatRankingWithAlternatingCredit() {
        List<String> same = List.of("t1", "t2", "t3", "t4");
        List<TeamDraft.Pick<String>> merged =
                TeamDraft.interleave(same, same, ID, 4, new SplittableRandom(3));
        assertThat(merged).extracting(TeamDraft.Pick::item).containsExactlyElementsOf(same);
        long ours = merged.stream().filter(p -> p.team() == ExperimentArm.OURS).count();
        assertThat(ours).isEqualTo(2);
    }

    @Test
    void aSharedItemIsCreditedToTheTeamThatTookItFirst() {
        // Baseline's first pick is "s"; when ours reaches "s" it is skipped.
        List<String> a = List.of("a1", "s", "a2");
        List<String> b = List.of("s", "b1", "b2");
        for (int seed = 0; seed < 20; seed++) {
            List<TeamDraft.Pick<String>> merged =
                    TeamDraft.interleave(a, b, ID, 6, new SplittableRandom(seed));
            TeamDraft.Pick<String> s =
                    merged.stream().filter(p -> p.item().equals("s")).findFirst().orElseThrow();
            assertThat(merged.indexOf(s)).isLessThanOrEqualTo(1);
            assertInvariants(a, b, 6, merged);
        }
    }

    @Test
    void stopsWhenEitherTeamRunsOut() {
        List<TeamDraft.Pick<String>> merged =
                TeamDraft.interleave(
                        List.of("a1"), List.of("b1", "b2", "b3"), ID, 10, new SplittableRandom(1));
        assertThat(merged).extracting(TeamDraft.Pick::item).containsExactlyInAnyOrder("a1", "b1");
        assertThat(TeamDraft.interleave(List.of(), List.of("b1"), ID, 10, new SplittableRandom(1)))
                .isEmpty();
    }

    private static void assertInvariants(
            List<String> a, List<String> b, int length, List<TeamDraft.Pick<String>> merged) {
        assertThat(merged.size()).isLessThanOrEqualTo(length);
        Set<String> taken = new HashSet<>();
        int[] count = new int[2];
        int[] lastRank = new int[2];
        for (TeamDraft.Pick<String> p : merged) {
            List<String> own = p.team() == ExperimentArm.OURS ? a : b;
            int t = p.team().ordinal();
            assertThat(own.get(p.teamRank() - 1)).isEqualTo(p.item());
            // Each pick is the team's best item not taken before it.
            for (int r = lastRank[t]; r < p.teamRank() - 1; r++) {
                assertThat(taken).contains(own.get(r));
            }
            assertThat(taken.add(p.item())).as("duplicate %s", p.item()).isTrue();
            lastRank[t] = p.teamRank();
            count[t]++;
            assertThat(Math.abs(count[0] - count[1])).isLessThanOrEqualTo(1);
        }
        boolean full = merged.size() == length;
        boolean aLeft = a.stream().anyMatch(x -> !taken.contains(x));
        boolean bLeft = b.stream().anyMatch(x -> !taken.contains(x));
        assertThat(full || !aLeft || !bLeft).as("stopped early").isTrue();
    }

    private static List<String> randomList(SplittableRandom rng, int size) {
        Set<String> items = new HashSet<>();
        List<String> out = new ArrayList<>();
        while (out.size() < size) {
            String item = "t" + rng.nextInt(20);
            if (items.add(item)) {
                out.add(item);
            }
        }
        return out;
    }
}
