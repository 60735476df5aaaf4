package dev.spotrec.warehouse;

/** Where an entity of the crawl frontier stands. */
public enum FrontierStatus {
    /** Discovered, not yet fetched. */
    PENDING,
    /** Fetched and stored. */
    DONE,
    /** Not fetched on purpose (the mode does not allow it); the reason says why. */
    SKIPPED,
    /** Fetching failed for good; the reason says why. */
    FAILED
}
