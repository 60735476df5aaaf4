package dev.spotrec.recommender.eval;

/** The metric families a protocol reports. */
public enum MetricSet {
    /** Recall, NDCG, Precision and Hit at 10, 20 and 50 (ratio splits). */
    TOP_K,
    /** R-precision with artist credit, NDCG over 500 and clicks (RecSys Challenge 2018). */
    CHALLENGE,
    /** Both families (playlist hold-out). */
    BOTH
}
