package dev.spotrec.recommender.eval;

import dev.spotrec.recommender.TrainingData;

/** An evaluation protocol: how data is split into training, validation and test cases. */
public interface Protocol {

    /** The protocol's name, e.g. {@code "ratio-811"}. */
    String name();

    /** Which metrics the protocol reports. */
    MetricSet metricSet();

    /** Splits {@code data} with {@code seed}; the same seed gives the same split. */
    Task task(TrainingData data, long seed);
}
