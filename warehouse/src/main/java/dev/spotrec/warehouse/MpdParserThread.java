package dev.spotrec.warehouse;

import dev.spotrec.datasets.MpdReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Parses MPD files on a background thread into a bounded queue (back-pressure keeps memory at 8,192
 * playlists, about 300 MB at MPD's 66 tracks each, enough to keep parsing through a batch's merge):
 * each file's playlists, then the file's {@link Path} as its end mark. A parse error is rethrown to
 * the consumer by {@link #next()}; closing stops the thread.
 */
final class MpdParserThread implements AutoCloseable {
    private static final Object DONE = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(8192);
    private final Thread thread;

    MpdParserThread(List<Path> files) {
        thread = Thread.ofPlatform().name("mpd-parser").daemon().start(() -> parse(files));
    }

    /** The next playlist or end-of-file path; null after the last file. */
    Object next() {
        Object m;
        try {
            m = queue.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while importing MPD files", e);
        }
        if (m == DONE) {
            return null;
        }
        if (m instanceof Failure f) {
            throw f.error();
        }
        return m;
    }

    @Override
    public void close() {
        thread.interrupt();
    }

    private void parse(List<Path> files) {
        try {
            for (Path f : files) {
                MpdReader.forEach(f, this::put);
                put(f);
            }
            put(DONE);
        } catch (Stopped e) {
            // the consumer closed us
        } catch (RuntimeException e) {
            try {
                queue.put(new Failure(e));
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void put(Object m) {
        try {
            queue.put(m);
        } catch (InterruptedException e) {
            throw new Stopped();
        }
    }

    private record Failure(RuntimeException error) {}

    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Stopped() {
            super(null, null, false, false);
        }
    }
}
