package dev.spotrec.emulator.internal;

import dev.spotrec.emulator.RecordedRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Keeps the most recent requests (a bounded ring; the oldest are dropped) for tests to list, and a
 * queue for {@link #take(Duration)} in arrival order, like MockWebServer's takeRequest.
 */
final class Recorder {
    private final int capacity;
    private final AtomicLong sequence = new AtomicLong();
    private final ArrayDeque<RecordedRequest> recent = new ArrayDeque<>();
    private final ArrayDeque<RecordedRequest> untaken = new ArrayDeque<>();

    Recorder(int capacity) {
        this.capacity = capacity;
    }

    boolean enabled() {
        return capacity > 0;
    }

    long nextSequence() {
        return sequence.getAndIncrement();
    }

    synchronized void add(RecordedRequest r) {
        if (capacity == 0) {
            return;
        }
        if (recent.size() == capacity) {
            recent.pollFirst();
        }
        recent.addLast(r);
        if (untaken.size() == capacity) {
            untaken.pollFirst();
        }
        untaken.addLast(r);
        notifyAll();
    }

    synchronized List<RecordedRequest> all() {
        List<RecordedRequest> list = new ArrayList<>(recent);
        list.sort((a, b) -> Long.compare(a.sequence(), b.sequence()));
        return list;
    }

    synchronized void clear() {
        recent.clear();
        untaken.clear();
    }

    /** The oldest request not yet taken, waiting up to {@code timeout}; null when none came. */
    synchronized RecordedRequest take(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (untaken.isEmpty()) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return null;
            }
            TimeUnit.NANOSECONDS.timedWait(this, left);
        }
        return untaken.pollFirst();
    }
}
