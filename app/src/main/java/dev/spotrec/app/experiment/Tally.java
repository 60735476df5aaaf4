package dev.spotrec.app.experiment;

import dev.spotrec.warehouse.ExperimentArm;
import dev.spotrec.warehouse.ExperimentRating;
import dev.spotrec.warehouse.ExperimentTrial;
import dev.spotrec.warehouse.ExperimentVote;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Computes {@link ExperimentResults} from the stored trials, votes and ratings. An interleaved
 * trial counts as a vote once rated: the team credited with more likes wins it (Radlinski et al.
 * 2008 count clicks; likes are our clicks), equal likes are a tie. O(trials + votes + ratings).
 */
final class Tally {
    private Tally() {}

    static ExperimentResults of(
            List<ExperimentTrial> trials,
            List<ExperimentVote> votes,
            List<ExperimentRating> ratings) {
        Set<String> participants = new HashSet<>();
        Map<String, ExperimentTrial> byId = new HashMap<>();
        for (ExperimentTrial t : trials) {
            participants.add(t.participantHash());
            byId.put(t.trialId(), t);
        }
        int voteCount = 0;
        int oursWins = 0;
        int baselineWins = 0;
        for (ExperimentVote v : votes) {
            voteCount++;
            if (v.preferredArm() == ExperimentArm.OURS) {
                oursWins++;
            } else {
                baselineWins++;
            }
        }
        int[] rated = new int[2];
        int[] liked = new int[2];
        Map<String, int[]> interleavedLikes = new HashMap<>();
        for (ExperimentRating r : ratings) {
            int arm = r.arm().ordinal();
            rated[arm]++;
            liked[arm] += r.liked() ? 1 : 0;
            ExperimentTrial t = byId.get(r.trialId());
            if (t != null && t.oursList() == 0) {
                interleavedLikes.computeIfAbsent(r.trialId(), id -> new int[2])[arm] +=
                        r.liked() ? 1 : 0;
            }
        }
        for (int[] likes : interleavedLikes.values()) {
            voteCount++;
            int ours = likes[ExperimentArm.OURS.ordinal()];
            int base = likes[ExperimentArm.BASELINE.ordinal()];
            if (ours > base) {
                oursWins++;
            } else if (base > ours) {
                baselineWins++;
            }
        }
        int decisive = oursWins + baselineWins;
        Statistics.Interval ci = Statistics.wilson(oursWins, decisive, Statistics.Z95);
        int o = ExperimentArm.OURS.ordinal();
        int b = ExperimentArm.BASELINE.ordinal();
        return new ExperimentResults(
                participants.size(),
                trials.size(),
                voteCount,
                oursWins,
                baselineWins,
                decisive == 0 ? Double.NaN : (double) oursWins / decisive,
                ci.low(),
                ci.high(),
                Statistics.signTestP(oursWins, baselineWins),
                share(liked[o], rated[o]),
                share(liked[b], rated[b]),
                rated[o],
                rated[b]);
    }

    private static double share(int part, int whole) {
        return whole == 0 ? Double.NaN : (double) part / whole;
    }
}
