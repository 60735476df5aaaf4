package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.model.CursorPage;
import dev.spotrec.spotify.model.Page;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Lazy streams over paged lists.
 *
 * <p>Design: an offset-paged list announces its {@code total} and page size on the first page, so
 * every later page's URL is known in advance: the {@code next} link with another {@code offset}.
 * The stream keeps up to {@code readAhead} of those pages in flight on virtual threads and yields
 * items strictly in order, so a 10,000-item playlist at 100 per page takes about ⌈99 / readAhead⌉
 * round trips instead of 99. The request count stays the minimum, ⌈total/limit⌉. Pages are only
 * requested while the consumer pulls (at most {@code readAhead} ahead); closing the stream cancels
 * the rest. Links without an offset (cursors) are followed one by one. Memory is O(readAhead × page
 * size).
 */
public final class Paging {

    private Paging() {}

    /**
     * A stream over an offset-paged list.
     *
     * @param first the first page
     * @param fetch reads the page at a URL
     * @param readAhead most pages in flight
     * @param maxOffset the largest offset the endpoint accepts (search: 1000), or {@link
     *     Integer#MAX_VALUE}
     * @return the items of every page, in order
     */
    public static <T> Stream<T> offset(
            Page<T> first, Function<String, Page<T>> fetch, int readAhead, int maxOffset) {
        OffsetPages<T> pages = new OffsetPages<>(first, fetch, readAhead, maxOffset);
        return StreamSupport.stream(
                        Spliterators.spliteratorUnknownSize(pages, Spliterator.ORDERED), false)
                .onClose(pages::close);
    }

    /**
     * A stream over a cursor-paged list, following {@code next} one page at a time.
     *
     * @param first the first page
     * @param fetch reads the page at a URL
     * @return the items of every page, in order
     */
    public static <T> Stream<T> cursor(CursorPage<T> first, Function<String, CursorPage<T>> fetch) {
        Iterator<T> it =
                new Iterator<>() {
                    private Iterator<T> items = first.items().iterator();
                    private String next = first.next();

                    @Override
                    public boolean hasNext() {
                        while (!items.hasNext()) {
                            if (next == null) {
                                return false;
                            }
                            CursorPage<T> page = fetch.apply(next);
                            next = page.items().isEmpty() ? null : page.next();
                            items = page.items().iterator();
                        }
                        return true;
                    }

                    @Override
                    public T next() {
                        if (!hasNext()) {
                            throw new NoSuchElementException();
                        }
                        return items.next();
                    }
                };
        return StreamSupport.stream(
                Spliterators.spliteratorUnknownSize(it, Spliterator.ORDERED), false);
    }

    /** {@return the value of the {@code offset} parameter of {@code url}, or -1} */
    static int offsetOf(String url) {
        int at = paramStart(url, "offset");
        if (at < 0) {
            return -1;
        }
        int end = url.indexOf('&', at);
        try {
            return Integer.parseInt(url.substring(at, end < 0 ? url.length() : end));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** {@return {@code url} with its {@code offset} parameter set to {@code offset}} */
    static String withOffset(String url, int offset) {
        int at = paramStart(url, "offset");
        int end = url.indexOf('&', at);
        return url.substring(0, at) + offset + (end < 0 ? "" : url.substring(end));
    }

    private static int paramStart(String url, String name) {
        int q = url.indexOf('?');
        if (q < 0) {
            return -1;
        }
        int at = q;
        while (at >= 0) {
            if (url.startsWith(name + "=", at + 1)) {
                return at + 1 + name.length() + 1;
            }
            at = url.indexOf('&', at + 1);
        }
        return -1;
    }

    private static final class OffsetPages<T> implements Iterator<T> {
        private final Function<String, Page<T>> fetch;
        private final int readAhead;
        private final ArrayDeque<CompletableFuture<Page<T>>> ahead = new ArrayDeque<>();
        private Iterator<T> items;
        private String template;
        private int nextOffset;
        private int end;
        private int limit;
        private String sequentialNext;
        private final int maxOffset;
        private volatile boolean closed;

        OffsetPages(Page<T> first, Function<String, Page<T>> fetch, int readAhead, int maxOffset) {
            this.fetch = fetch;
            this.readAhead = Math.max(1, readAhead);
            this.maxOffset = maxOffset;
            this.items = first.items().iterator();
            String next = first.next();
            int offset = next == null ? -1 : offsetOf(next);
            if (offset >= 0
                    && first.total() != null
                    && first.limit() != null
                    && first.limit() > 0) {
                template = next;
                nextOffset = offset;
                limit = first.limit();
                end = (int) Math.min(first.total(), (long) maxOffset + 1);
                schedule();
            } else {
                sequentialNext = next;
            }
        }

        private void schedule() {
            while (!closed && ahead.size() < readAhead && nextOffset < end) {
                String url = withOffset(template, nextOffset);
                ahead.add(CompletableFuture.supplyAsync(() -> fetch.apply(url), Parallel.VIRTUAL));
                nextOffset += limit;
            }
        }

        @Override
        public boolean hasNext() {
            while (!items.hasNext()) {
                Page<T> page;
                if (template != null) {
                    if (ahead.isEmpty()) {
                        return false;
                    }
                    page = join(ahead.poll());
                    if (page.items().isEmpty() || page.next() == null) {
                        nextOffset = end;
                        close();
                    } else {
                        schedule();
                    }
                } else {
                    if (sequentialNext == null || offsetOf(sequentialNext) > maxOffset) {
                        return false;
                    }
                    page = fetch.apply(sequentialNext);
                    sequentialNext = page.items().isEmpty() ? null : page.next();
                }
                items = page.items().iterator();
            }
            return true;
        }

        @Override
        public T next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            return items.next();
        }

        void close() {
            closed = true;
            for (CompletableFuture<Page<T>> pending : ahead) {
                pending.cancel(false);
            }
            ahead.clear();
        }

        private Page<T> join(CompletableFuture<Page<T>> future) {
            try {
                return future.join();
            } catch (CompletionException e) {
                close();
                if (e.getCause() instanceof RuntimeException cause) {
                    throw cause;
                }
                throw e;
            }
        }
    }
}
