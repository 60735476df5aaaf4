package dev.spotrec.crawler;

/** Receives the crawler's progress; called on the crawling thread after each checkpoint. */
public interface CrawlListener {
    /** A listener that ignores everything. */
    CrawlListener NONE = p -> {};

    /**
     * One round was fetched and checkpointed.
     *
     * @param progress the counts so far
     */
    void progress(CrawlProgress progress);
}
