package dev.spotrec.spotify.internal;

import dev.spotrec.spotify.ApiMode;
import dev.spotrec.spotify.EndpointUnavailableException;
import dev.spotrec.spotify.SpotifyApiException;
import dev.spotrec.spotify.SpotifyType;
import dev.spotrec.spotify.SpotifyUri;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import tools.jackson.databind.JavaType;

/**
 * Looks up any number of ids with the fewest requests.
 *
 * <p>Design: ids are parsed (any id, URI or URL form) and de-duplicated with a hash map from id to
 * its first slot, so each distinct id is fetched once. The distinct ids are cut into chunks of the
 * endpoint's batch size and the chunks run concurrently on virtual threads (at most the client's
 * concurrency). Spotify answers a batch in request order with {@code null} for unknown ids, so
 * results are placed by position, and every input position then reads its id's slot: input order
 * kept, duplicates filled, unknown ids {@code null}. O(n) time and memory for n ids plus
 * ⌈distinct/batch⌉ requests.
 *
 * <p>In development mode (explicit, or detected when a batch answers 403) each distinct id is
 * fetched with its own GET, concurrently; a 404 there means an unknown id and gives {@code null}.
 */
public final class Batcher {

    private final Api api;

    /**
     * @param api the shared context
     */
    public Batcher(Api api) {
        this.api = api;
    }

    /**
     * Fetches the objects for {@code inputs}.
     *
     * @param inputs ids, URIs or URLs
     * @param type the object type the inputs must name
     * @param batch the batch endpoint
     * @param single the one-id endpoint
     * @param field the array field of the batch reply, e.g. {@code tracks}
     * @param element the element class
     * @return one entry per input, in input order, {@code null} for unknown ids
     */
    public <T> List<T> get(
            Collection<String> inputs,
            SpotifyType type,
            Endpoint batch,
            Endpoint single,
            String field,
            Class<T> element) {
        String[] ids = new String[inputs.size()];
        HashMap<String, Integer> slots = new HashMap<>(ids.length * 2);
        String[] distinct = new String[ids.length];
        int n = 0;
        int i = 0;
        for (String input : inputs) {
            String id = SpotifyUri.id(input, type);
            ids[i++] = id;
            if (slots.putIfAbsent(id, n) == null) {
                distinct[n++] = id;
            }
        }
        Object[] found = new Object[n];
        fetchDistinct(Arrays.copyOf(distinct, n), found, batch, single, field, element);
        Object[] out = new Object[ids.length];
        for (int k = 0; k < ids.length; k++) {
            out[k] = found[slots.get(ids[k])];
        }
        @SuppressWarnings("unchecked")
        List<T> result = (List<T>) Collections.unmodifiableList(Arrays.asList(out));
        return result;
    }

    private void fetchDistinct(
            String[] ids,
            Object[] found,
            Endpoint batch,
            Endpoint single,
            String field,
            Class<?> element) {
        boolean canFallBack = batch.closure() != null && batch.closure().developmentOnly();
        if (!canFallBack) {
            api.checkOpen(batch);
        }
        if (canFallBack && api.mode().development()) {
            singles(ids, 0, ids.length, found, single, element);
            return;
        }
        int size = batch.batch();
        int chunks = (ids.length + size - 1) / size;
        JavaType listType = Json.listOf(element);
        Parallel.forEach(
                chunks,
                api.concurrency(),
                c -> {
                    int from = c * size;
                    int to = Math.min(ids.length, from + size);
                    if (canFallBack && api.mode().development()) {
                        singles(ids, from, to, found, single, element);
                        return;
                    }
                    try {
                        List<?> got =
                                api.call(batch)
                                        .query(
                                                "ids",
                                                String.join(
                                                        ",", Arrays.asList(ids).subList(from, to)))
                                        .market()
                                        .fetchField(field, listType);
                        for (int k = 0; got != null && k < got.size() && from + k < to; k++) {
                            found[from + k] = got.get(k);
                        }
                        if (canFallBack && api.mode().detecting()) {
                            // Development-mode apps get 403 from batch lookups; an answer means
                            // the app has extended access.
                            api.mode().detected(ApiMode.EXTENDED, batch.describe() + " answered");
                        }
                    } catch (EndpointUnavailableException closed) {
                        if (!canFallBack || !(api.mode().detecting() || api.mode().development())) {
                            throw closed;
                        }
                        api.mode()
                                .detected(
                                        ApiMode.DEVELOPMENT,
                                        batch.describe() + " answered " + closed.status());
                        singles(ids, from, to, found, single, element);
                    }
                });
    }

    private void singles(
            String[] ids, int from, int to, Object[] found, Endpoint single, Class<?> element) {
        JavaType type = Json.type(element);
        Parallel.forEach(
                to - from,
                api.concurrency(),
                k -> {
                    try {
                        found[from + k] = api.call(single).path(ids[from + k]).market().fetch(type);
                    } catch (SpotifyApiException e) {
                        if (e.status() != 404 && e.status() != 400) {
                            throw e;
                        }
                    }
                });
    }
}
