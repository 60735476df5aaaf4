package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.model.Page;
import dev.spotrec.spotify.model.SearchResult;
import dev.spotrec.spotify.model.Track;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/**
 * Search ({@code GET /search}) over every type. Pages hold at most 10 results (the 2026 maximum)
 * and Spotify refuses offsets above 1000, so a stream ends after at most 1010 results.
 */
public final class Search {

    /** The largest offset Spotify accepts. */
    public static final int MAX_OFFSET = 1000;

    private static final JavaType RESULT = Json.type(SearchResult.class);

    private final Api api;

    Search(Api api) {
        this.api = api;
    }

    /**
     * One page per requested type.
     *
     * @param query the query, with field filters such as {@code artist:"Name" year:2020}
     * @param types the types to search, at least one
     * @param offset 0-1000
     * @param limit 1-10 per type
     * @return the pages
     */
    public SearchResult search(String query, List<SearchType<?>> types, int offset, int limit) {
        if (types == null || types.isEmpty()) {
            throw new IllegalArgumentException(
                    "types must name at least one SearchType, got " + types);
        }
        String type =
                types.stream().map(SearchType::key).distinct().collect(Collectors.joining(","));
        return api.call(Endpoint.SEARCH)
                .query("q", Pager.text("query", query))
                .query("type", type)
                .market()
                .query("limit", Pager.limit(limit, Endpoint.SEARCH))
                .query("offset", Pager.offset(offset, MAX_OFFSET))
                .fetch(RESULT);
    }

    /**
     * One page of one type.
     *
     * @param query the query
     * @param type the type
     * @param offset 0-1000
     * @param limit 1-10
     * @return the page
     */
    public <T> Page<T> page(String query, SearchType<T> type, int offset, int limit) {
        return api.call(Endpoint.SEARCH)
                .query("q", Pager.text("query", query))
                .query("type", type.key())
                .market()
                .query("limit", Pager.limit(limit, Endpoint.SEARCH))
                .query("offset", Pager.offset(offset, MAX_OFFSET))
                .fetchField(type.field(), Pager.page(type.resultType()));
    }

    /**
     * Every result of one type, up to Spotify's offset cap, as a lazy stream that reads pages
     * ahead. Close it to cancel pages in flight.
     *
     * @param query the query
     * @param type the type
     * @return the results, in Spotify's order
     */
    public <T> Stream<T> stream(String query, SearchType<T> type) {
        return Pager.stream(
                api,
                api.call(Endpoint.SEARCH)
                        .query("q", Pager.text("query", query))
                        .query("type", type.key())
                        .market()
                        .query("limit", Endpoint.SEARCH.limit())
                        .query("offset", 0),
                Endpoint.SEARCH,
                type.field(),
                Pager.page(type.resultType()),
                MAX_OFFSET);
    }

    /** {@return every matching track up to the offset cap} @param query the query */
    public Stream<Track> tracks(String query) {
        return stream(query, SearchType.TRACK);
    }
}
