package dev.spotrec.app.experiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.spotrec.warehouse.ExperimentArm;
import dev.spotrec.warehouse.ExperimentRating;
import dev.spotrec.warehouse.ExperimentTrial;
import dev.spotrec.warehouse.ExperimentVote;
import dev.spotrec.warehouse.ShownItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Results from stored rows, computed by hand. */
class TallyTest {
    private static final Instant T = Instant.parse("2026-11-27T12:00:00Z");

    private static String hash(int participant) {
        return String.format("%064x", participant);
    }

    private static ExperimentTrial sideBySide(String id, int participant) {
        return new ExperimentTrial(
                id,
                hash(participant),
                "p",
                "SIDE_BY_SIDE",
                "most-popular",
                1,
                T,
                List.of(
                        new ShownItem(1, 1, "o", ExperimentArm.OURS, 1),
                        new ShownItem(2, 1, "b", ExperimentArm.BASELINE, 1)));
    }

    private static ExperimentTrial interleaved(String id, int participant) {
        return new ExperimentTrial(
                id,
                hash(participant),
                "p",
                "INTERLEAVED",
                "most-popular",
                0,
                T,
                List.of(
                        new ShownItem(0, 1, "o", ExperimentArm.OURS, 1),
                        new ShownItem(0, 2, "b", ExperimentArm.BASELINE, 1)));
    }

    @Test
    void anEmptyExperimentHasNoRatesAndTheWholeInterval() {
        ExperimentResults r = Tally.of(List.of(), List.of(), List.of());
        assertThat(r.participants()).isZero();
        assertThat(r.votes()).isZero();
        assertThat(r.winRate()).isNaN();
        assertThat(r.winLow()).isZero();
        assertThat(r.winHigh()).isEqualTo(1.0);
        assertThat(r.signTestP()).isEqualTo(1.0);
        assertThat(r.oursLikeRate()).isNaN();
        assertThat(r.baselineLikeRate()).isNaN();
    }

    @Test
    void eightWinsOfTenVotesFromThreeParticipants() {
        List<ExperimentTrial> trials = new ArrayList<>();
        List<ExperimentVote> votes = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            trials.add(sideBySide("s" + i, i % 3));
            ExperimentArm arm = i < 8 ? ExperimentArm.OURS : ExperimentArm.BASELINE;
            votes.add(
                    new ExperimentVote(
                            "s" + i, hash(i % 3), arm == ExperimentArm.OURS ? 1 : 2, arm, T));
        }
        trials.add(sideBySide("unvoted", 3));
        ExperimentResults r = Tally.of(trials, votes, List.of());
        assertThat(r.participants()).isEqualTo(4);
        assertThat(r.trials()).isEqualTo(11);
        assertThat(r.votes()).isEqualTo(10);
        assertThat(r.oursWins()).isEqualTo(8);
        assertThat(r.baselineWins()).isEqualTo(2);
        assertThat(r.winRate()).isEqualTo(0.8);
        assertThat(r.winLow()).isCloseTo(0.49016, within(1e-5));
        assertThat(r.winHigh()).isCloseTo(0.94332, within(1e-5));
        assertThat(r.signTestP()).isCloseTo(0.109375, within(1e-12));
    }

    @Test
    void interleavedTrialsAreWonByTheArmWithMoreLikesAndTiesDropped() {
        List<ExperimentTrial> trials =
                List.of(interleaved("i1", 1), interleaved("i2", 2), interleaved("i3", 3));
        List<ExperimentRating> ratings =
                List.of(
                        // i1: ours liked, baseline disliked -> ours wins
                        new ExperimentRating("i1", "o", ExperimentArm.OURS, hash(1), true, T),
                        new ExperimentRating("i1", "b", ExperimentArm.BASELINE, hash(1), false, T),
                        // i2: both liked -> tie
                        new ExperimentRating("i2", "o", ExperimentArm.OURS, hash(2), true, T),
                        new ExperimentRating("i2", "b", ExperimentArm.BASELINE, hash(2), true, T),
                        // i3: baseline liked only -> baseline wins
                        new ExperimentRating("i3", "b", ExperimentArm.BASELINE, hash(3), true, T));
        ExperimentResults r = Tally.of(trials, List.of(), ratings);
        assertThat(r.votes()).isEqualTo(3);
        assertThat(r.decisiveVotes()).isEqualTo(2);
        assertThat(r.oursWins()).isEqualTo(1);
        assertThat(r.baselineWins()).isEqualTo(1);
        assertThat(r.winRate()).isEqualTo(0.5);
        assertThat(r.signTestP()).isEqualTo(1.0);
        assertThat(r.oursRatings()).isEqualTo(2);
        assertThat(r.oursLikeRate()).isEqualTo(1.0);
        assertThat(r.baselineRatings()).isEqualTo(3);
        assertThat(r.baselineLikeRate()).isCloseTo(2.0 / 3, within(1e-12));
    }
}
