package dev.spotrec.crawler;

/**
 * How many frontier units run at once: additive increase, multiplicative decrease (AIMD, as in TCP
 * congestion control, Jacobson 1988). A round without a 429 widens the window by one up to the
 * ceiling; a round with one halves it. O(1) a round.
 */
final class Adaptive {
    private final int max;
    private int width;

    Adaptive(int max) {
        if (max < 1) {
            throw new IllegalArgumentException("concurrency must be >= 1, got " + max);
        }
        this.max = max;
        this.width = Math.max(1, max / 2);
    }

    int width() {
        return width;
    }

    void roundDone(boolean throttled) {
        width = throttled ? Math.max(1, width / 2) : Math.min(max, width + 1);
    }
}
