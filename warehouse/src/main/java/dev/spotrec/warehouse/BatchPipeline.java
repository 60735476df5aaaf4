package dev.spotrec.warehouse;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Batches whose staging overlaps the merge of the batch before, for bulk imports: while one
 * connection merges batch k in a background thread, the caller stages batch k + 1 on a second
 * connection. Merges still run one at a time and in order, each in its own transaction, so every
 * guarantee of {@link Batch} holds: a failed merge stores nothing of its batch, and no later batch
 * is merged after it. A merge's failure is thrown by the next {@link #commit} or by {@link #close}.
 *
 * <p>Why: on two cores a batch spends about a third of its time staging (Appender or {@code COPY})
 * and two thirds in the engine's single-threaded merge; overlapping them takes the staging off the
 * critical path.
 *
 * <pre>{@code
 * try (BatchPipeline pipe = warehouse.pipeline()) {
 *     Batch b = pipe.newBatch();
 *     b.playlist(...);
 *     pipe.commit(b, () -> progress.committed());
 * }
 * }</pre>
 */
public final class BatchPipeline implements AutoCloseable {
    private final Warehouse warehouse;
    private final Connection[] lanes = new Connection[2];
    private final List<Set<String>> stages = List.of(new HashSet<>(), new HashSet<>());
    private final ExecutorService merger;
    private Batch open;
    private Future<?> merging;
    private Runnable afterMerged;
    private int next;

    BatchPipeline(Warehouse warehouse) {
        this.warehouse = warehouse;
        lanes[0] = warehouse.openLane();
        try {
            lanes[1] = warehouse.openLane();
        } catch (RuntimeException e) {
            closeQuietly(lanes[0]);
            throw e;
        }
        merger =
                Executors.newSingleThreadExecutor(
                        r -> {
                            Thread t = new Thread(r, "spotrec-warehouse-merge");
                            t.setDaemon(true);
                            return t;
                        });
    }

    /** Starts the next batch, on the connection that is not merging. One open batch at a time. */
    public Batch newBatch() {
        if (open != null) {
            throw new IllegalStateException("a pipeline batch is already open; commit it first");
        }
        try {
            open = warehouse.newBatch(lanes[next], stages.get(next));
        } catch (SQLException e) {
            throw warehouse.wrap(e, "starting a batch");
        }
        next ^= 1;
        return open;
    }

    /**
     * Hands {@code batch} to the merge thread once the batch before it has merged, and returns; the
     * pipeline owns the batch from here on (do not close it). {@code afterMerged} runs on the
     * caller's thread once this batch's merge is known to have succeeded (in a later {@code commit}
     * or in {@link #close}).
     *
     * @throws WarehouseException when the previous batch's merge failed; {@code batch} is then
     *     discarded
     */
    public void commit(Batch batch, Runnable afterMerged) {
        if (batch != open) {
            throw new IllegalArgumentException("commit takes the batch newBatch() returned last");
        }
        open = null;
        try {
            batch.finishStaging();
            awaitMerge();
        } catch (RuntimeException e) {
            batch.close();
            throw e;
        }
        this.afterMerged = afterMerged;
        merging = merger.submit(batch::commit);
    }

    /** Waits for the last merge, then closes the pipeline's connections. */
    @Override
    public void close() {
        try {
            if (open != null) {
                open.close();
                open = null;
            }
            awaitMerge();
        } finally {
            merger.shutdownNow();
            for (Connection c : lanes) {
                closeQuietly(c);
            }
        }
    }

    private void awaitMerge() {
        if (merging == null) {
            return;
        }
        Future<?> f = merging;
        Runnable after = afterMerged;
        merging = null;
        afterMerged = null;
        try {
            f.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw WarehouseException.failure("interrupted while a batch was merging", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            throw WarehouseException.failure(
                    "merging a batch failed: " + e.getCause(), e.getCause());
        }
        if (after != null) {
            after.run();
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            // Closing after the work is done or failed: nothing left to protect.
        }
    }
}
