package dev.spotrec.spotify.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.model.Page;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Offset read-ahead keeps order, bounds work in flight and propagates failures. */
class PagingTest {

    private static final String BASE = "https://api.spotify.com/v1/playlists/x/tracks";

    private static Page<Integer> page(int offset, int limit, int total) {
        List<Integer> items =
                IntStream.range(offset, Math.min(total, offset + limit)).boxed().toList();
        String next =
                offset + limit < total
                        ? BASE + "?offset=" + (offset + limit) + "&limit=" + limit
                        : null;
        return new Page<>(BASE, items, limit, next, offset, null, total);
    }

    @Test
    void readsEveryPageOnceInOrder() {
        ConcurrentHashMap<Integer, AtomicInteger> fetched = new ConcurrentHashMap<>();
        Stream<Integer> stream =
                Paging.offset(
                        page(0, 100, 10_000),
                        url -> {
                            int offset = Paging.offsetOf(url);
                            fetched.computeIfAbsent(offset, k -> new AtomicInteger())
                                    .incrementAndGet();
                            return page(offset, 100, 10_000);
                        },
                        8,
                        Integer.MAX_VALUE);

        assertThat(stream.toList())
                .containsExactlyElementsOf(IntStream.range(0, 10_000).boxed().toList());
        assertThat(fetched)
                .hasSize(99)
                .allSatisfy((offset, count) -> assertThat(count.get()).isEqualTo(1));
    }

    @Test
    void followsLinksWithoutOffsetsOneByOne() {
        Page<Integer> first = new Page<>(BASE, List.of(1, 2), 2, BASE + "?cursor=b", 0, null, null);
        Stream<Integer> stream =
                Paging.offset(
                        first,
                        url ->
                                url.endsWith("b")
                                        ? new Page<>(BASE, List.of(3), 2, null, 2, null, null)
                                        : null,
                        8,
                        Integer.MAX_VALUE);

        assertThat(stream.toList()).containsExactly(1, 2, 3);
    }

    @Test
    void aFailedPageFailsTheStream() {
        Stream<Integer> stream =
                Paging.offset(
                        page(0, 10, 100),
                        url -> {
                            throw new SpotifyApiException("boom", 500, null, null, url, null);
                        },
                        4,
                        Integer.MAX_VALUE);

        assertThatThrownBy(stream::toList)
                .isInstanceOf(SpotifyApiException.class)
                .hasMessage("boom");
    }

    @Test
    void rewritesTheOffsetParameter() {
        assertThat(Paging.withOffset(BASE + "?offset=100&limit=100&fields=items", 700))
                .isEqualTo(BASE + "?offset=700&limit=100&fields=items");
        assertThat(Paging.withOffset(BASE + "?limit=100&offset=100", 0))
                .isEqualTo(BASE + "?limit=100&offset=0");
        assertThat(Paging.offsetOf(BASE + "?limit=100")).isEqualTo(-1);
    }
}
