package dev.spotrec.warehouse;

/**
 * One track a trial showed, with its provenance.
 *
 * @param list 1 or 2 for a side-by-side list, 0 for the single interleaved list
 * @param position 1-based position in that list
 * @param trackId the track
 * @param arm the arm whose list it came from (for an interleaved list: the team that picked it)
 * @param armRank its 1-based rank in that arm's own list
 */
public record ShownItem(int list, int position, String trackId, ExperimentArm arm, int armRank) {
    /** Validates the arguments. */
    public ShownItem {
        if (list < 0 || list > 2) {
            throw new IllegalArgumentException("shown item list must be 0, 1 or 2, got " + list);
        }
        if (position < 1 || armRank < 1) {
            throw new IllegalArgumentException(
                    "shown item position and armRank must be >= 1, got "
                            + position
                            + " and "
                            + armRank);
        }
        ExperimentTrial.requireText("shown item trackId", trackId);
        if (arm == null) {
            throw new IllegalArgumentException("shown item arm must not be null");
        }
    }
}
