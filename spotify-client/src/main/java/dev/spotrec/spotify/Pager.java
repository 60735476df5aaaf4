package dev.spotrec.spotify;

import dev.spotrec.spotify.internal.Api;
import dev.spotrec.spotify.internal.ApiRequest;
import dev.spotrec.spotify.internal.Call;
import dev.spotrec.spotify.internal.Endpoint;
import dev.spotrec.spotify.internal.Json;
import dev.spotrec.spotify.internal.Paging;
import dev.spotrec.spotify.model.CursorPage;
import dev.spotrec.spotify.model.Page;
import java.util.stream.Stream;
import tools.jackson.databind.JavaType;

/** Shared paging plumbing of the endpoint groups. */
final class Pager {

    private Pager() {}

    /** {@return the type {@code Page<element>}} */
    static JavaType page(Class<?> element) {
        return Json.type(Page.class, element);
    }

    /** {@return the type {@code Page<Saved<element>>}} */
    static JavaType savedPage(Class<?> element) {
        return Json.type(Page.class, Json.type(dev.spotrec.spotify.model.Saved.class, element));
    }

    /**
     * {@return a lazy stream of every item, starting with {@code first} and reading pages ahead}
     */
    static <T> Stream<T> stream(
            Api api,
            Call first,
            Endpoint endpoint,
            String field,
            JavaType pageType,
            int maxOffset) {
        Page<T> page = first.fetchField(field, pageType);
        return from(api, page, endpoint, field, pageType, maxOffset);
    }

    /** {@return a lazy stream of every item, given the first page} */
    static <T> Stream<T> from(
            Api api,
            Page<T> first,
            Endpoint endpoint,
            String field,
            JavaType pageType,
            int maxOffset) {
        return Paging.offset(
                first,
                url -> fetch(api, url, endpoint, field, pageType),
                api.concurrency(),
                maxOffset);
    }

    /** {@return a lazy stream of every item of a cursor-paged list} */
    static <T> Stream<T> cursorStream(
            Api api, Call first, Endpoint endpoint, String field, JavaType pageType) {
        CursorPage<T> page = first.fetchField(field, pageType);
        return Paging.cursor(page, url -> fetch(api, url, endpoint, field, pageType));
    }

    private static <P> P fetch(
            Api api, String url, Endpoint endpoint, String field, JavaType type) {
        ApiRequest request = api.link(url, endpoint);
        return api.parse(request, api.execute(request), field, type);
    }

    /** {@return {@code limit}, checked against the endpoint's maximum} */
    static int limit(int limit, Endpoint endpoint) {
        if (limit < 1 || limit > endpoint.limit()) {
            throw new IllegalArgumentException(
                    "limit must be 1-"
                            + endpoint.limit()
                            + " for "
                            + endpoint.describe()
                            + ", got "
                            + limit);
        }
        return limit;
    }

    /** {@return {@code offset}, checked to be non-negative and at most {@code max}} */
    static int offset(int offset, int max) {
        if (offset < 0 || offset > max) {
            throw new IllegalArgumentException("offset must be 0-" + max + ", got " + offset);
        }
        return offset;
    }

    /** {@return {@code value}, checked to be non-blank} */
    static String text(String name, String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(
                    name
                            + " must not be blank, got "
                            + (value == null ? "null" : "\"" + value + "\""));
        }
        return value;
    }
}
