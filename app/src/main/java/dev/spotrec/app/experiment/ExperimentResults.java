package dev.spotrec.app.experiment;

/**
 * The experiment's outcome so far.
 *
 * <p>A <em>vote</em> is one comparison of the arms: a side-by-side trial's preferred list, or an
 * interleaved trial with at least one rating, won by the arm credited with more likes (a tie when
 * both have as many). Decisive votes are {@code oursWins + baselineWins}.
 *
 * @param participants distinct participants (by salted hash) who started a trial
 * @param trials trials started
 * @param votes comparisons, ties included
 * @param oursWins comparisons our model won
 * @param baselineWins comparisons the baseline won
 * @param winRate our share of the decisive votes; NaN when there are none
 * @param winLow lower end of the 95% Wilson score interval of {@code winRate} (0 when none)
 * @param winHigh upper end of that interval (1 when none)
 * @param signTestP exact two-sided sign-test p-value of oursWins against baselineWins (1 when none)
 * @param oursLikeRate share of ratings credited to our model that were likes; NaN when none
 * @param baselineLikeRate the same for the baseline
 * @param oursRatings ratings credited to our model
 * @param baselineRatings ratings credited to the baseline
 */
public record ExperimentResults(
        int participants,
        int trials,
        int votes,
        int oursWins,
        int baselineWins,
        double winRate,
        double winLow,
        double winHigh,
        double signTestP,
        double oursLikeRate,
        double baselineLikeRate,
        int oursRatings,
        int baselineRatings) {
    /** Validates the arguments. */
    public ExperimentResults {
        if (participants < 0 || trials < 0 || oursRatings < 0 || baselineRatings < 0) {
            throw new IllegalArgumentException(
                    "experiment results: counts must be >= 0, got participants "
                            + participants
                            + ", trials "
                            + trials
                            + ", ratings "
                            + oursRatings
                            + "/"
                            + baselineRatings);
        }
        if (oursWins < 0 || baselineWins < 0 || oursWins + baselineWins > votes) {
            throw new IllegalArgumentException(
                    "experiment results: wins "
                            + oursWins
                            + " + "
                            + baselineWins
                            + " must be >= 0 and at most votes "
                            + votes);
        }
        requireShare("winRate", winRate, true);
        requireShare("winLow", winLow, false);
        requireShare("winHigh", winHigh, false);
        requireShare("signTestP", signTestP, false);
        requireShare("oursLikeRate", oursLikeRate, true);
        requireShare("baselineLikeRate", baselineLikeRate, true);
        if (winLow > winHigh) {
            throw new IllegalArgumentException(
                    "experiment results: winLow " + winLow + " > winHigh " + winHigh);
        }
    }

    /** Decisive votes: those one arm won. */
    public int decisiveVotes() {
        return oursWins + baselineWins;
    }

    private static void requireShare(String name, double value, boolean nanAllowed) {
        if (Double.isNaN(value) ? !nanAllowed : value < 0 || value > 1) {
            throw new IllegalArgumentException(
                    "experiment results: " + name + " must be in [0, 1], got " + value);
        }
    }
}
