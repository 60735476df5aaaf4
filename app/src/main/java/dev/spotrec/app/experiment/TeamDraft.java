package dev.spotrec.app.experiment;

import dev.spotrec.warehouse.ExperimentArm;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.random.RandomGenerator;

/**
 * Team-draft interleaving (Radlinski, Kurup and Joachims, "How does clickthrough data reflect
 * retrieval quality?", CIKM 2008).
 *
 * <p>The two rankings are teams picking players: the team with fewer picks so far picks next, and
 * when both have as many a coin flip decides which goes first. A team picks its highest-ranked item
 * that is not in the merged list yet, and is credited with it. A listener's likes are then credited
 * to the team that contributed each liked item, so neither ranking gains from positions it did not
 * earn. The merge stops at {@code length} items or as soon as either team has nothing left to pick,
 * which keeps the two teams' counts within one of each other.
 *
 * <p>O(|ours| + |baseline|) time: each team's cursor only moves forward, with a hash set of taken
 * keys.
 */
final class TeamDraft {
    private TeamDraft() {}

    /** One item of the merged list, with the team that picked it and its rank in that team. */
    record Pick<T>(T item, ExperimentArm team, int teamRank) {
        Pick {
            if (item == null || team == null || teamRank < 1) {
                throw new IllegalArgumentException(
                        "pick needs an item, a team and a rank >= 1, got rank " + teamRank);
            }
        }
    }

    /**
     * Interleaves {@code ours} and {@code baseline} into at most {@code length} items.
     *
     * @param key an item's identity (the track id): an item taken by one team is skipped by both
     */
    static <T> List<Pick<T>> interleave(
            List<T> ours,
            List<T> baseline,
            Function<? super T, String> key,
            int length,
            RandomGenerator rng) {
        if (length < 0) {
            throw new IllegalArgumentException("interleave length must be >= 0, got " + length);
        }
        List<Pick<T>> merged = new ArrayList<>(length);
        Set<String> taken = new HashSet<>();
        int[] next = {0, 0};
        int oursCount = 0;
        int baselineCount = 0;
        while (merged.size() < length) {
            next[0] = skipTaken(ours, next[0], key, taken);
            next[1] = skipTaken(baseline, next[1], key, taken);
            if (next[0] >= ours.size() || next[1] >= baseline.size()) {
                break;
            }
            boolean oursPicks =
                    oursCount < baselineCount || (oursCount == baselineCount && rng.nextBoolean());
            int team = oursPicks ? 0 : 1;
            List<T> list = oursPicks ? ours : baseline;
            T item = list.get(next[team]);
            taken.add(key.apply(item));
            merged.add(
                    new Pick<>(
                            item,
                            oursPicks ? ExperimentArm.OURS : ExperimentArm.BASELINE,
                            next[team] + 1));
            next[team]++;
            if (oursPicks) {
                oursCount++;
            } else {
                baselineCount++;
            }
        }
        return merged;
    }

    private static <T> int skipTaken(
            List<T> list, int from, Function<? super T, String> key, Set<String> taken) {
        int i = from;
        while (i < list.size() && taken.contains(key.apply(list.get(i)))) {
            i++;
        }
        return i;
    }
}
