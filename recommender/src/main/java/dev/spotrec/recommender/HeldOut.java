package dev.spotrec.recommender;

import java.util.Arrays;
import java.util.Objects;

/**
 * One evaluation or validation case: a seed and the items it should lead to.
 *
 * @param seed what the model sees
 * @param truth the held-out items, sorted ascending, at least one
 * @param group the case's group (a RecSys-2018 challenge category), or "all"
 */
public record HeldOut(Seed seed, int[] truth, String group) {

    /** Validates, copies and sorts the truth. */
    public HeldOut {
        Objects.requireNonNull(seed, "seed");
        Objects.requireNonNull(group, "group");
        if (truth == null || truth.length == 0) {
            throw new RecommenderException("HeldOut: truth must hold at least one item");
        }
        truth = truth.clone();
        Arrays.sort(truth);
    }

    /** Returns a copy of the truth. */
    @Override
    public int[] truth() {
        return truth.clone();
    }

    /** Returns the truth array without copying; callers must not modify it. */
    public int[] truthView() {
        return truth;
    }
}
