package dev.spotrec.warehouse;

import java.time.Instant;

/**
 * The list a participant preferred in a side-by-side trial.
 *
 * @param trialId the trial
 * @param participantHash the participant's salted hash (the trial's own)
 * @param preferredList 1 or 2
 * @param preferredArm the arm that list showed
 * @param createdAt when the vote was cast
 */
public record ExperimentVote(
        String trialId,
        String participantHash,
        int preferredList,
        ExperimentArm preferredArm,
        Instant createdAt) {
    /** Validates the arguments. */
    public ExperimentVote {
        ExperimentTrial.requireId("vote trialId", trialId);
        ExperimentTrial.requireHash(participantHash);
        if (preferredList != 1 && preferredList != 2) {
            throw new IllegalArgumentException(
                    "vote preferredList must be 1 or 2, got " + preferredList);
        }
        if (preferredArm == null || createdAt == null) {
            throw new IllegalArgumentException(
                    "vote " + trialId + ": preferredArm and createdAt must not be null");
        }
    }
}
