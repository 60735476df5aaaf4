package dev.spotrec.warehouse;

import java.time.Instant;

/**
 * A thumbs up or down on a track a trial showed, credited to the arm that showed it.
 *
 * @param trialId the trial
 * @param trackId the rated track
 * @param arm the arm credited with it (for an interleaved trial, the team that picked it)
 * @param participantHash the participant's salted hash (the trial's own)
 * @param liked true for thumbs up
 * @param createdAt when it was rated
 */
public record ExperimentRating(
        String trialId,
        String trackId,
        ExperimentArm arm,
        String participantHash,
        boolean liked,
        Instant createdAt) {
    /** Validates the arguments. */
    public ExperimentRating {
        ExperimentTrial.requireId("rating trialId", trialId);
        ExperimentTrial.requireText("rating trackId", trackId);
        ExperimentTrial.requireHash(participantHash);
        if (arm == null || createdAt == null) {
            throw new IllegalArgumentException(
                    "rating of " + trackId + ": arm and createdAt must not be null");
        }
    }
}
