package dev.spotrec.warehouse;

import java.util.Locale;

/** The two arms of the experiment: our recommender and the baseline it is compared with. */
public enum ExperimentArm {
    OURS,
    BASELINE;

    /** The value stored in the warehouse: {@code ours} or {@code baseline}. */
    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The arm stored as {@code value}. */
    public static ExperimentArm ofStored(String value) {
        for (ExperimentArm a : values()) {
            if (a.stored().equals(value)) {
                return a;
            }
        }
        throw new IllegalArgumentException(
                "unknown experiment arm '" + value + "'; expected ours or baseline");
    }
}
