package dev.spotrec.bench;

import java.lang.management.ManagementFactory;

/**
 * Process-wide CPU time and heap allocation of this JVM, read before and after a phase. CPU comes
 * from {@link com.sun.management.OperatingSystemMXBean#getProcessCpuTime()} (all threads, GC and
 * JIT included); allocation from {@link
 * com.sun.management.ThreadMXBean#getTotalThreadAllocatedBytes()} (all platform threads, live and
 * terminated; a virtual thread's allocations count on its carrier). The bench server runs in
 * another process, so neither includes it.
 *
 * @param wallNanos elapsed time
 * @param cpuNanos CPU time of the process
 * @param allocatedBytes bytes allocated on the heap
 */
record Measurement(long wallNanos, long cpuNanos, long allocatedBytes) {

    private static final com.sun.management.OperatingSystemMXBean OS =
            (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    private static final com.sun.management.ThreadMXBean THREADS =
            (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

    /** {@return the counters now} */
    static Measurement now() {
        return new Measurement(
                System.nanoTime(), OS.getProcessCpuTime(), THREADS.getTotalThreadAllocatedBytes());
    }

    /** {@return the counters since {@code start}} */
    Measurement since(Measurement start) {
        return new Measurement(
                wallNanos - start.wallNanos,
                cpuNanos - start.cpuNanos,
                allocatedBytes - start.allocatedBytes);
    }
}
