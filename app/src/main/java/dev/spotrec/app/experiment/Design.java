package dev.spotrec.app.experiment;

/** How a trial shows the two arms. */
public enum Design {
    /** Two lists, "List 1" and "List 2", ours and the baseline in random order; one vote. */
    SIDE_BY_SIDE,
    /** One team-draft interleaved list; likes are credited to the arm that contributed a track. */
    INTERLEAVED
}
