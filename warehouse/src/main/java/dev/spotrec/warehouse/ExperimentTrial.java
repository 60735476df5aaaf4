package dev.spotrec.warehouse;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One experiment trial as stored: a participant (a salted hash, never the user id) shown our
 * continuation of a playlist and a baseline's, side by side or interleaved.
 *
 * @param trialId the trial's id (1-64 characters of letters, digits, '-' and '_')
 * @param participantHash lower-case hex SHA-256 of the salted participant id (64 characters)
 * @param playlistId the playlist that was continued
 * @param design how the lists were shown, e.g. {@code SIDE_BY_SIDE}, {@code INTERLEAVED}
 * @param baselineName the baseline's name, e.g. {@code most-popular}
 * @param oursList which list (1 or 2) showed our model; 0 when the lists were interleaved
 * @param createdAt when the trial started
 * @param items what was shown: in lists 1 and 2 when {@code oursList} is 1 or 2, else in list 0
 */
public record ExperimentTrial(
        String trialId,
        String participantHash,
        String playlistId,
        String design,
        String baselineName,
        int oursList,
        Instant createdAt,
        List<ShownItem> items) {
    private static final String ID = "[A-Za-z0-9_-]{1,64}";

    /** Validates the arguments; copies the items. */
    public ExperimentTrial {
        requireId("trialId", trialId);
        requireHash(participantHash);
        requireText("playlistId", playlistId);
        if (design == null || !design.matches("[A-Z_]{1,32}")) {
            throw new IllegalArgumentException(
                    "trial design must be 1-32 of [A-Z_], got " + quoted(design));
        }
        requireText("baselineName", baselineName);
        if (oursList < 0 || oursList > 2) {
            throw new IllegalArgumentException(
                    "trial oursList must be 0 (interleaved), 1 or 2, got " + oursList);
        }
        if (createdAt == null) {
            throw new IllegalArgumentException("trial createdAt must not be null");
        }
        items = List.copyOf(items == null ? List.of() : items);
        Set<String> slots = new HashSet<>();
        for (ShownItem item : items) {
            if ((oursList == 0) != (item.list() == 0)) {
                throw new IllegalArgumentException(
                        "trial "
                                + trialId
                                + ": item in list "
                                + item.list()
                                + " but oursList is "
                                + oursList
                                + " (interleaved trials use list 0 only)");
            }
            if (!slots.add(item.list() + "/" + item.position())) {
                throw new IllegalArgumentException(
                        "trial "
                                + trialId
                                + ": two items at list "
                                + item.list()
                                + " position "
                                + item.position());
            }
        }
    }

    /** The arm that list {@code list} (1 or 2) showed; null for another list or interleaving. */
    public ExperimentArm armOfList(int list) {
        if (oursList == 0 || (list != 1 && list != 2)) {
            return null;
        }
        return list == oursList ? ExperimentArm.OURS : ExperimentArm.BASELINE;
    }

    static void requireId(String what, String value) {
        if (value == null || !value.matches(ID)) {
            throw new IllegalArgumentException(
                    what + " must be 1-64 of [A-Za-z0-9_-], got " + quoted(value));
        }
    }

    static void requireHash(String value) {
        if (value == null || !value.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException(
                    "participantHash must be 64 lower-case hex digits (a SHA-256), got "
                            + (value == null ? "null" : value.length() + " characters"));
        }
    }

    static void requireText(String what, String value) {
        if (value == null || value.isBlank() || value.length() > 256) {
            throw new IllegalArgumentException(
                    what + " must be 1-256 non-blank characters, got " + quoted(value));
        }
    }

    private static String quoted(String value) {
        return value == null ? "null" : "'" + value + "'";
    }
}
