package dev.spotrec.crawler;

/**
 * The crawler's one unchecked exception: bad input (an unfinished crawl without resume, bad
 * options) or a failure that stops the whole crawl (authentication refused). Everything already
 * checkpointed stays in the warehouse.
 */
public final class CrawlException extends RuntimeException {
    private final boolean badInput;

    private CrawlException(String message, Throwable cause, boolean badInput) {
        super(message, cause);
        this.badInput = badInput;
    }

    /** {@return an exception for input the user should change} */
    static CrawlException badInput(String message) {
        return new CrawlException(message, null, true);
    }

    /** {@return an exception for a failure that stopped the crawl} */
    static CrawlException failure(String message, Throwable cause) {
        return new CrawlException(message, cause, false);
    }

    /** {@return whether the user's input caused it (exit code 2)} */
    public boolean isBadInput() {
        return badInput;
    }
}
